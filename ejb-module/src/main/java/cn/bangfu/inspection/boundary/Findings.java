package cn.bangfu.inspection.boundary;

import cn.bangfu.inspection.control.FindingAccess;
import cn.bangfu.inspection.control.FindingViews;
import cn.bangfu.inspection.control.InspectionNotice;
import cn.bangfu.inspection.control.PhotoIntake;
import cn.bangfu.inspection.control.ResponsibleUnits;
import cn.bangfu.inspection.control.RoundAccess;
import cn.bangfu.inspection.entity.Finding;
import cn.bangfu.inspection.entity.FindingData;
import cn.bangfu.inspection.entity.FindingDraft;
import cn.bangfu.inspection.entity.InspectionPhoto;
import cn.bangfu.inspection.entity.InspectionRound;
import cn.bangfu.inspection.entity.InspectionVisit;
import cn.bangfu.inspection.entity.Rectification;
import cn.bangfu.inspection.entity.RectificationData;
import cn.bangfu.inspection.entity.RectificationOrder;
import cn.bangfu.inspection.entity.RoundStatus;
import cn.bangfu.inspection.entity.MyInspectionData;
import cn.bangfu.inspection.entity.RoundData;
import cn.bangfu.inspection.entity.Severity;
import cn.bangfu.inspection.entity.VisitSheet;
import cn.bangfu.inspection.entity.StoredPhoto;
import cn.bangfu.ledger.control.ProblemCategories;
import cn.bangfu.ledger.control.ProblemIntake;
import cn.bangfu.ledger.control.WorkCalendars;
import cn.bangfu.ledger.entity.Difficulty;
import cn.bangfu.ledger.entity.Problem;
import cn.bangfu.ledger.entity.ProblemActor;
import cn.bangfu.ledger.entity.ProblemSource;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.control.Where;
import cn.bangfu.platform.entity.Codes;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.platform.entity.Roles;
import cn.bangfu.platform.entity.Text;
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

/**
 * Findings (督查发现): filed on site by the visit's team (or the office) against the round's checklist, with photos from the
 * phone's camera; registered in the ledger as a problem in one step; sent to the responsible unit as a rectification.
 * Readers of the round list them; the responsible unit reads its own.
 */
@Stateless
public class Findings {

    /** The photo's content type and bytes, checked against the checksum it was stored with. */
    public record PhotoContent(String contentType, byte[] content) {
    }

    /** Filters of a round's findings: a visit, a unit's code, a checklist item, a severity; null for all. */
    public record Filter(Long visit, String unitCode, String item, String severity) {
    }

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    RoundAccess rounds;

    @Inject
    FindingAccess access;

    @Inject
    FindingViews views;

    @Inject
    ResponsibleUnits responsible;

    @Inject
    PhotoIntake photos;

    @Inject
    WorkCalendars calendars;

    @Inject
    ProblemCategories categories;

    @Inject
    ProblemIntake intake;

    @Inject
    AuditTrail audit;

