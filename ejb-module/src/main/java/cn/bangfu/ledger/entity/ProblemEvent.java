package cn.bangfu.ledger.entity;

import cn.bangfu.platform.entity.AttachmentInfo;
import cn.bangfu.platform.entity.Identity;
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
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One transition of a problem: who (login and unit), when, what (the action, from and to which state), why (the
 * reason) and what came with it (the note: the answer, the new deadline, the units routed to, the rating).
 * Events are never changed; the list of a problem's events, registration first, is its history.
 */
@Entity
@Table(name = "problem_event")
@NamedQuery(name = ProblemEvent.OF_PROBLEM, query = "select e from ProblemEvent e where e.problem = :problem order by e.occurredAt, e.id")
@NamedQuery(name = ProblemEvent.OF_PROBLEMS, query = "select e from ProblemEvent e where e.problem.id in :ids order by e.occurredAt, e.id")
public class ProblemEvent {

    public static final String OF_PROBLEM = "ProblemEvent.ofProblem";
    public static final String OF_PROBLEMS = "ProblemEvent.ofProblems";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "problem_id", nullable = false, updatable = false)
    private Problem problem;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ProblemAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false)
    private ProblemState from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false)
    private ProblemState to;

    @Column(name = "actor_login", nullable = false, updatable = false)
    private String actorLogin;

    @Column(name = "actor_unit_id", updatable = false)
    private Long actorUnitId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(length = Problem.REASON_MAX, updatable = false)
    private String reason;

    @Column(length = Problem.TEXT_MAX, updatable = false)
    private String note;

    @Column(nullable = false, updatable = false)
    private boolean imported;

    protected ProblemEvent() {
    }

    ProblemEvent(Problem problem, ProblemAction action, ProblemState from, ProblemState to, ProblemActor actor, Instant at, String reason,
                 String note) {
        this.problem = Objects.requireNonNull(problem);
        this.action = Objects.requireNonNull(action);
        this.from = from;
        this.to = Objects.requireNonNull(to);
        this.actorLogin = actor.login();
        this.actorUnitId = actor.unitId();
        this.occurredAt = Objects.requireNonNull(at);
        this.reason = reason;
        this.note = note;
    }

    /** An event an import of an existing ledger records, at the time that ledger gives. */
    public static ProblemEvent imported(Problem problem, ProblemAction action, ProblemState from, ProblemState to, ProblemActor actor,
                                        Instant at, String note) {
        ProblemEvent e = new ProblemEvent(problem, action, from, to, actor, at, null, note);
        e.imported = true;
        return e;
    }

    public ProblemEventData data(String actorName, List<AttachmentInfo> attachments) {
        return new ProblemEventData(id, action.name(), from == null ? null : from.name(), to.name(), actorLogin, actorName, occurredAt, reason,
                note, imported, attachments);
    }

    public Long getId() {
        return id;
    }

    public Problem getProblem() {
        return problem;
    }

    public ProblemAction getAction() {
        return action;
    }

    public ProblemState getFrom() {
        return from;
    }

    public ProblemState getTo() {
        return to;
    }

    public String getActorLogin() {
        return actorLogin;
    }

    public Long getActorUnitId() {
        return actorUnitId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public boolean isImported() {
        return imported;
    }

    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, ProblemEvent::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
