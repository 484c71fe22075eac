package cn.bangfu.ledger.boundary;

import cn.bangfu.campaign.control.AssignmentLookups;
import cn.bangfu.campaign.control.CampaignLookup;
import cn.bangfu.campaign.control.TargetPicker;
import cn.bangfu.campaign.entity.TargetRef;
import cn.bangfu.campaign.entity.Assignment;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.CampaignStatus;
import cn.bangfu.campaign.entity.Visit;
import cn.bangfu.ledger.control.CampaignLevels;
import cn.bangfu.ledger.control.EscalationNotices;
import cn.bangfu.ledger.control.ProblemCategories;
import cn.bangfu.ledger.control.ProblemNotice;
import cn.bangfu.ledger.control.ProblemIntake;
import cn.bangfu.ledger.control.ProblemScope;
import cn.bangfu.ledger.control.ProblemViews;
import cn.bangfu.ledger.control.SimilarProblems;
import cn.bangfu.ledger.control.WorkCalendars;
import cn.bangfu.ledger.entity.Difficulty;
import cn.bangfu.ledger.entity.Problem;
import cn.bangfu.ledger.entity.ProblemAction;
import cn.bangfu.ledger.entity.ProblemActor;
import cn.bangfu.ledger.entity.ProblemAttachment;
import cn.bangfu.ledger.entity.ProblemData;
import cn.bangfu.ledger.entity.ProblemDraft;
import cn.bangfu.ledger.entity.ProblemEvent;
import cn.bangfu.ledger.entity.ProblemSource;
import cn.bangfu.ledger.entity.ProblemStep;
import cn.bangfu.ledger.entity.Rating;
import cn.bangfu.ledger.entity.RoutingProposal;
import cn.bangfu.ledger.entity.WorkCalendar;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.entity.Codes;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.ForbiddenException;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.Roles;
import cn.bangfu.platform.entity.StoredFile;
import cn.bangfu.registry.control.UnitTargets;
import cn.bangfu.registry.entity.AssistanceTarget;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One problem of the ledger (问题台账): registration (挂号) by the office, a unit (from a visit) or the enterprise itself;
 * every transition through {@link #act}, which the {@link Problem} allows or refuses (409 with the state and the actions
 * allowed now); attachments; the routing the office is proposed; similar open problems. A problem the caller does not
 * see ({@link ProblemScope}) is 404. Every change is in the audit trail and tells in their inboxes those who must act.
 */
@Stateless
public class Problems {

    /** Assisting units (协办) one problem may have. */
    static final int MAX_ASSISTING = 10;

    static final String[] READERS = {Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR, Roles.ENTERPRISE};

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    CampaignLookup campaigns;

    @Inject
    AssignmentLookups lookups;

    @Inject
    UnitTargets helped;

    @Inject
    ProblemScope problemScope;

    @Inject
    ProblemCategories categories;

    @Inject
    ProblemViews views;

    @Inject
    WorkCalendars calendars;

    @Inject
    CampaignLevels levels;

    @Inject
    SimilarProblems similar;

    @Inject
    EscalationNotices escalationNotices;

    @Inject
    AuditTrail audit;

    @Inject
    TargetPicker targetPicker;

    @Inject
    ProblemIntake intake;

