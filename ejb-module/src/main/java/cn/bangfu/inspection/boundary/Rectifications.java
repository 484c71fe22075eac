package cn.bangfu.inspection.boundary;

import cn.bangfu.inspection.control.FindingAccess;
import cn.bangfu.inspection.control.FindingViews;
import cn.bangfu.inspection.control.InspectionNotice;
import cn.bangfu.inspection.control.PhotoIntake;
import cn.bangfu.inspection.control.RoundAccess;
import cn.bangfu.inspection.entity.InspectionPhoto;
import cn.bangfu.inspection.entity.Rectification;
import cn.bangfu.inspection.entity.RectificationAction;
import cn.bangfu.inspection.entity.RectificationData;
import cn.bangfu.inspection.entity.RectificationEvent;
import cn.bangfu.inspection.entity.RectificationRefusedException;
import cn.bangfu.inspection.entity.RectificationState;
import cn.bangfu.inspection.entity.RectificationStep;
import cn.bangfu.inspection.entity.RectificationSummary;
import cn.bangfu.ledger.control.LightWindow;
import cn.bangfu.ledger.control.WorkCalendars;
import cn.bangfu.ledger.entity.Light;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.control.Where;
import cn.bangfu.platform.entity.Codes;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.platform.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rectifications (整改): the responsible unit lists its own and submits what it did with evidence photos; an inspector of
 * the round accepts it (closed) or sends it back with a reason; the office follows them all. Open ones past their
 * deadline are RED, as problems are.
 */
@Stateless
public class Rectifications {

    /** Filters: state, light (RED = overdue), a campaign's code, a round, a unit's code; null for all. */
    public record Filter(String state, String light, String campaign, Long round, String unitCode) {
    }

    /** The audit trail's words for the steps, apart from the ledger's 签收 (ACCEPT) and 退回 of a problem. */
    private static final java.util.Map<RectificationAction, String> AUDITED = java.util.Map.of(RectificationAction.SUBMIT, "SUBMIT",
            RectificationAction.ACCEPT, "VERIFY", RectificationAction.REJECT, "SEND_BACK_RECTIFICATION", RectificationAction.ISSUE, "ISSUE");

    private static final String COUNT = "select count(r) from Rectification r join r.finding f join f.round rd join rd.campaign c";

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    FindingAccess access;

    @Inject
    RoundAccess rounds;

    @Inject
    FindingViews views;

    @Inject
    PhotoIntake photos;

    @Inject
    WorkCalendars calendars;

    @Inject
    AuditTrail audit;

