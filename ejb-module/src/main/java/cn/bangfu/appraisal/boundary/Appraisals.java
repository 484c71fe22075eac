package cn.bangfu.appraisal.boundary;

import cn.bangfu.appraisal.control.AppraisalAccess;
import cn.bangfu.appraisal.control.AppraisalNotice;
import cn.bangfu.appraisal.control.AppraisalViews;
import cn.bangfu.appraisal.control.CompiledScheme;
import cn.bangfu.appraisal.control.FormComputation;
import cn.bangfu.appraisal.control.SchemeUnits;
import cn.bangfu.appraisal.entity.Appeal;
import cn.bangfu.appraisal.entity.AppealState;
import cn.bangfu.appraisal.entity.Appraisal;
import cn.bangfu.appraisal.entity.AppraisalAction;
import cn.bangfu.appraisal.entity.AppraisalActor;
import cn.bangfu.appraisal.entity.AppraisalData;
import cn.bangfu.appraisal.entity.AppraisalEvidence;
import cn.bangfu.appraisal.entity.AppraisalRefusedException;
import cn.bangfu.appraisal.entity.AppraisalRow;
import cn.bangfu.appraisal.entity.AppraisalState;
import cn.bangfu.appraisal.entity.Indicator;
import cn.bangfu.appraisal.entity.IndicatorKind;
import cn.bangfu.appraisal.entity.SchemeStatus;
import cn.bangfu.appraisal.entity.ScoringScheme;
import cn.bangfu.campaign.control.CampaignLookup;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.ledger.control.WorkCalendars;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.control.ChunkedLookup;
import cn.bangfu.platform.control.Where;
import cn.bangfu.platform.entity.Codes;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.ForbiddenException;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.platform.entity.Roles;
import cn.bangfu.platform.entity.StoredFile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Appraisal forms (考评表): the evaluators open forms for the units a published scheme scores; the unit self-assesses
 * before its deadline; the evaluators compute the AUTO and DEDUCTION points (inputs frozen), set the others and score;
 * another evaluator reviews; the office finalises, publicises (the publicity's working days) and publishes. Appeals are
 * filed and answered during the publicity.
 */
@Stateless
public class Appraisals {

    /** The working days of the publicity (公示期). */
    public static final int PUBLICITY_WORKING_DAYS = 5;
    /** The working days a unit has to self-assess when the evaluators set no deadline. */
    public static final int SELF_ASSESS_WORKING_DAYS = 10;

    /** POST …/appraisals: the forms to open, of some units or of {@code all} the scheme scores, and the self-assessment deadline. */
    public record Opening(Long schemeId, List<String> unitCodes, Boolean all, LocalDate selfAssessBy) {
    }

    /** What opening did: how many forms were opened and how many units had one already. */
    public record Opened(Long schemeId, int created, int existing) {
    }

    /** PUT …/items/{indicator}: the unit's {@code self}/{@code selfNote} or the evaluator's {@code score}/{@code note}. */
    public record Cell(java.math.BigDecimal self, String selfNote, java.math.BigDecimal score, String note, Long version) {
    }

    /** POST …/events. */
    public record Step(String action, String reason, Long version) {
    }

    /** POST …/appeals. */
    public record AppealFiling(String indicator, String reason) {
    }

    /** POST /appeals/{id}/answer. */
    public record AppealAnswer(Boolean upheld, String reason, BigDecimal score, Long version) {
    }

    /** Filters of the list: a scheme, a state, a unit's code; null for all. */
    public record Filter(Long schemeId, String state, String unitCode) {
    }

    private static final String COUNT = "select count(a) from Appraisal a join a.unit u join a.scheme s";

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    CampaignLookup campaigns;

    @Inject
    AppraisalAccess access;

    @Inject
    AppraisalViews views;

    @Inject
    SchemeUnits schemeUnits;

    @Inject
    FormComputation computation;

    @Inject
    WorkCalendars calendars;

    @Inject
    AuditTrail audit;

    /** Opens the forms of a published scheme (the evaluators of the campaign's region); a unit with a form already keeps it. */
    @RolesAllowed(Roles.EVALUATOR)
    public Opened open(String campaignCode, Opening opening) {
        Scope scope = caller.get();
        Campaign campaign = campaigns.visible(scope, campaignCode);
        requireEvaluator(scope, campaign);
        if (opening == null || opening.schemeId() == null) {
            throw new InvalidInputException(FieldError.of("schemeId", "field.required"));
        }
        ScoringScheme scheme = em.find(ScoringScheme.class, opening.schemeId());
        if (scheme == null || !scheme.getCampaign().equals(campaign)) {
            throw new InvalidInputException(FieldError.of("schemeId", "appraisal.scheme.unknown", opening.schemeId()));
        }
        if (scheme.getStatus() != SchemeStatus.PUBLISHED) {
            throw new ConflictException(FieldError.of("schemeId", "appraisal.scheme.draft", scheme.getName()));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate by = opening.selfAssessBy() == null ? calendars.current().plusWorkingDays(today, SELF_ASSESS_WORKING_DAYS) : opening.selfAssessBy();
        if (by.isBefore(today)) {
            throw new InvalidInputException(FieldError.of("selfAssessBy", "appraisal.selfAssessBy.past"));
        }
        Set<Long> scored = schemeUnits.of(scheme);
        List<Long> wanted = wanted(opening, scored);
        Set<Long> existing = new HashSet<>(em.createNamedQuery(Appraisal.UNITS_OF_SCHEME, Long.class).setParameter("scheme", scheme.getId())
                .getResultList());
        int created = 0;
        for (Long unit : wanted) {
            if (existing.contains(unit)) {
                continue;
            }
            Appraisal a = new Appraisal(campaign, scheme, em.getReference(Unit.class, unit), by, scope.login(), clock.instant());
            em.persist(a);
            em.persist(AppraisalNotice.opened(a, clock.instant()));
            created++;
            if (created % 500 == 0) {
                em.flush();
                em.clear();
                scheme = em.find(ScoringScheme.class, opening.schemeId());
                campaign = scheme.getCampaign();
            }
        }
        em.flush();
        int opened = created;
        audit.change(scheme, x -> "OPEN_FORMS " + opened, () -> null);
        return new Opened(scheme.getId(), created, wanted.size() - created);
    }

    private List<Long> wanted(Opening opening, Set<Long> scored) {
        if (Boolean.TRUE.equals(opening.all())) {
            return List.copyOf(scored);
        }
        List<String> codes = opening.unitCodes() == null ? List.of() : opening.unitCodes();
        if (codes.isEmpty()) {
            throw new InvalidInputException(FieldError.of("unitCodes", "appraisal.units.none"));
        }
        Map<String, Long> ids = new LinkedHashMap<>();
        ChunkedLookup.inChunks(codes, ChunkedLookup.CHUNK, c -> em.createNamedQuery(Unit.IDS_BY_CODES, Object[].class).setParameter("codes", c)
                .getResultList()).forEach(r -> ids.put((String) r[0], (Long) r[1]));
        List<FieldError> errors = new ArrayList<>();
        List<Long> wanted = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            Long id = ids.get(codes.get(i));
            if (id == null || !scored.contains(id)) {
                errors.add(FieldError.of("unitCodes[" + i + "]", "appraisal.units.notScored", codes.get(i)));
            } else if (!wanted.contains(id)) {
                wanted.add(id);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return wanted;
    }

    /** The forms the caller reads in the campaign (a unit its own), by unit code. */
    @RolesAllowed({Roles.OFFICE, Roles.EVALUATOR, Roles.LEADER, Roles.UNIT})
    public Page<AppraisalRow> list(String campaignCode, Filter filter, PageRequest page) {
        Scope scope = caller.get();
        Campaign campaign = campaigns.visible(scope, campaignCode);
        Filter f = filter == null ? new Filter(null, null, null) : filter;
        List<FieldError> errors = new ArrayList<>();
        AppraisalState state = Codes.parse(errors, "state", f.state(), AppraisalState.class, null);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Where where = new Where().and("a.campaign = :campaign", "campaign", campaign);
        if (!scope.hasAny(Role.OFFICE, Role.EVALUATOR, Role.LEADER)) {
            where.and("u.id = :me", "me", scope.unitId() == null ? -1L : scope.unitId());
        }
        where.andIf(f.schemeId(), "s.id = :scheme", "scheme").andIf(state, "a.state = :state", "state")
                .andIf(f.unitCode(), "u.code = :unitCode", "unitCode");
        boolean unitOnly = !scope.hasAny(Role.OFFICE, Role.EVALUATOR, Role.LEADER);
        return where.page(em, Appraisal.class, "select a from Appraisal a join fetch a.unit u join fetch a.scheme s", COUNT, "u.code, s.id", page)
                .map(a -> row(a, unitOnly));
    }

    private static AppraisalRow row(Appraisal a, boolean unitOnly) {
        boolean shown = !unitOnly || a.getState().shownToUnit();
        return new AppraisalRow(a.getId(), a.getUnit().getCode(), a.getUnit().getName(), a.getUnit().getType().name(), a.getScheme().getId(),
                a.getScheme().getName(), a.getState().name(), shown ? ScoringScheme.points(a.getTotal()) : null,
                ScoringScheme.points(a.getSelfTotal()), shown ? !a.getVetoCodes().isEmpty() : null, a.getVersion());
    }

    @RolesAllowed({Roles.OFFICE, Roles.EVALUATOR, Roles.LEADER, Roles.UNIT})
    public AppraisalData get(long id) {
        Scope scope = caller.get();
        Appraisal a = access.readable(scope, id);
        return views.data(a, access.actor(scope, a), LocalDate.now(clock));
    }

    /** One cell: the unit's self score and explanation, or the evaluator's score and note (by what is sent). */
    @RolesAllowed({Roles.EVALUATOR, Roles.UNIT})
    public AppraisalData cell(long id, String indicator, Cell cell) {
        if (cell == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        Scope scope = caller.get();
        Appraisal a = access.readable(scope, id);
        a.checkVersion(cell.version());
        AppraisalActor actor = access.actor(scope, a);
        Indicator i = a.getScheme().indicator(indicator).filter(x -> x.getKind() != IndicatorKind.GROUP)
                .orElseThrow(() -> new NotFoundException("Indicator", indicator));
        LocalDate today = LocalDate.now(clock);
        boolean self = cell.self() != null || cell.selfNote() != null;
        audit.update(a, () -> {
            if (self) {
                a.selfAssess(i, cell.self(), cell.selfNote(), actor, today);
            } else {
                a.score(i, cell.score(), cell.note(), actor, today);
            }
        });
        em.flush();
        return views.data(a, actor, today);
    }

    /** Computes the form's AUTO and DEDUCTION points now and freezes their inputs (an evaluator, before scoring). */
    @RolesAllowed(Roles.EVALUATOR)
    public AppraisalData compute(long id) {
        Scope scope = caller.get();
        Appraisal a = access.readable(scope, id);
        AppraisalActor actor = access.actor(scope, a);
        if (!actor.evaluator()) {
            throw new ForbiddenException(scope.login() + " does not score the forms of campaign " + a.getCampaign().getCode());
        }
        LocalDate today = LocalDate.now(clock);
        List<FormComputation.Failure> failed = audit.change(a, x -> "COMPUTE",
                () -> computation.compute(List.of(a), today, clock.instant(), scope.login()));
        if (!failed.isEmpty()) {
            CompiledScheme.IndicatorFailure why = failed.get(0).reason();
            throw new ConflictException(why.problem().at("items[" + why.indicator() + "]"));
        }
        em.flush();
        return views.data(a, actor, today);
    }

    /** A step of the workflow; the publicity's last day is counted in working days from today. */
    @RolesAllowed({Roles.OFFICE, Roles.EVALUATOR, Roles.UNIT})
    public AppraisalData act(long id, Step step) {
        if (step == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        List<FieldError> errors = new ArrayList<>();
        AppraisalAction action = Codes.parse(errors, "action", step.action(), AppraisalAction.class, null);
        if (action == null && errors.isEmpty()) {
            errors.add(FieldError.of("action", "field.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Scope scope = caller.get();
        Appraisal a = access.readable(scope, id);
        a.checkVersion(step.version());
        AppraisalActor actor = access.actor(scope, a);
        LocalDate today = LocalDate.now(clock);
        if (action == AppraisalAction.PUBLISH && pendingAppeals(a) > 0) {
            throw new AppraisalRefusedException(FieldError.of("action", "appraisal.appealsPending", pendingAppeals(a)), a.getState(),
                    List.of());
        }
        LocalDate publicityEnds = action == AppraisalAction.PUBLICISE ? calendars.current().plusWorkingDays(today, PUBLICITY_WORKING_DAYS) : null;
        String audited = action == AppraisalAction.PUBLISH ? "PUBLISH_RESULTS" : action.name();
        audit.change(a, audited, () -> a.act(action, actor, step.reason(), today, clock.instant(), publicityEnds));
        if (action == AppraisalAction.PUBLICISE) {
            em.persist(AppraisalNotice.publicised(a, clock.instant()));
        } else if (action == AppraisalAction.SELF_ASSESS) {
            em.persist(AppraisalNotice.selfAssessed(a, clock.instant()));
        }
        em.flush();
        return views.data(a, actor, today);
    }

    /** A unit's appeal against one indicator of its publicised form, during the publicity. */
    @RolesAllowed(Roles.UNIT)
    public cn.bangfu.appraisal.entity.AppealData appeal(long id, AppealFiling filing) {
        if (filing == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        Scope scope = caller.get();
        Appraisal a = access.readable(scope, id);
        boolean waiting = em.createNamedQuery(Appeal.OF_APPRAISAL, Appeal.class).setParameter("appraisal", a).getResultStream()
                .anyMatch(p -> p.getState() == AppealState.PENDING && p.getIndicator().equals(filing.indicator()));
        Appeal p = Appeal.file(a, filing.indicator(), filing.reason(), access.actor(scope, a), LocalDate.now(clock), waiting, clock.instant());
        em.persist(p);
        em.persist(AppraisalNotice.appealed(p, clock.instant()));
        em.flush();
        audit.created(p);
        return p.data();
    }

    /** The evaluators' answer to an appeal: upheld with the new score, or rejected; with the reason either way. */
    @RolesAllowed(Roles.EVALUATOR)
    public cn.bangfu.appraisal.entity.AppealData answer(long appealId, AppealAnswer answer) {
        if (answer == null || answer.upheld() == null) {
            throw new InvalidInputException(FieldError.of("upheld", "field.required"));
        }
        Scope scope = caller.get();
        Appeal p = access.readableAppeal(scope, appealId);
        p.checkVersion(answer.version());
        AppraisalActor actor = access.actor(scope, p.getAppraisal());
        audit.change(p, answer.upheld() ? "UPHOLD" : "REJECT", () -> p.answer(answer.upheld(), answer.reason(), answer.score(), actor,
                clock.instant()));
        em.persist(AppraisalNotice.answered(p, clock.instant()));
        em.flush();
        return p.data();
    }

    /** Evidence of one indicator: the unit's (self-assessment, appeal) or an evaluator's (a bonus), at most nine files. */
    @RolesAllowed({Roles.EVALUATOR, Roles.UNIT})
    public AppraisalData attach(long id, String indicator, String fileName, byte[] content) {
        Scope scope = caller.get();
        Appraisal a = access.readable(scope, id);
        AppraisalActor actor = access.actor(scope, a);
        Indicator i = a.getScheme().indicator(indicator).filter(x -> x.getKind() != IndicatorKind.GROUP)
                .orElseThrow(() -> new NotFoundException("Indicator", indicator));
        LocalDate today = LocalDate.now(clock);
        if (!a.takesEvidence(actor, today)) {
            throw new AppraisalRefusedException(FieldError.of("file", "appraisal.evidence.closed"), a.getState(), a.allowed(actor, today));
        }
        long held = em.createNamedQuery(AppraisalEvidence.COUNT_OF, Long.class).setParameter("appraisal", a).setParameter("indicator", i.getCode())
                .getSingleResult();
        if (held >= AppraisalEvidence.MAX_PER_INDICATOR) {
            throw new InvalidInputException(FieldError.of("file", "appraisal.evidence.tooMany", AppraisalEvidence.MAX_PER_INDICATOR));
        }
        AppraisalEvidence e = new AppraisalEvidence(a, i.getCode(), fileName, content, scope.login(), clock.instant());
        audit.change(a, x -> "ATTACH " + i.getCode() + " " + e.getFile().getFileName(), () -> {
            em.persist(e);
            return e;
        });
        em.flush();
        return views.data(a, actor, today);
    }

    /** One evidence file, for whoever reads the form. */
    @RolesAllowed({Roles.OFFICE, Roles.EVALUATOR, Roles.LEADER, Roles.UNIT})
    public StoredFile evidence(long id, long evidenceId) {
        Appraisal a = access.readable(caller.get(), id);
        AppraisalEvidence e = em.find(AppraisalEvidence.class, evidenceId);
        if (e == null || !e.getAppraisal().equals(a)) {
            throw new NotFoundException("AppraisalEvidence", evidenceId);
        }
        return e.getFile();
    }

    private long pendingAppeals(Appraisal a) {
        return em.createNamedQuery(Appeal.PENDING_OF, Long.class).setParameter("appraisal", a).setParameter("pending", AppealState.PENDING)
                .getSingleResult();
    }

    private static void requireEvaluator(Scope scope, Campaign campaign) {
        if (!scope.has(Role.EVALUATOR) || !campaign.managedBy(scope)) {
            throw new ForbiddenException(scope.login() + " does not open the forms of campaign " + campaign.getCode());
        }
    }
}