    /**
     * Registers a problem of a target of the campaign: the office for any target of its region, a unit for a target it
     * helps, an enterprise account for its own enterprise (source ENTERPRISE whatever it sends). The office of the
     * campaign's region is told of a problem it did not register itself.
     */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.ENTERPRISE})
    public ProblemData register(String campaignCode, ProblemDraft draft, Locale locale) {
        if (draft == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        Scope scope = caller.get();
        Campaign campaign = campaigns.visible(scope, campaignCode);
        if (campaign.getStatus() == CampaignStatus.CLOSED) {
            throw new ConflictException(FieldError.of("campaign", "ledger.campaign.closed"));
        }
        AssistanceTarget target = target(scope, campaign, draft);
        List<FieldError> errors = new ArrayList<>();
        String category = null;
        if (draft.category() != null && !draft.category().isBlank()) {
            category = categories.find(draft.category(), target.getRegion().getPath()).map(ProblemCategories.Category::code).orElse(null);
            if (category == null) {
                errors.add(FieldError.of("category", "ledger.category.unknown", draft.category()));
            }
        }
        ProblemSource source = scope.enterpriseOnly() ? ProblemSource.ENTERPRISE
                : Codes.parse(errors, "source", draft.source(), ProblemSource.class, draft.visitId() != null ? ProblemSource.VISIT
                : scope.unitOnly() ? ProblemSource.VISIT : ProblemSource.OFFICE);
        Difficulty difficulty = Codes.parse(errors, "difficulty", draft.difficulty(), Difficulty.class, Difficulty.ORDINARY);
        Visit visit = null;
        if (draft.visitId() != null) {
            visit = em.find(Visit.class, draft.visitId());
            if (visit == null || !visit.getCampaign().equals(campaign) || !visit.getTarget().equals(target)) {
                // A visit of another campaign or target reads as one that does not exist.
                errors.add(FieldError.of("visitId", "ledger.visit.unknown", draft.visitId()));
                visit = null;
            }
        }
        Problem.Registration r = new Problem.Registration(campaign, target, draft.title(), draft.description(),
                category == null && !errors.isEmpty() ? draft.category() : category, source, difficulty,
                draft.raisedOn(), visit);
        Problem p = intake.register(r, errors, actor(scope), !scope.hasAny(cn.bangfu.org.entity.Role.OFFICE));
        return views.one(scope, p, locale);
    }

    /** The actor registering: the office, a unit or an enterprise, before there is a problem to be responsible for. */
    private static ProblemActor actor(Scope scope) {
        return new ProblemActor(scope.login(), scope.unitId(), !scope.unitOnly() && !scope.enterpriseOnly(), false, scope.enterpriseOnly());
    }

    /** The target the draft names, if the caller may register a problem of it (404 otherwise, 400 when it names none that exists). */
    private AssistanceTarget target(Scope scope, Campaign campaign, ProblemDraft draft) {
        AssistanceTarget t;
        if (draft.targetId() != null) {
            t = em.find(AssistanceTarget.class, draft.targetId());
        } else if (scope.enterpriseOnly() && (draft.target() == null || !draft.target().given()) && scope.enterpriseId() != null) {
            t = em.find(AssistanceTarget.class, scope.enterpriseId());
        } else if (draft.target() == null || !draft.target().given()) {
            throw new InvalidInputException(FieldError.of("target", "field.required"));
        } else {
            t = lookups.target(draft.target());
            if (t == null) {
                throw new InvalidInputException(FieldError.of("target", "ledger.target.unknown", draft.target().label()));
            }
        }
        boolean may = t != null && campaign.covers(t.getRegion()) && (scope.enterpriseOnly() ? t.getId().equals(scope.enterpriseId())
                : scope.unitOnly() ? helped.helps(scope.unitId(), t.getId()) : scope.covers(t.getRegion()) && campaign.managedBy(scope));
        if (!may) {
            throw new NotFoundException("AssistanceTarget", draft.targetId() != null ? draft.targetId()
                    : draft.target() != null ? draft.target().label() : scope.enterpriseId());
        }
        return t;
    }

    /** One problem with its history and what the caller may do with it now. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR, Roles.ENTERPRISE})
    public ProblemData get(long id, Locale locale) {
        Scope scope = caller.get();
        return views.one(scope, load(scope, id), locale);
    }

    /**
     * Takes one step of the problem's life: the action and what it needs ({@link ProblemStep}). The problem decides
     * whether the caller may take it now; a stale {@code version} is 409. Returns the problem as it now is.
     */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.ENTERPRISE})
    public ProblemData act(long id, ProblemStep step, Locale locale) {
        if (step == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        Scope scope = caller.get();
        Problem p = load(scope, id);
        ProblemActor actor = views.actor(scope, p);
        ProblemAction action = ProblemAction.of(step.action());
        if (action == null || !action.requested()) {
            throw new InvalidInputException(step.action() == null || step.action().isBlank() ? FieldError.of("action", "field.required")
                    : FieldError.of("action", "ledger.action.unknown", step.action(), p.actions(actor).toString()));
        }
        p.checkVersion(step.version());
        Instant now = clock.instant();
        LocalDate today = today();
        WorkCalendar calendar = calendars.current();
        List<Unit> routedTo = new ArrayList<>();
        ProblemEvent event = audit.change(p, e -> action.name(), () -> switch (action) {
            case ROUTE -> {
                Routing routing = routing(p, step);
                routedTo.add(routing.unit);
                routedTo.addAll(routing.assisting);
                yield p.route(actor, routing.unit, routing.assisting, levels.of(p.getCampaign()), calendar, now, today);
            }
            case ACCEPT -> p.accept(actor, now, today);
            case SEND_BACK -> {
                Unit from = p.getResponsibleUnit();
                ProblemEvent e = p.sendBack(actor, step.reason(), now);
                Map<String, String> about = ProblemNotice.about(p, today, e.getReason());
                about.put("unit", from.getName());
                em.persist(ProblemNotice.toOffice(p.getCampaign().getRegion(), ProblemNotice.SENT_BACK, about, now));
                yield e;
            }
            case RESOLVE -> p.resolve(actor, step.answer(), now, today);
            case CLOSE -> p.close(actor, now, today);
            case REOPEN -> notifyUnit(p, ProblemNotice.REOPENED, p.reopen(actor, step.reason(), now), now, today);
            case PAUSE -> p.pause(actor, step.reason(), calendar, now, today);
            case RESUME -> p.resume(actor, calendar, now, today);
            case ESCALATE -> escalated(p.escalate(actor, step.reason(), now, today), now, today);
            case WITHDRAW -> p.withdraw(actor, step.reason(), now);
            case REQUEST_EXTENSION -> {
                ProblemEvent e = p.requestExtension(actor, step.newDeadline(), step.reason(), now, today);
                Map<String, String> about = ProblemNotice.about(p, today, e.getReason());
                about.put("date", step.newDeadline().toString());
                em.persist(ProblemNotice.toOffice(p.getCampaign().getRegion(), ProblemNotice.EXTENSION_ASKED, about, now));
                yield e;
            }
            case APPROVE_EXTENSION -> notifyUnit(p, ProblemNotice.EXTENSION_APPROVED, p.approveExtension(actor, calendar, now, today), now, today);
            case REJECT_EXTENSION -> notifyUnit(p, ProblemNotice.EXTENSION_REJECTED, p.rejectExtension(actor, step.reason(), now), now, today);
            case RATE -> {
                List<FieldError> bad = new ArrayList<>();
                Rating rating = Codes.parse(bad, "rating", step.rating(), Rating.class, null);
                if (!bad.isEmpty()) {
                    throw new InvalidInputException(bad);
                }
                ProblemEvent e = p.rate(actor, rating, step.comment(), now, today);
                if (rating == Rating.DISSATISFIED) {
                    em.persist(ProblemNotice.toOffice(p.getCampaign().getRegion(), ProblemNotice.DISSATISFIED,
                            ProblemNotice.about(p, today, p.getRatingComment()), now));
                }
                yield e;
            }
            default -> throw new InvalidInputException(FieldError.of("action", "ledger.action.unknown", step.action(), p.actions(actor).toString()));
        });
        em.persist(event);
        for (Unit u : routedTo) {
            Map<String, String> about = ProblemNotice.about(p, today, null);
            about.put("role", u.equals(p.getResponsibleUnit()) ? "RESPONSIBLE" : "ASSISTING");
            about.put("date", p.getAcceptBy().toString());
            em.persist(ProblemNotice.toUnit(u, ProblemNotice.ROUTED, about, now));
        }
        em.flush();
        return views.one(scope, p, locale);
    }

    private ProblemEvent notifyUnit(Problem p, String kind, ProblemEvent e, Instant now, LocalDate today) {
        if (p.getResponsibleUnit() != null) {
            Map<String, String> about = ProblemNotice.about(p, today, e.getReason());
            if (e.getNote() != null && kind.startsWith("problem.extension")) {
                about.put("date", e.getNote());
            }
            em.persist(ProblemNotice.toUnit(p.getResponsibleUnit(), kind, about, now));
        }
        return e;
    }

    /** Escalation (督办) tells the target's contact leader and the responsible unit. */
    private ProblemEvent escalated(ProblemEvent e, Instant now, LocalDate today) {
        escalationNotices.tell(List.of(e), now, today);
        return e;
    }

    private record Routing(Unit unit, List<Unit> assisting) {
    }

    /** The units a ROUTE names, or (when it names none) the target's leading unit and co-units; each inside the campaign's region. */
    private Routing routing(Problem p, ProblemStep step) {
        RoutingProposal proposal = proposal(p);
        String unitCode = step.unitCode() == null || step.unitCode().isBlank() ? proposal.unitCode() : step.unitCode().strip();
        List<String> assistingCodes = step.assistingUnits() == null ? proposal.assistingUnits()
                : step.assistingUnits().stream().map(c -> c == null ? "" : c.strip()).toList();
        List<FieldError> errors = new ArrayList<>();
        if (assistingCodes.size() > MAX_ASSISTING) {
            throw new InvalidInputException(FieldError.of("assistingUnits", "ledger.assisting.tooMany", MAX_ASSISTING));
        }
        List<String> codes = new ArrayList<>(assistingCodes);
        if (unitCode != null) {
            codes.add(unitCode);
        }
        Map<String, Unit> units = lookups.units(codes);
        Unit unit = null;
        if (unitCode == null) {
            errors.add(FieldError.of("unitCode", "field.required"));
        } else {
            unit = inside(errors, "unitCode", unitCode, units, p.getCampaign());
        }
        Map<String, Unit> assisting = new LinkedHashMap<>();
        for (int i = 0; i < assistingCodes.size(); i++) {
            Unit u = inside(errors, "assistingUnits[" + i + "]", assistingCodes.get(i), units, p.getCampaign());
            if (u != null && !u.equals(unit)) {
                assisting.put(u.getCode(), u);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Routing(unit, List.copyOf(assisting.values()));
    }

    private static Unit inside(List<FieldError> errors, String field, String code, Map<String, Unit> units, Campaign campaign) {
        Unit u = units.get(code);
        if (u == null || !campaign.covers(u.getRegion())) {
            errors.add(FieldError.of(field, "ledger.unit.outside", code, campaign.getRegion().getName()));
            return null;
        }
        return u;
    }

    /** Whom routing proposes: the target's leading unit, its co-units assisting (none without a current assignment). */
    @RolesAllowed({Roles.OFFICE})
    public RoutingProposal proposal(long id) {
        return proposal(load(caller.get(), id));
    }

    private RoutingProposal proposal(Problem p) {
        Assignment a = lookups.current(p.getCampaign(), p.getTarget());
        if (a == null) {
            return new RoutingProposal(null, null, List.of(), List.of());
        }
        return new RoutingProposal(a.leadingUnit().getCode(), a.leadingUnit().getName(), a.coUnits().stream().map(Unit::getCode).toList(),
                a.coUnits().stream().map(Unit::getName).toList());
    }

    /**
     * The campaign an enterprise account raises its problems in: the latest active one in which its enterprise has a
     * current assignment; null when there is none (the page says so).
     */
    @RolesAllowed(Roles.ENTERPRISE)
    public String campaignOfMine() {
        Scope scope = caller.get();
        if (scope.enterpriseId() == null) {
            return null;
        }
        return em.createNamedQuery(Assignment.CAMPAIGNS_OF_TARGET, String.class).setParameter("target", scope.enterpriseId())
                .setParameter("status", CampaignStatus.ACTIVE).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** Enterprises and key projects of the campaign's region whose name contains the text: the office's registration dialog. */
    @RolesAllowed(Roles.OFFICE)
    public List<TargetRef> targets(String campaignCode, String text) {
        return targetPicker.within(campaigns.managed(caller.get(), campaignCode), text);
    }

    /** Up to five open problems of other enterprises of the region like this one (same category, similar text). */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT})
    public List<ProblemData> similarTo(long id, Locale locale) {
        Scope scope = caller.get();
        Problem p = load(scope, id);
        return views.page(scope, similar.to(scope, p), locale);
    }

    /**
     * Attaches a file to the problem (pdf, doc(x), xls(x), jpg, png; at most 10 MB): the office, the responsible unit, or
     * the enterprise the problem is about; to one of its events (the answer's evidence, the letter that asked for an
     * extension) when {@code eventId} names one, else to the problem itself.
     */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.ENTERPRISE})
    public ProblemData attach(long id, Long eventId, String fileName, byte[] content, Locale locale) {
        Scope scope = caller.get();
        Problem p = load(scope, id);
        ProblemActor actor = views.actor(scope, p);
        if (!actor.office() && !actor.responsible() && !actor.enterprise()) {
            throw new ForbiddenException(scope.login() + " may not attach files to problem " + id);
        }
        if (eventId != null) {
            ProblemEvent e = em.find(ProblemEvent.class, eventId);
            if (e == null || !e.getProblem().equals(p)) {
                throw new InvalidInputException(FieldError.of("eventId", "ledger.event.unknown", eventId));
            }
        }
        audit.change(p, (ProblemAttachment a) -> "ATTACH " + a.getFile().getFileName(), () -> {
            ProblemAttachment a = new ProblemAttachment(p, eventId, fileName, content, scope.login(), clock.instant());
            em.persist(a);
            em.flush();
            return a;
        });
        return views.one(scope, p, locale);
    }

    /** An attachment's file, for whoever sees the problem. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR, Roles.ENTERPRISE})
    public StoredFile attachment(long id, long fileId) {
        Problem p = load(caller.get(), id);
        ProblemAttachment a = em.find(ProblemAttachment.class, fileId);
        if (a == null || !a.getProblem().equals(p)) {
            throw new NotFoundException("ProblemAttachment", fileId);
        }
        return a.getFile();
    }

    private Problem load(Scope scope, long id) {
        Problem p = em.createNamedQuery(Problem.BY_ID, Problem.class).setParameter("id", id).getResultStream().findFirst().orElse(null);
        if (p == null || !problemScope.sees(scope, p)) {
            throw new NotFoundException("Problem", id);
        }
        return p;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
