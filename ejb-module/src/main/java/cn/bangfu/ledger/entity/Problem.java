package cn.bangfu.ledger.entity;

import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.TargetRef;
import cn.bangfu.campaign.entity.Visit;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.entity.Audited;
import cn.bangfu.platform.entity.BooleanAsNumber;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.Identity;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Text;
import cn.bangfu.platform.entity.Versioned;
import cn.bangfu.registry.entity.AssistanceTarget;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One enterprise problem on the ledger (问题台账), from registration (挂号) to closure (销号). It knows its legal
 * transitions ({@link #actions}): each method below is one, refuses what the state or the actor does not allow with
 * the state and the allowed actions (409), and returns the {@link ProblemEvent} that records it. Time comes in as
 * arguments; deadlines count working days on the {@link WorkCalendar} handed in.
 */
@Entity
@Table(name = "problem")
@NamedQuery(name = Problem.BY_ID, query = "select p from Problem p join fetch p.campaign c join fetch c.region join fetch p.target t"
        + " join fetch t.region left join fetch p.responsibleUnit where p.id = :id")
@NamedQuery(name = Problem.BY_NUMBER, query = "select p from Problem p where p.number = :number")
@NamedQuery(name = Problem.BY_IDS, query = "select p from Problem p join fetch p.campaign c join fetch p.target t join fetch t.region"
        + " left join fetch p.responsibleUnit where p.id in :ids")
@NamedQuery(name = Problem.ASSISTING_OF, query = "select p.id, u from Problem p join p.assistingUnits u where p.id in :ids order by u.code")
@NamedQuery(name = Problem.LEDGER_ROWS_OF, query = "select p.targetId, p.raisedOn, p.title, p.description, p.importKey from Problem p"
        + " where p.campaignId = :campaign and p.targetId in :targets")
public class Problem implements Audited, Versioned {

    public static final String BY_ID = "Problem.byId";
    public static final String BY_NUMBER = "Problem.byNumber";
    public static final String BY_IDS = "Problem.byIds";
    public static final String ASSISTING_OF = "Problem.assistingOf";
    /** What makes the campaign's problems of some targets rows of a ledger: target id, day raised, title, description, import key. */
    public static final String LEDGER_ROWS_OF = "Problem.ledgerRowsOf";

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @Column(name = "problem_number", nullable = false, unique = true, updatable = false)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id", nullable = false, updatable = false)
    private AssistanceTarget target;

    /** The ids behind {@link #campaign}, {@link #target} and {@link #responsibleUnit}, read without loading them (scope checks, lists). */
    @Column(name = "campaign_id", insertable = false, updatable = false)
    private Long campaignId;

    @Column(name = "target_id", insertable = false, updatable = false)
    private Long targetId;

    @Column(name = "responsible_unit_id", insertable = false, updatable = false)
    private Long responsibleUnitId;

    @Column(name = "region_code", nullable = false, updatable = false)
    private String regionCode;

    @Column(name = "region_path", nullable = false, updatable = false)
    private String regionPath;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = TEXT_MAX)
    private String description;

    @Column(name = "category_code", nullable = false)
    private String category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProblemSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Difficulty difficulty;

    @Column(name = "raised_on", nullable = false)
    private LocalDate raisedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "visit_id")
    private Visit visit;

    /** The visit's id without loading the visit: lists show it for every row. */
    @Column(name = "visit_id", insertable = false, updatable = false)
    private Long visitId;

    /** yyyymm of {@link #raisedOn}: the metrics by month group on it. */
    @Column(name = "raised_month", nullable = false)
    private int raisedMonth;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "common_problem_id")
    private CommonProblem commonProblem;

    @Column(name = "common_problem_id", insertable = false, updatable = false)
    private Long commonProblemId;

    /** For a row of an imported ledger: what makes a second import of it change nothing. */
    @Column(name = "import_key", updatable = false)
    private String importKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responsible_unit_id")
    private Unit responsibleUnit;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "problem_assisting_unit", joinColumns = @JoinColumn(name = "problem_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    private Set<Unit> assistingUnits = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProblemState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_before_pause")
    private ProblemState stateBeforePause;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, updatable = false)
    private String registeredBy;

    @Column(name = "routed_on")
    private LocalDate routedOn;

    @Column(name = "routed_at")
    private Instant routedAt;

    @Column(name = "accept_by")
    private LocalDate acceptBy;

    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    @Embedded
    private Deadline deadline;

    @Column(name = "paused_on")
    private LocalDate pausedOn;

    @Column(name = "paused_days_left")
    private Integer pausedDaysLeft;

    @Column(name = "extension_deadline")
    private LocalDate extensionDeadline;

    @Column(name = "extension_reason", length = REASON_MAX)
    private String extensionReason;

    @Column(name = "extension_asked_on")
    private LocalDate extensionAskedOn;

    @Column(nullable = false)
    private boolean extended;

    @Column(name = "escalated_on")
    private LocalDate escalatedOn;

    @Column(name = "escalation_reason", length = REASON_MAX)
    private String escalationReason;

    @Column(name = "escalated_by")
    private String escalatedBy;

    @Column(length = TEXT_MAX)
    private String answer;

    @Column(name = "resolved_on")
    private LocalDate resolvedOn;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "on_time")
    @Convert(converter = BooleanAsNumber.class)
    private Boolean onTime;

    @Column(name = "on_time_original")
    @Convert(converter = BooleanAsNumber.class)
    private Boolean onTimeOriginal;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    private Rating rating;

    @Column(name = "rating_comment", length = REASON_MAX)
    private String ratingComment;

    @Column(name = "rated_on")
    private LocalDate ratedOn;

    @Version
    private long version;

    protected Problem() {
    }

    /** What a registration states; the number is given by the boundary, unique per county and year. */
    public record Registration(Campaign campaign, AssistanceTarget target, String title, String description, String category,
                               ProblemSource source, Difficulty difficulty, LocalDate raisedOn, Visit visit) {
    }

    /**
     * Registers (挂号) a problem: REGISTERED, waiting to be routed. The title is required (at most 200 characters), the
     * day it was raised may not lie in the future nor before the campaign starts; a visit must be of the same target.
     */
    public static Problem register(String number, Registration r, ProblemActor actor, Instant now, LocalDate today) {
        List<FieldError> errors = problems(r, today);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String title = Text.clean(r.title());
        String description = Text.clean(r.description());
        LocalDate raised = r.raisedOn() == null ? today : r.raisedOn();
        Problem p = new Problem();
        p.number = Objects.requireNonNull(number);
        p.campaign = r.campaign();
        p.target = r.target();
        p.regionCode = r.target().getRegion().getCode();
        p.regionPath = r.target().getRegion().getPath();
        p.title = title;
        p.description = description;
        p.category = r.category();
        p.source = r.source() == null ? (actor.enterprise() ? ProblemSource.ENTERPRISE : ProblemSource.OFFICE) : r.source();
        p.difficulty = r.difficulty() == null ? Difficulty.ORDINARY : r.difficulty();
        p.raisedOn = raised;
        p.raisedMonth = month(raised);
        p.visit = r.visit();
        p.state = ProblemState.REGISTERED;
        p.registeredAt = now;
        p.registeredBy = actor.login();
        return p;
    }

    /** Every field of a registration that breaks a rule, at once (see {@link #register}). */
    public static List<FieldError> problems(Registration r, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Text.required(errors, "title", Text.clean(r.title()), TITLE_MAX);
        Text.optional(errors, "description", Text.clean(r.description()), TEXT_MAX);
        if (r.category() == null) {
            errors.add(FieldError.of("category", "field.required"));
        }
        LocalDate raised = r.raisedOn() == null ? today : r.raisedOn();
        if (raised.isAfter(today)) {
            errors.add(FieldError.of("raisedOn", "ledger.raisedOn.future"));
        } else if (raised.isBefore(r.campaign().getStartDate())) {
            errors.add(FieldError.of("raisedOn", "ledger.raisedOn.beforeCampaign", r.campaign().getStartDate().toString()));
        }
        if (r.visit() != null && !r.visit().getTarget().equals(r.target())) {
            errors.add(FieldError.of("visitId", "ledger.visit.otherTarget"));
        }
        return errors;
    }

    /** The event of the registration, once the problem has its id. */
    public ProblemEvent registered(ProblemActor actor, Instant now) {
        return new ProblemEvent(this, ProblemAction.REGISTER, null, state, actor, now, null, null);
    }

    /** What {@code actor} may do with the problem now; the buttons of its page and the {@code actions} of its JSON. */
    public List<ProblemAction> actions(ProblemActor actor) {
        Set<ProblemAction> may = EnumSet.noneOf(ProblemAction.class);
        if (actor.office()) {
            switch (state) {
                case REGISTERED, ROUTED -> may.add(ProblemAction.ROUTE);
                case RESOLVED -> {
                    may.add(ProblemAction.CLOSE);
                    may.add(ProblemAction.REOPEN);
                }
                case CLOSED -> {
                    if (rating == Rating.DISSATISFIED) {
                        may.add(ProblemAction.REOPEN);
                    }
                }
                default -> {
                }
            }
            if (state.open()) {
                may.add(ProblemAction.WITHDRAW);
                if (escalatedOn == null) {
                    may.add(ProblemAction.ESCALATE);
                }
            }
            if (extensionDeadline != null) {
                may.add(ProblemAction.APPROVE_EXTENSION);
                may.add(ProblemAction.REJECT_EXTENSION);
            }
        }
        if (actor.responsible()) {
            if (state == ProblemState.ROUTED) {
                may.add(ProblemAction.ACCEPT);
                may.add(ProblemAction.SEND_BACK);
            }
            if (state.inWork()) {
                may.add(ProblemAction.RESOLVE);
                may.add(ProblemAction.PAUSE);
                if (extensionDeadline == null) {
                    may.add(ProblemAction.REQUEST_EXTENSION);
                }
            }
            if (state == ProblemState.PAUSED) {
                may.add(ProblemAction.RESUME);
            }
        }
        if (actor.enterprise() && state.resolved() && rating == null) {
            may.add(ProblemAction.RATE);
        }
        return List.copyOf(may);
    }

    private void require(ProblemActor actor, ProblemAction action) {
        if (!actions(actor).contains(action)) {
            throw new TransitionRefusedException(action, state, actions(actor));
        }
    }

    private ProblemEvent event(ProblemAction action, ProblemState from, ProblemActor actor, Instant now, String reason, String note) {
        return new ProblemEvent(this, action, from, state, actor, now, reason, note);
    }

    /**
     * Routes (交办) the problem to its responsible unit (主办) with assisting units (协办): the unit has
     * {@code acceptDays} working days to accept it and the difficulty's working days to resolve it, counted from
     * today. Routing again before it was accepted moves it to another unit with fresh deadlines.
     */
    public ProblemEvent route(ProblemActor actor, Unit unit, Collection<Unit> assisting, ServiceLevels levels, WorkCalendar calendar,
                              Instant now, LocalDate today) {
        require(actor, ProblemAction.ROUTE);
        Objects.requireNonNull(unit);
        ProblemState from = state;
        responsibleUnit = unit;
        assistingUnits.clear();
        assisting.stream().filter(u -> !u.equals(unit)).forEach(assistingUnits::add);
        routedOn = today;
        routedAt = now;
        acceptBy = calendar.plusWorkingDays(today, levels.getAcceptDays());
        deadline = Deadline.after(calendar, today, levels.resolveDays(difficulty));
        state = ProblemState.ROUTED;
        String note = unit.getName() + (assistingUnits.isEmpty() ? ""
                : " + " + assistingUnits.stream().map(Unit::getName).collect(Collectors.joining(", ")));
        return event(ProblemAction.ROUTE, from, actor, now, null, note);
    }

    /** The responsible unit accepts (签收) the problem routed to it. */
    public ProblemEvent accept(ProblemActor actor, Instant now, LocalDate today) {
        require(actor, ProblemAction.ACCEPT);
        acceptedOn = today;
        state = ProblemState.ACCEPTED;
        return event(ProblemAction.ACCEPT, ProblemState.ROUTED, actor, now, null, null);
    }

    /** The responsible unit sends a misrouted problem back (退回) with a reason; the office routes it again. */
    public ProblemEvent sendBack(ProblemActor actor, String reason, Instant now) {
        require(actor, ProblemAction.SEND_BACK);
        String r = reason(reason);
        String note = responsibleUnit.getName();
        responsibleUnit = null;
        assistingUnits.clear();
        routedOn = null;
        routedAt = null;
        acceptBy = null;
        deadline = null;
        state = ProblemState.REGISTERED;
        return event(ProblemAction.SEND_BACK, ProblemState.ROUTED, actor, now, r, note);
    }

    /**
     * The responsible unit resolves (办结) the problem with its answer (required): whether it was on time is kept
     * against the deadline in force and the original one.
     */
    public ProblemEvent resolve(ProblemActor actor, String answer, Instant now, LocalDate today) {
        require(actor, ProblemAction.RESOLVE);
        String a = Text.clean(answer);
        if (a == null) {
            throw new InvalidInputException(FieldError.of("answer", "ledger.answer.required"));
        }
        if (Text.longerThan(a, TEXT_MAX)) {
            throw new InvalidInputException(FieldError.of("answer", "field.tooLong", TEXT_MAX));
        }
        ProblemState from = state;
        markResolved(a, now, today);
        return event(ProblemAction.RESOLVE, from, actor, now, null, a);
    }

    /**
     * Resolved with this answer today: on time against the deadlines it has (one never routed has none, and is on
     * time); a pending extension, a pause and an earlier rating end with it (a new resolution waits for a new rating).
     */
    private void markResolved(String answer, Instant now, LocalDate today) {
        this.answer = answer;
        resolvedOn = today;
        resolvedAt = now;
        onTime = deadline == null || deadline.met(today);
        onTimeOriginal = deadline == null || deadline.metOriginal(today);
        extensionDeadline = null;
        extensionReason = null;
        extensionAskedOn = null;
        stateBeforePause = null;
        pausedOn = null;
        pausedDaysLeft = null;
        rating = null;
        ratingComment = null;
        ratedOn = null;
        state = ProblemState.RESOLVED;
    }

    /** The office closes (销号) a resolved problem. */
    public ProblemEvent close(ProblemActor actor, Instant now, LocalDate today) {
        require(actor, ProblemAction.CLOSE);
        closedOn = today;
        state = ProblemState.CLOSED;
        return event(ProblemAction.CLOSE, ProblemState.RESOLVED, actor, now, null, null);
    }

    /**
     * The office rejects a resolution (after the enterprise rated it 不满意, or on its own check) with a reason: the
     * problem is the unit's again, on the deadline it had.
     */
    public ProblemEvent reopen(ProblemActor actor, String reason, Instant now) {
        require(actor, ProblemAction.REOPEN);
        String r = reason(reason);
        ProblemState from = state;
        resolvedOn = null;
        resolvedAt = null;
        onTime = null;
        onTimeOriginal = null;
        closedOn = null;
        state = ProblemState.REOPENED;
        return event(ProblemAction.REOPEN, from, actor, now, r, null);
    }

    /** The responsible unit pauses the problem with a reason (waiting on the enterprise or a higher level): the clock stops. */
    public ProblemEvent pause(ProblemActor actor, String reason, WorkCalendar calendar, Instant now, LocalDate today) {
        require(actor, ProblemAction.PAUSE);
        String r = reason(reason);
        ProblemState from = state;
        stateBeforePause = state;
        pausedOn = today;
        pausedDaysLeft = frozenDaysLeft(calendar, today);
        state = ProblemState.PAUSED;
        return event(ProblemAction.PAUSE, from, actor, now, r, null);
    }

    /**
     * The working days left that a pause freezes: those to the deadline in force, and at least one overdue once it has
     * passed (a problem paused on the weekend after its Friday deadline stays overdue).
     */
    private int frozenDaysLeft(WorkCalendar calendar, LocalDate today) {
        int left = deadline.workingDaysLeft(calendar, today);
        return deadline.overdue(today) ? Math.min(-1, left) : left;
    }

    /**
     * The responsible unit resumes a paused problem: the clock goes on from today with the working days left it had
     * when paused; the original deadline and a pending extension move on by as many working days.
     */
    public ProblemEvent resume(ProblemActor actor, WorkCalendar calendar, Instant now, LocalDate today) {
        require(actor, ProblemAction.RESUME);
        LocalDate due = pausedDaysLeft >= 0 ? calendar.plusWorkingDays(today, pausedDaysLeft) : calendar.minusWorkingDays(today, -pausedDaysLeft);
        int paused = Math.max(0, calendar.workingDaysBetween(deadline.inForce(), due));
        deadline = Deadline.on(due, calendar.plusWorkingDays(deadline.original(), paused));
        if (extensionDeadline != null) {
            extensionDeadline = calendar.plusWorkingDays(extensionDeadline, paused);
        }
        state = stateBeforePause == null ? ProblemState.ACCEPTED : stateBeforePause;
        stateBeforePause = null;
        pausedOn = null;
        pausedDaysLeft = null;
        return event(ProblemAction.RESUME, ProblemState.PAUSED, actor, now, null, String.valueOf(paused));
    }

    /** The office escalates (督办 / 提级) the problem with a reason; the target's contact leader is told. */
    public ProblemEvent escalate(ProblemActor actor, String reason, Instant now, LocalDate today) {
        require(actor, ProblemAction.ESCALATE);
        String r = reason(reason);
        escalatedOn = today;
        escalationReason = r;
        escalatedBy = actor.login();
        return event(ProblemAction.ESCALATE, state, actor, now, r, null);
    }

    /**
     * Whether the problem is due for automatic escalation: running, not escalated, and RED for at least {@code days}
     * working days (overdue on its deadline, or not accepted by the day it should have been).
     */
    public boolean redFor(int days, WorkCalendar calendar, LocalDate today) {
        if (!state.running() || escalatedOn != null) {
            return false;
        }
        LocalDate due = state == ProblemState.ROUTED && acceptBy.isBefore(deadline.inForce()) && today.isAfter(acceptBy) ? acceptBy
                : deadline.inForce();
        if (state == ProblemState.PAUSED) {
            return pausedDaysLeft != null && -pausedDaysLeft >= days;
        }
        return today.isAfter(due) && calendar.workingDaysBetween(due, today) >= days;
    }

    /** The office withdraws (撤销) a problem that should not be on the ledger (a duplicate, not a problem), with a reason. */
    public ProblemEvent withdraw(ProblemActor actor, String reason, Instant now) {
        require(actor, ProblemAction.WITHDRAW);
        String r = reason(reason);
        ProblemState from = state;
        state = ProblemState.WITHDRAWN;
        extensionDeadline = null;
        extensionReason = null;
        return event(ProblemAction.WITHDRAW, from, actor, now, r, null);
    }

    /** The responsible unit asks for a later deadline (延期销号) with a reason; the office decides. */
    public ProblemEvent requestExtension(ProblemActor actor, LocalDate newDeadline, String reason, Instant now, LocalDate today) {
        require(actor, ProblemAction.REQUEST_EXTENSION);
        List<FieldError> errors = new ArrayList<>();
        String r = Text.clean(reason);
        reasonProblem(r).ifPresent(errors::add);
        if (newDeadline == null) {
            errors.add(FieldError.of("newDeadline", "field.required"));
        } else if (!newDeadline.isAfter(deadline.inForce()) || !newDeadline.isAfter(today)) {
            errors.add(FieldError.of("newDeadline", "ledger.extension.notLater", deadline.inForce().toString()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        extensionDeadline = newDeadline;
        extensionReason = r;
        extensionAskedOn = today;
        return event(ProblemAction.REQUEST_EXTENSION, state, actor, now, r, newDeadline.toString());
    }

    /** The office approves the extension asked for: the new deadline is in force, the original one stays. */
    public ProblemEvent approveExtension(ProblemActor actor, WorkCalendar calendar, Instant now, LocalDate today) {
        require(actor, ProblemAction.APPROVE_EXTENSION);
        String note = extensionDeadline.toString();
        deadline = deadline.extendedTo(extensionDeadline);
        if (state == ProblemState.PAUSED) {
            // The clock stood still since the pause: the new deadline leaves the working days it had from that day.
            pausedDaysLeft = calendar.workingDaysBetween(pausedOn, deadline.inForce());
        }
        extended = true;
        extensionDeadline = null;
        extensionReason = null;
        extensionAskedOn = null;
        return event(ProblemAction.APPROVE_EXTENSION, state, actor, now, null, note);
    }

    /** The office rejects the extension asked for, with a reason; the deadline stays. */
    public ProblemEvent rejectExtension(ProblemActor actor, String reason, Instant now) {
        require(actor, ProblemAction.REJECT_EXTENSION);
        String r = reason(reason);
        String note = extensionDeadline.toString();
        extensionDeadline = null;
        extensionReason = null;
        extensionAskedOn = null;
        return event(ProblemAction.REJECT_EXTENSION, state, actor, now, r, note);
    }

    /** The enterprise rates the resolution, once per resolution, with an optional comment. */
    public ProblemEvent rate(ProblemActor actor, Rating rating, String comment, Instant now, LocalDate today) {
        require(actor, ProblemAction.RATE);
        if (rating == null) {
            throw new InvalidInputException(FieldError.of("rating", "field.required"));
        }
        String c = Text.clean(comment);
        if (Text.longerThan(c, REASON_MAX)) {
            throw new InvalidInputException(FieldError.of("comment", "field.tooLong", REASON_MAX));
        }
        this.rating = rating;
        ratingComment = c;
        ratedOn = today;
        return event(ProblemAction.RATE, state, actor, now, null, rating.name() + (c == null ? "" : ": " + c));
    }

    /**
     * Makes the problem a member of a common problem (共性问题): it stays on its own target's ledger, rated by its own
     * enterprise, and is resolved with the common problem's policy answer. Only an open problem joins, and only one; one
     * not yet routed only when the campaign names its office's unit, which then answers for it.
     */
    public void joinCommon(CommonProblem common) {
        if (responsibleUnit == null && campaign.getOfficeUnit() == null) {
            throw new ConflictException(FieldError.of("problems", "ledger.common.unrouted", number));
        }
        if (!state.open()) {
            throw new ConflictException(FieldError.of("problems", "ledger.common.notOpen", number));
        }
        if (commonProblem != null && !commonProblem.equals(common)) {
            throw new ConflictException(FieldError.of("problems", "ledger.common.already", number));
        }
        commonProblem = common;
    }

    /**
     * Resolved with the policy answer of its common problem, by the office that answered it: on time against the
     * deadlines it has (a problem not yet routed has none, and is on time); one never routed is the campaign office's.
     */
    public ProblemEvent resolveInCommon(ProblemActor actor, String policyAnswer, Instant now, LocalDate today) {
        if (commonProblem == null || !state.open()) {
            throw new TransitionRefusedException(ProblemAction.RESOLVE, state, actions(actor));
        }
        ProblemState from = state;
        if (responsibleUnit == null) {
            responsibleUnit = Objects.requireNonNull(campaign.getOfficeUnit(), "a campaign without an office unit");
        }
        markResolved(policyAnswer, now, today);
        return event(ProblemAction.RESOLVE, from, actor, now, null, policyAnswer);
    }

    /** What an imported row of an existing ledger says beyond the registration: its state, unit, resolution day and answer. */
    public record Imported(ProblemState state, Unit unit, LocalDate resolvedOn, String answer, String key) {
    }

    /** A problem read from an existing ledger, with the events that give it its dates and state, the first an IMPORT. */
    public record ImportedProblem(Problem problem, List<ProblemEvent> events) {
    }

    /**
     * A problem as an existing ledger (the office's Excel 问题台账) records it: registered on the day it was raised,
     * routed that day to its unit (its deadlines counted from then, at ORDINARY difficulty unless stated), accepted,
     * resolved and closed on the day the ledger gives. Every step is an imported event at 09:00 of its day.
     */
    public static ImportedProblem imported(String number, Registration r, Imported i, ProblemActor actor, ServiceLevels levels,
                                           WorkCalendar calendar, ZoneId zone, Instant now, LocalDate today) {
        Problem p = register(number, r, actor, now, today);
        p.importKey = i.key();
        List<ProblemEvent> events = new ArrayList<>();
        Instant raised = at(p.raisedOn, zone);
        p.registeredAt = raised;
        events.add(ProblemEvent.imported(p, ProblemAction.IMPORT, null, ProblemState.REGISTERED, actor, raised, null));
        if (i.state() == ProblemState.REGISTERED) {
            return new ImportedProblem(p, events);
        }
        p.responsibleUnit = Objects.requireNonNull(i.unit());
        p.routedOn = p.raisedOn;
        p.routedAt = raised;
        p.acceptBy = calendar.plusWorkingDays(p.raisedOn, levels.getAcceptDays());
        p.deadline = Deadline.after(calendar, p.raisedOn, levels.resolveDays(p.difficulty));
        p.state = ProblemState.ROUTED;
        events.add(ProblemEvent.imported(p, ProblemAction.ROUTE, ProblemState.REGISTERED, p.state, actor, raised, i.unit().getName()));
        if (i.state() == ProblemState.ROUTED) {
            return new ImportedProblem(p, events);
        }
        p.acceptedOn = p.raisedOn;
        p.state = ProblemState.ACCEPTED;
        events.add(ProblemEvent.imported(p, ProblemAction.ACCEPT, ProblemState.ROUTED, p.state, actor, raised, null));
        if (i.state() == ProblemState.ACCEPTED) {
            return new ImportedProblem(p, events);
        }
        Instant resolved = at(i.resolvedOn(), zone);
        p.markResolved(i.answer(), resolved, i.resolvedOn());
        events.add(ProblemEvent.imported(p, ProblemAction.RESOLVE, ProblemState.ACCEPTED, p.state, actor, resolved, i.answer()));
        if (i.state() == ProblemState.CLOSED) {
            p.closedOn = p.resolvedOn;
            p.state = ProblemState.CLOSED;
            events.add(ProblemEvent.imported(p, ProblemAction.CLOSE, ProblemState.RESOLVED, p.state, actor, resolved, null));
        }
        return new ImportedProblem(p, events);
    }

    private static Instant at(LocalDate day, ZoneId zone) {
        return day.atTime(9, 0).atZone(zone).toInstant();
    }

    /** yyyymm of a day, the month the metrics count it in. */
    public static int month(LocalDate day) {
        return day.getYear() * 100 + day.getMonthValue();
    }

    /**
     * The problem as {@code actor} sees it today: its light and working days left, what he may do now, its assisting
     * units (loaded by the caller, in code order), and its history when {@code events} is given (null in lists).
     */
    public ProblemData data(WorkCalendar calendar, LocalDate today, ProblemActor actor, String categoryName, List<Unit> assisting,
                            List<ProblemEventData> events) {
        Light light = light(calendar, today);
        return new ProblemData(id, number, campaign.getCode(), TargetRef.of(target), target.getId(), title, description, category,
                categoryName, source.name(), difficulty.name(), raisedOn, visitId != null ? visitId : visit == null ? null : visit.getId(), state.name(),
                responsibleUnit == null ? null : responsibleUnit.getCode(), responsibleUnit == null ? null : responsibleUnit.getName(),
                assisting.stream().map(Unit::getCode).toList(), assisting.stream().map(Unit::getName).toList(), routedOn, acceptBy, acceptedOn, deadline == null ? null : deadline.inForce(),
                deadline == null ? null : deadline.original(), extended, light == null ? null : light.name(),
                workingDaysLeft(calendar, today), extensionDeadline, extensionReason, escalatedOn, escalationReason, answer, resolvedOn,
                onTime, closedOn, rating == null ? null : rating.name(), ratingComment,
                commonProblemId != null ? commonProblemId : commonProblem == null ? null : commonProblem.getId(), registeredBy, registeredAt, version, actions(actor),
                actor.office() || actor.responsible() || actor.enterprise(), events);
    }

    /** A paused problem's light stands still: it is the one it had when paused. */
    private int daysLeft(WorkCalendar calendar, LocalDate today) {
        if (state == ProblemState.PAUSED && pausedDaysLeft != null) {
            return pausedDaysLeft;
        }
        return deadline.workingDaysLeft(calendar, today);
    }

    /** Working days left to the deadline in force, null unless running. */
    public Integer workingDaysLeft(WorkCalendar calendar, LocalDate today) {
        return state.running() && deadline != null ? daysLeft(calendar, today) : null;
    }

    /** The light of a running problem (RED also when a routed one was not accepted in time); null otherwise. */
    public Light light(WorkCalendar calendar, LocalDate today) {
        if (!state.running() || deadline == null) {
            return null;
        }
        if (state == ProblemState.PAUSED && pausedDaysLeft != null) {
            return Light.of(pausedDaysLeft < 0, pausedDaysLeft);
        }
        boolean lateToAccept = state == ProblemState.ROUTED && today.isAfter(acceptBy);
        return Light.of(lateToAccept || deadline.overdue(today), daysLeft(calendar, today));
    }

    private static String reason(String reason) {
        String r = Text.clean(reason);
        reasonProblem(r).ifPresent(e -> {
            throw new InvalidInputException(e);
        });
        return r;
    }

    /** What is wrong with a (cleaned) reason: none given, or too long. */
    private static java.util.Optional<FieldError> reasonProblem(String r) {
        if (r == null) {
            return java.util.Optional.of(FieldError.of("reason", "ledger.reason.required"));
        }
        return Text.longerThan(r, REASON_MAX) ? java.util.Optional.of(FieldError.of("reason", "field.tooLong", REASON_MAX)) : java.util.Optional.empty();
    }

    /** The county code of a target's region (the first six digits of GB/T 2260): problem numbers are counted per county. */
    public static String countyOf(String regionCode) {
        return regionCode.length() > 6 ? regionCode.substring(0, 6) : regionCode;
    }

    /** 挂号编号 as the office writes it: county, year, five-digit serial ({@code 430626-2026-00042}). */
    public static String number(String county, int year, int serial) {
        return String.format("%s-%d-%05d", county, year, serial);
    }

    @Override
    public String auditType() {
        return "Problem";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("target", target == null ? null : target.getId() + " " + target.getName());
        m.put("title", title);
        m.put("category", category);
        m.put("difficulty", difficulty == null ? null : difficulty.name());
        m.put("state", state == null ? null : state.name());
        m.put("responsibleUnit", responsibleUnit == null ? null : responsibleUnit.getCode());
        m.put("assistingUnits", assistingUnits.isEmpty() ? null : assistingUnits.stream().map(Unit::getCode).sorted().collect(Collectors.joining(", ")));
        m.put("deadline", deadline == null ? null : deadline.toString());
        m.put("extension", extensionDeadline == null ? null : extensionDeadline.toString());
        m.put("escalatedOn", escalatedOn == null ? null : escalatedOn.toString());
        m.put("answer", answer);
        m.put("rating", rating == null ? null : rating.name());
        return m;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public AssistanceTarget getTarget() {
        return target;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getRegionPath() {
        return regionPath;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getCategory() {
        return category;
    }

    public ProblemSource getSource() {
        return source;
    }

    public Difficulty getDifficulty() {
        return difficulty;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public Visit getVisit() {
        return visit;
    }

    public Long getCampaignId() {
        return campaignId != null ? campaignId : campaign.getId();
    }

    public Long getTargetId() {
        return targetId != null ? targetId : target.getId();
    }

    /** The responsible unit's id; null while not routed. */
    public Long getResponsibleUnitId() {
        return responsibleUnit == null ? null : responsibleUnit.getId();
    }

    public int getRaisedMonth() {
        return raisedMonth;
    }

    public CommonProblem getCommonProblem() {
        return commonProblem;
    }

    public String getImportKey() {
        return importKey;
    }

    public Instant getRoutedAt() {
        return routedAt;
    }

    public Integer getPausedDaysLeft() {
        return pausedDaysLeft;
    }

    public LocalDate getRatedOn() {
        return ratedOn;
    }

    public Unit getResponsibleUnit() {
        return responsibleUnit;
    }

    public Set<Unit> getAssistingUnits() {
        return java.util.Collections.unmodifiableSet(assistingUnits);
    }

    public ProblemState getState() {
        return state;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public LocalDate getRoutedOn() {
        return routedOn;
    }

    public LocalDate getAcceptBy() {
        return acceptBy;
    }

    public LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public Deadline getDeadline() {
        return deadline;
    }

    public LocalDate getPausedOn() {
        return pausedOn;
    }

    public LocalDate getExtensionDeadline() {
        return extensionDeadline;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public LocalDate getExtensionAskedOn() {
        return extensionAskedOn;
    }

    public boolean isExtended() {
        return extended;
    }

    public LocalDate getEscalatedOn() {
        return escalatedOn;
    }

    public String getEscalationReason() {
        return escalationReason;
    }

    public String getAnswer() {
        return answer;
    }

    public LocalDate getResolvedOn() {
        return resolvedOn;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Boolean getOnTime() {
        return onTime;
    }

    public Boolean getOnTimeOriginal() {
        return onTimeOriginal;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public Rating getRating() {
        return rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    @Override
    public long getVersion() {
        return version;
    }

    /** The same record: of this class, with this id (see {@link Identity}). */
    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, Problem::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