    /** A round's findings, newest first, a page at a time. */
    @RolesAllowed({Roles.OFFICE, Roles.INSPECTOR, Roles.EVALUATOR, Roles.LEADER})
    public Page<FindingData> list(String campaignCode, long roundId, Filter filter, PageRequest page) {
        InspectionRound round = rounds.readable(caller.get(), campaignCode, roundId);
        Filter f = filter == null ? new Filter(null, null, null, null) : filter;
        List<FieldError> errors = new ArrayList<>();
        Severity severity = Codes.parse(errors, "severity", f.severity(), Severity.class, null);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Where where = new Where().and("f.round = :round", "round", round).andIf(f.visit(), "f.visit.id = :visit", "visit")
                .andIf(blankToNull(f.unitCode()), "f.unit.code = :unit", "unit").andIf(blankToNull(f.item()), "f.itemCode = :item", "item")
                .andIf(severity, "f.severity = :severity", "severity");
        Page<Finding> found = where.page(em, Finding.class, "select f from Finding f join fetch f.unit join fetch f.visit v"
                + " left join fetch v.target t left join fetch t.region left join fetch v.unit vu left join fetch vu.region",
                "select count(f) from Finding f", "f.id desc", page);
        return new Page<>(views.of(found.items()), found.total());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Files a finding on a visit of the round: the visit's team or the office, once the round is out (SCHEDULED or
     * IN_PROGRESS, which the first finding moves it to) and the visit's day has come. Every field is checked before
     * anything is saved.
     */
    @RolesAllowed({Roles.OFFICE, Roles.INSPECTOR})
    public FindingData file(String campaignCode, long roundId, FindingDraft draft) {
        if (draft == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        Scope scope = caller.get();
        InspectionRound round = rounds.readable(scope, campaignCode, roundId);
        if (draft.visit() == null) {
            throw new InvalidInputException(FieldError.of("visit", "field.required"));
        }
        InspectionVisit visit = access.fileable(scope, draft.visit());
        if (!visit.getRound().equals(round)) {
            throw new InvalidInputException(FieldError.of("visit", "inspection.schedule.visitUnknown", draft.visit()));
        }
        List<FieldError> errors = Finding.problems(round, draft.item(), draft.severity(), draft.description(), new ArrayList<>());
        Unit unit = unit(visit, draft.unitCode(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDate today = LocalDate.now(clock);
        Finding f = Finding.file(visit, draft.item(), Codes.parse(Severity.class, draft.severity()), draft.description(), unit, scope.login(),
                clock.instant(), today);
        em.persist(f);
        if (round.getStatus() == RoundStatus.SCHEDULED) {
            audit.change(round, "IN_PROGRESS", () -> round.moveTo(RoundStatus.IN_PROGRESS));
        }
        em.flush();
        audit.created(f);
        return views.one(f);
    }

    /** The responsible unit named, or by default the inspected unit or the target's leading unit. */
    private Unit unit(InspectionVisit visit, String unitCode, List<FieldError> errors) {
        List<Unit> allowed = responsible.of(visit);
        if (unitCode == null || unitCode.isBlank()) {
            if (allowed.isEmpty()) {
                errors.add(FieldError.of("unitCode", "field.required"));
                return null;
            }
            return allowed.get(0);
        }
        Unit u = allowed.stream().filter(x -> x.getCode().equals(unitCode.strip())).findFirst().orElse(null);
        if (u == null) {
            errors.add(FieldError.of("unitCode", "inspection.finding.unit", unitCode.strip(),
                    String.join("、", allowed.stream().map(Unit::getName).toList())));
        }
        return u;
    }

    /** One visit with its findings, the round's checklist and the units a finding may name, for the page the team files on. */
    @RolesAllowed({Roles.OFFICE, Roles.INSPECTOR, Roles.EVALUATOR, Roles.LEADER})
    public VisitSheet visit(long visitId) {
        Scope scope = caller.get();
        InspectionVisit v = em.find(InspectionVisit.class, visitId);
        if (v == null || v.getTeam() == null || !rounds.reads(scope, v.getRound())) {
            throw new NotFoundException("InspectionVisit", visitId);
        }
        InspectionRound round = v.getRound();
        boolean fileable = access.files(scope, v);
        List<VisitSheet.UnitChoice> units = fileable
                ? responsible.of(v).stream().map(u -> new VisitSheet.UnitChoice(u.getCode(), u.getName())).toList() : List.of();
        return new VisitSheet(MyInspectionData.of(v), round.getStatus().name(),
                round.getChecklist().stream().map(i -> new RoundData.Item(i.getCode(), i.getName())).toList(), units, fileable,
                views.of(em.createNamedQuery(Finding.OF_VISIT, Finding.class).setParameter("visit", v).getResultList()));
    }

    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.INSPECTOR, Roles.EVALUATOR, Roles.LEADER})
    public FindingData get(long id) {
        return views.one(access.readable(caller.get(), id));
    }

    /**
     * Adds a photo to a finding (the visit's team or the office, until the round closes): JPEG or PNG by content, at most
     * {@link cn.bangfu.platform.control.Images#MAX_BYTES}, {@link InspectionPhoto#MAX_PER_RECORD} to a finding.
     */
    @RolesAllowed({Roles.OFFICE, Roles.INSPECTOR})
    public FindingData addPhoto(long findingId, byte[] bytes) {
        Scope scope = caller.get();
        Finding f = access.actionable(scope, findingId);
        if (f.getRound().getStatus() == RoundStatus.CLOSED) {
            throw new ConflictException(FieldError.of("round", "inspection.finding.roundClosed", f.getRound().getName()));
        }
        long count = em.createNamedQuery(InspectionPhoto.COUNT_OF_FINDING, Long.class).setParameter("finding", f).getSingleResult();
        if (count >= InspectionPhoto.MAX_PER_RECORD) {
            throw new ConflictException(FieldError.of("photo", "photo.tooMany", InspectionPhoto.MAX_PER_RECORD));
        }
        em.persist(new InspectionPhoto(f, null, photos.store(bytes), scope.login(), clock.instant()));
        em.flush();
        return views.one(f);
    }

    /** A photo, to whoever reads its finding (404 to anyone else), as stored: the checksum is verified on every read. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.INSPECTOR, Roles.EVALUATOR, Roles.LEADER})
    public PhotoContent photo(long id) {
        StoredPhoto p = access.readablePhoto(caller.get(), id).stored();
        return new PhotoContent(p.contentType(), photos.read(p));
    }

    /**
     * Registers the finding in the ledger as a problem of the inspected target (source INSPECTION), in one step and once:
     * the category is the inspector's choice, title and description come from the finding.
     */
    @RolesAllowed({Roles.OFFICE, Roles.INSPECTOR})
    public FindingData registerProblem(long findingId, String category) {
        Scope scope = caller.get();
        Finding f = access.actionable(scope, findingId);
        if (f.getProblemId() != null) {
            throw new ConflictException(FieldError.of("problemId", "inspection.finding.registered", f.getProblemId()));
        }
        InspectionVisit v = f.getVisit();
        if (v.getTarget() == null) {
            throw new ConflictException(FieldError.of("visit", "inspection.finding.notTarget", v.getUnit().getName()));
        }
        List<FieldError> errors = new ArrayList<>();
        String code = null;
        if (category == null || category.isBlank()) {
            errors.add(FieldError.of("category", "field.required"));
        } else {
            code = categories.find(category, v.getTarget().getRegion().getPath()).map(ProblemCategories.Category::code).orElse(null);
            if (code == null) {
                errors.add(FieldError.of("category", "ledger.category.unknown", category));
            }
        }
        String title = Text.clean(f.itemName() + "：" + f.getDescription());
        if (Text.longerThan(title, Problem.TITLE_MAX)) {
            title = title.substring(0, Problem.TITLE_MAX - 1) + "…";
        }
        Problem.Registration r = new Problem.Registration(f.getRound().getCampaign(), v.getTarget(), title, f.getDescription(),
                code == null ? category : code, ProblemSource.INSPECTION, Difficulty.ORDINARY, v.getDay(), null);
        boolean office = rounds.manages(scope, f.getRound().getCampaign());
        Problem p = intake.register(r, errors, new ProblemActor(scope.login(), scope.unitId(), office, false, false), !office);
        audit.change(f, "REGISTERED", () -> f.registeredAs(p.getId()));
        return views.one(f);
    }

    /**
     * Sends the finding's unit a rectification due on a deadline or after a number of working days (the visit's team or
     * the office; once per finding, 409 after).
     */
    @RolesAllowed({Roles.OFFICE, Roles.INSPECTOR})
    public RectificationData rectify(long findingId, RectificationOrder order) {
        if (order == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        Scope scope = caller.get();
        Finding f = access.actionable(scope, findingId);
        Rectification.requireNone(em.createNamedQuery(Rectification.OF_FINDINGS, Rectification.class)
                .setParameter("ids", List.of(f.getId())).getResultStream().findFirst().orElse(null));
        Instant now = clock.instant();
        Rectification r = Rectification.issue(f, order.deadline(), order.workingDays(), calendars.current(), scope.login(), now,
                LocalDate.now(clock));
        em.persist(r);
        em.flush();
        em.persist(r.issued());
        audit.created(r);
        em.persist(InspectionNotice.toUnit(InspectionNotice.RECTIFY, r, null, now));
        em.flush();
        return views.one(scope, r);
    }
}
