package cn.bangfu.inspection.entity;

import cn.bangfu.ledger.entity.Light;
import cn.bangfu.ledger.entity.WorkCalendar;
import cn.bangfu.org.entity.Unit;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rectification (整改) a finding sends to its responsible unit, due on a deadline: the unit submits what it did, an
 * inspector of the round accepts it (closed) or sends it back with a reason (open again, the deadline unchanged). It is
 * RED, like a problem, while open past its deadline.
 */
@Entity
@Table(name = "rectification")
@NamedQuery(name = Rectification.OF_FINDINGS, query = "select r from Rectification r where r.finding.id in :ids")
public class Rectification implements Audited, Versioned {

    public static final String OF_FINDINGS = "Rectification.ofFindings";
    public static final int NOTE_MAX = 2000;
    /** The longest deadline an office or inspector may give, in working days (about half a year). */
    public static final int MAX_WORKING_DAYS = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "finding_id", nullable = false, updatable = false)
    private Finding finding;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private Unit unit;

    @Column(nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RectificationState state;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(nullable = false)
    private int rejections;

    @Version
    private long version;

    protected Rectification() {
    }

    /**
     * Sends a rectification for a finding to its unit, due on {@code deadline} or after {@code workingDays} working days
     * from today (exactly one of the two; a deadline on a working day after today, at most {@link #MAX_WORKING_DAYS} away).
     */
    public static Rectification issue(Finding finding, LocalDate deadline, Integer workingDays, WorkCalendar calendar, String login,
                                      Instant now, LocalDate today) {
        if ((deadline == null) == (workingDays == null)) {
            throw new InvalidInputException(FieldError.of("deadline", "inspection.rectification.deadlineOrDays"));
        }
        LocalDate due;
        if (workingDays != null) {
            if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
                throw new InvalidInputException(FieldError.of("workingDays", "field.range", 1, MAX_WORKING_DAYS));
            }
            due = calendar.plusWorkingDays(today, workingDays);
        } else {
            if (!deadline.isAfter(today) || calendar.workingDaysBetween(today, deadline) > MAX_WORKING_DAYS) {
                throw new InvalidInputException(FieldError.of("deadline", "inspection.rectification.deadline", today.toString(),
                        MAX_WORKING_DAYS));
            }
            if (!calendar.isWorkingDay(deadline)) {
                throw new InvalidInputException(FieldError.of("deadline", "inspection.rectification.notWorkingDay", deadline.toString()));
            }
            due = deadline;
        }
        Rectification r = new Rectification();
        r.finding = finding;
        r.unit = finding.getUnit();
        r.deadline = due;
        r.state = RectificationState.OPEN;
        r.issuedBy = login;
        r.issuedAt = now;
        return r;
    }

    /**
     * The unit reports what it did (a note is required); it waits for an inspector then. Each step is told who asks
     * ({@code unit}: the responsible unit, {@code inspector}: an inspector of the round), so a refusal names what that
     * caller may do instead.
     */
    public RectificationEvent submit(boolean unit, boolean inspector, String note, String login, Instant now) {
        allow(RectificationAction.SUBMIT, unit, inspector);
        String text = Text.clean(note);
        require("note", text);
        state = RectificationState.SUBMITTED;
        submittedAt = now;
        return new RectificationEvent(this, RectificationAction.SUBMIT, text, login, now);
    }

    /** An inspector of the round verifies the work: the rectification is closed. */
    public RectificationEvent accept(boolean unit, boolean inspector, String login, Instant now) {
        allow(RectificationAction.ACCEPT, unit, inspector);
        state = RectificationState.CLOSED;
        closedAt = now;
        return new RectificationEvent(this, RectificationAction.ACCEPT, null, login, now);
    }

    /** An inspector sends it back with a reason: open again under the same deadline. */
    public RectificationEvent reject(boolean unit, boolean inspector, String reason, String login, Instant now) {
        allow(RectificationAction.REJECT, unit, inspector);
        String text = Text.clean(reason);
        require("reason", text);
        state = RectificationState.OPEN;
        submittedAt = null;
        rejections++;
        return new RectificationEvent(this, RectificationAction.REJECT, text, login, now);
    }

    /** The event of its issue, for the history. */
    public RectificationEvent issued() {
        return new RectificationEvent(this, RectificationAction.ISSUE, null, issuedBy, issuedAt);
    }

    /** Refuses a step the state does not allow this caller, naming the steps it does (409). */
    public void allow(RectificationAction action, boolean unit, boolean inspector) {
        List<RectificationAction> allowed = state.actions(unit, inspector);
        if (!allowed.contains(action)) {
            throw new RectificationRefusedException(action, state, allowed);
        }
    }

    private static void require(String field, String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidInputException(FieldError.of(field, "field.required"));
        }
        if (Text.longerThan(text, NOTE_MAX)) {
            throw new InvalidInputException(FieldError.of(field, "field.tooLong", NOTE_MAX));
        }
    }

    /** Overdue: still with the unit (open) after its deadline. A submitted one waits for an inspector, not for the unit. */
    public boolean overdue(LocalDate today) {
        return state == RectificationState.OPEN && deadline.isBefore(today);
    }

    /**
     * Today's light while the unit has it (OPEN): RED overdue, YELLOW at most {@link Light#YELLOW_DAYS} working days left,
     * GREEN otherwise; none once it waits for an inspector or is closed.
     */
    public Light light(WorkCalendar calendar, LocalDate today) {
        if (state != RectificationState.OPEN) {
            return null;
        }
        return Light.of(overdue(today), overdue(today) ? 0 : calendar.workingDaysBetween(today, deadline));
    }

    /** Rectifications need a finding that has none yet. */
    public static void requireNone(Rectification existing) {
        if (existing != null) {
            throw new ConflictException(FieldError.of("rectification", "inspection.rectification.exists", existing.getId()));
        }
    }

    @Override
    public String auditType() {
        return "Rectification";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("finding", finding == null ? null : String.valueOf(finding.getId()));
        m.put("unit", unit == null ? null : unit.getCode());
        m.put("deadline", deadline == null ? null : deadline.toString());
        m.put("state", state == null ? null : state.name());
        m.put("rejections", String.valueOf(rejections));
        return m;
    }

    public Long getId() {
        return id;
    }

    public Finding getFinding() {
        return finding;
    }

    public Unit getUnit() {
        return unit;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public RectificationState getState() {
        return state;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public int getRejections() {
        return rejections;
    }

    @Override
    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, Rectification::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
