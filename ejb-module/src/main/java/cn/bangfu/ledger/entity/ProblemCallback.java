package cn.bangfu.ledger.entity;

import cn.bangfu.platform.entity.Audited;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.Identity;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Text;
import cn.bangfu.platform.entity.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** One problem of a callback sample (回访) and, once the office called, what the enterprise said. */
@Entity
@Table(name = "problem_callback")
@NamedQuery(name = ProblemCallback.OF_SAMPLES, query = "select c from ProblemCallback c join fetch c.problem p join fetch p.target"
        + " left join fetch p.responsibleUnit where c.sample.id in :ids order by c.sample.id, p.id")
public class ProblemCallback implements Audited, Versioned {

    public static final String OF_SAMPLES = "ProblemCallback.ofSamples";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sample_id", nullable = false, updatable = false)
    private CallbackSample sample;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "problem_id", nullable = false, updatable = false)
    private Problem problem;

    @Enumerated(EnumType.STRING)
    private CallbackResult result;

    @Column(length = Problem.REASON_MAX)
    private String note;

    @Column(name = "called_on")
    private LocalDate calledOn;

    @Column(name = "called_by")
    private String calledBy;

    @Version
    private long version;

    protected ProblemCallback() {
    }

    public ProblemCallback(CallbackSample sample, Problem problem) {
        this.sample = sample;
        this.problem = problem;
    }

    /** Records the call: its result (required) and a note. */
    public void record(CallbackResult result, String note, String by, LocalDate today) {
        if (result == null) {
            throw new InvalidInputException(FieldError.of("result", "field.required"));
        }
        String n = Text.clean(note);
        if (Text.longerThan(n, Problem.REASON_MAX)) {
            throw new InvalidInputException(FieldError.of("note", "field.tooLong", Problem.REASON_MAX));
        }
        this.result = result;
        this.note = n;
        this.calledBy = by;
        this.calledOn = today;
    }

    public CallbackData data(CallbackFlags flags) {
        return new CallbackData(id, sample.getId(), problem.getId(), problem.getNumber(), problem.getTarget().getName(), problem.getTitle(),
                problem.getResponsibleUnit() == null ? null : problem.getResponsibleUnit().getName(), problem.getAnswer(),
                problem.getRating() == null ? null : problem.getRating().name(), result == null ? null : result.name(), note, calledOn,
                calledBy, version, flags.of(problem, result));
    }

    @Override
    public String auditType() {
        return "ProblemCallback";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("problem", problem == null ? null : problem.getNumber());
        m.put("result", result == null ? null : result.name());
        m.put("note", note);
        return m;
    }

    public Long getId() {
        return id;
    }

    public CallbackSample getSample() {
        return sample;
    }

    public Problem getProblem() {
        return problem;
    }

    public CallbackResult getResult() {
        return result;
    }

    @Override
    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, ProblemCallback::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
