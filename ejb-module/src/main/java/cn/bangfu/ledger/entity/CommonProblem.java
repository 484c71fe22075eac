package cn.bangfu.ledger.entity;

import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.platform.entity.Audited;
import cn.bangfu.platform.entity.ConflictException;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A common problem (共性问题): the same problem of several enterprises, merged by the office for one policy-level
 * answer. Its members stay problems of their own targets; resolving it resolves every open member with the policy
 * answer, and each member is still rated by its own enterprise.
 */
@Entity
@Table(name = "common_problem")
@NamedQuery(name = CommonProblem.OF_CAMPAIGN, query = "select c from CommonProblem c where c.campaign = :campaign order by c.createdAt desc, c.id desc")
@NamedQuery(name = CommonProblem.MEMBERS, query = "select p from Problem p join fetch p.target where p.commonProblem = :common order by p.id")
@NamedQuery(name = CommonProblem.MEMBERS_OF, query = "select p from Problem p join fetch p.campaign join fetch p.target t join fetch t.region"
        + " left join fetch p.responsibleUnit where p.commonProblemId in :ids order by p.id")
public class CommonProblem implements Audited, Versioned {

    public static final String OF_CAMPAIGN = "CommonProblem.ofCampaign";
    public static final String MEMBERS = "CommonProblem.members";
    public static final String MEMBERS_OF = "CommonProblem.membersOf";

    /** OPEN while its members wait for the policy answer, RESOLVED once given. */
    public enum State {
        OPEN, RESOLVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @Column(nullable = false, length = Problem.TITLE_MAX)
    private String title;

    @Column(name = "category_code", nullable = false)
    private String category;

    @Column(name = "policy_answer", length = Problem.TEXT_MAX)
    private String policyAnswer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Version
    private long version;

    protected CommonProblem() {
    }

    /** A common problem of a campaign with its title and category; its members join it afterwards. */
    public CommonProblem(Campaign campaign, String title, String category, String createdBy, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        String t = Text.clean(title);
        Text.required(errors, "title", t, Problem.TITLE_MAX);
        if (category == null) {
            errors.add(FieldError.of("category", "field.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.campaign = campaign;
        this.title = t;
        this.category = category;
        this.state = State.OPEN;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /**
     * Gives the policy answer (required) and resolves every open member with it: the members' events, one each.
     */
    public List<ProblemEvent> resolve(String answer, List<Problem> members, ProblemActor office, Instant now, java.time.LocalDate today) {
        if (state != State.OPEN) {
            throw new ConflictException(FieldError.of("state", "ledger.common.resolved"));
        }
        String a = Text.clean(answer);
        if (a == null) {
            throw new InvalidInputException(FieldError.of("policyAnswer", "ledger.answer.required"));
        }
        if (Text.longerThan(a, Problem.TEXT_MAX)) {
            throw new InvalidInputException(FieldError.of("policyAnswer", "field.tooLong", Problem.TEXT_MAX));
        }
        policyAnswer = a;
        state = State.RESOLVED;
        resolvedAt = now;
        List<ProblemEvent> events = new ArrayList<>();
        for (Problem p : members) {
            if (p.getState().open()) {
                events.add(p.resolveInCommon(office, a, now, today));
            }
        }
        return events;
    }

    public CommonProblemData data(List<ProblemData> members) {
        return new CommonProblemData(id, campaign.getCode(), title, category, policyAnswer, state.name(), createdBy, createdAt, resolvedAt,
                version, members);
    }

    @Override
    public String auditType() {
        return "CommonProblem";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("category", category);
        m.put("state", state == null ? null : state.name());
        m.put("policyAnswer", policyAnswer);
        return m;
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public String getTitle() {
        return title;
    }

    public String getCategory() {
        return category;
    }

    public String getPolicyAnswer() {
        return policyAnswer;
    }

    public State getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, CommonProblem::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