    /** The caller's rectifications, the most urgent first (deadline, then id). */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.INSPECTOR, Roles.EVALUATOR, Roles.LEADER})
    public Page<RectificationData> list(Filter filter, PageRequest page) {
        Scope scope = caller.get();
        Where where = where(scope, filter == null ? new Filter(null, null, null, null, null) : filter);
        Page<Rectification> found = where.page(em, Rectification.class, "select r from Rectification r join fetch r.unit"
                + " join fetch r.finding f join fetch f.round rd join fetch rd.campaign c join fetch f.unit join fetch f.visit v"
                + " left join fetch v.target t left join fetch t.region left join fetch v.unit vu left join fetch vu.region", COUNT,
                "r.deadline, r.id", page);
        return new Page<>(views.rectifications(scope, found.items()), found.total());
    }

    /** The caller's rectifications counted by state and light (the page's header, the unit's RED count). */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.INSPECTOR, Roles.EVALUATOR, Roles.LEADER})
    public RectificationSummary summary(String campaign) {
        Scope scope = caller.get();
        long[] byState = new long[RectificationState.values().length];
        for (RectificationState s : RectificationState.values()) {
            byState[s.ordinal()] = count(scope, new Filter(s.name(), null, campaign, null, null));
        }
        return new RectificationSummary(byState[0], byState[1], byState[2], count(scope, new Filter(null, "RED", campaign, null, null)),
                count(scope, new Filter(null, "YELLOW", campaign, null, null)));
    }

    private long count(Scope scope, Filter f) {
        Where where = where(scope, f);
        return where.bind(em.createQuery(COUNT + where.clause(), Long.class)).getSingleResult();
    }

    private Where where(Scope scope, Filter f) {
        List<FieldError> errors = new ArrayList<>();
        RectificationState state = Codes.parse(errors, "state", f.state(), RectificationState.class, null);
        Light light = Codes.parse(errors, "light", f.light(), Light.class, null);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Where where = new Where();
        if (scope.hasAny(Role.OFFICE, Role.EVALUATOR, Role.LEADER)) {
            where.and("c.region.path like :region").param("region", scope.pathPattern());
        } else if (scope.has(Role.INSPECTOR)) {
            Set<Long> mine = rounds.roundsOf(scope);
            where.and(mine.isEmpty() ? "1 = 0" : "rd.id in :rounds");
            if (!mine.isEmpty()) {
                where.param("rounds", mine);
            }
        } else {
            where.and("r.unit.id = :me").param("me", scope.unitId() == null ? -1L : scope.unitId());
        }
        if (state != null) {
            where.and("r.state = :state").param("state", state);
        }
        if (light != null) {
            LocalDate today = LocalDate.now(clock);
            LightWindow window = LightWindow.of(calendars.current(), today);
            switch (light) {
                case RED -> where.and("r.state = :open and r.deadline < :today").param("open", RectificationState.OPEN).param("today", today);
                case YELLOW -> where.and("r.state = :open and r.deadline >= :today and r.deadline < :yellowBefore")
                        .param("open", RectificationState.OPEN).param("today", today).param("yellowBefore", window.yellowBefore());
                case GREEN -> where.and("r.state = :open and r.deadline >= :yellowBefore").param("open", RectificationState.OPEN)
                        .param("yellowBefore", window.yellowBefore());
            }
        }
        if (f.campaign() != null && !f.campaign().isBlank()) {
            where.and("c.code = :campaign").param("campaign", f.campaign().strip());
        }
        if (f.round() != null) {
            where.and("rd.id = :round").param("round", f.round());
        }
        if (f.unitCode() != null && !f.unitCode().isBlank()) {
            where.and("r.unit.code = :unitCode").param("unitCode", f.unitCode().strip());
        }
        return where;
    }

    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.INSPECTOR, Roles.EVALUATOR, Roles.LEADER})
    public RectificationData get(long id) {
        Scope scope = caller.get();
        return views.one(scope, access.readableRectification(scope, id));
    }

    /**
     * Takes a step: SUBMIT (the responsible unit, with a note), ACCEPT or REJECT (with a reason; an inspector of the round).
     * 409 with the state and the steps allowed when the step does not fit; a stale version is 409 too.
     */
    @RolesAllowed({Roles.UNIT, Roles.INSPECTOR, Roles.OFFICE})
    public RectificationData act(long id, RectificationStep step) {
        if (step == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        Scope scope = caller.get();
        Rectification r = access.readableRectification(scope, id);
        RectificationAction action = RectificationAction.requested(step.action());
        boolean unit = access.isResponsible(scope, r.getFinding());
        boolean inspector = access.verifies(scope, r.getFinding());
        if (action == null) {
            throw new InvalidInputException(step.action() == null || step.action().isBlank() ? FieldError.of("action", "field.required")
                    : FieldError.of("action", "inspection.rectification.action", step.action(),
                    r.getState().actions(unit, inspector).toString()));
        }
        r.checkVersion(step.version());
        Instant now = clock.instant();
        RectificationEvent event = audit.change(r, e -> AUDITED.get(action), () -> switch (action) {
            case SUBMIT -> r.submit(unit, inspector, step.note(), scope.login(), now);
            case ACCEPT -> r.accept(unit, inspector, scope.login(), now);
            case REJECT -> r.reject(unit, inspector, step.reason(), scope.login(), now);
            case ISSUE -> throw new RectificationRefusedException(action, r.getState(), r.getState().actions(unit, inspector));
        });
        em.persist(event);
        em.persist(switch (action) {
            case SUBMIT -> InspectionNotice.submitted(r, now);
            case ACCEPT -> InspectionNotice.toUnit(InspectionNotice.ACCEPTED, r, null, now);
            default -> InspectionNotice.toUnit(InspectionNotice.REJECTED, r, event.getNote(), now);
        });
        em.flush();
        return views.one(scope, r);
    }

    /** Adds an evidence photo (the responsible unit, while the rectification is open), checked as a finding's photos are. */
    @RolesAllowed(Roles.UNIT)
    public RectificationData addEvidence(long id, byte[] bytes) {
        Scope scope = caller.get();
        Rectification r = access.readableRectification(scope, id);
        // Evidence goes with a submission: whoever may submit now may add it.
        r.allow(RectificationAction.SUBMIT, access.isResponsible(scope, r.getFinding()), access.verifies(scope, r.getFinding()));
        long count = em.createNamedQuery(InspectionPhoto.EVIDENCE_OF, Long.class).setParameter("rectification", r).getResultList().size();
        if (count >= InspectionPhoto.MAX_PER_RECORD) {
            throw new ConflictException(FieldError.of("photo", "photo.tooMany", InspectionPhoto.MAX_PER_RECORD));
        }
        em.persist(new InspectionPhoto(r.getFinding(), r, photos.store(bytes), scope.login(), clock.instant()));
        em.flush();
        return views.one(scope, r);
    }
}
