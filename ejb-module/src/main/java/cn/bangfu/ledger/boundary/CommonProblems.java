package cn.bangfu.ledger.boundary;

import cn.bangfu.campaign.control.CampaignLookup;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.ledger.control.ProblemCategories;
import cn.bangfu.ledger.control.ProblemScope;
import cn.bangfu.ledger.control.ProblemViews;
import cn.bangfu.ledger.entity.CommonProblem;
import cn.bangfu.ledger.entity.CommonProblemData;
import cn.bangfu.ledger.entity.CommonProblemDraft;
import cn.bangfu.ledger.entity.Problem;
import cn.bangfu.ledger.entity.ProblemActor;
import cn.bangfu.ledger.entity.ProblemData;
import cn.bangfu.ledger.entity.ProblemEvent;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.control.ChunkedLookup;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.NotFoundException;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Common problems (共性问题): the office merges the same problem of several enterprises into one and answers it at
 * policy level; the answer resolves every open member, and each member's enterprise still rates its own. Members are
 * open problems of the campaign that the office sees, of at least two enterprises.
 */
@Stateless
@RolesAllowed(Roles.OFFICE)
public class CommonProblems {

    /** The common problems a list shows: a county answers a few dozen a year. */
    static final int SHOWN = 100;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    CampaignLookup campaigns;

    @Inject
    ProblemScope problemScope;

    @Inject
    ProblemCategories categories;

    @Inject
    ProblemViews views;

    @Inject
    AuditTrail audit;

    public CommonProblemData merge(String campaignCode, CommonProblemDraft draft, Locale locale) {
        if (draft == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        Scope scope = caller.get();
        Campaign campaign = campaigns.managed(scope, campaignCode);
        List<Problem> members = ChunkedLookup.all(em, Problem.BY_IDS, Problem.class, "ids", draft.problems()).stream()
                .filter(p -> p.getCampaign().equals(campaign) && problemScope.sees(scope, p)).toList();
        List<FieldError> errors = new ArrayList<>();
        if (members.size() < draft.problems().stream().distinct().count()) {
            errors.add(FieldError.of("problems", "ledger.common.unknown"));
        }
        if (members.stream().map(Problem::getTargetId).distinct().count() < 2) {
            errors.add(FieldError.of("problems", "ledger.common.members"));
        }
        String category = draft.category() == null ? null
                : categories.find(draft.category(), campaign.getRegion().getPath()).map(ProblemCategories.Category::code).orElse(null);
        if (draft.category() != null && category == null) {
            errors.add(FieldError.of("category", "ledger.category.unknown", draft.category()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CommonProblem common = new CommonProblem(campaign, draft.title(), category, scope.login(), clock.instant());
        em.persist(common);
        for (Problem p : members) {
            audit.change(p, "MERGE", () -> p.joinCommon(common));
        }
        em.flush();
        audit.created(common);
        return data(scope, common, locale);
    }

    /** The campaign's common problems, newest first ({@link #SHOWN} at most), each with its members: read in three queries. */
    public List<CommonProblemData> list(String campaignCode, Locale locale) {
        Scope scope = caller.get();
        Campaign campaign = campaigns.managed(scope, campaignCode);
        List<CommonProblem> commons = em.createNamedQuery(CommonProblem.OF_CAMPAIGN, CommonProblem.class).setParameter("campaign", campaign)
                .setMaxResults(SHOWN).getResultList();
        List<Problem> members = ChunkedLookup.all(em, CommonProblem.MEMBERS_OF, Problem.class, "ids", commons.stream().map(CommonProblem::getId).toList());
        Map<Long, List<ProblemData>> byCommon = new HashMap<>();
        List<ProblemData> shown = views.page(scope, members, locale);
        for (ProblemData m : shown) {
            byCommon.computeIfAbsent(m.commonProblemId(), k -> new ArrayList<>()).add(m);
        }
        return commons.stream().map(c -> c.data(byCommon.getOrDefault(c.getId(), List.of()))).toList();
    }

    /** Answers the common problem: every open member is resolved with the policy answer. */
    public CommonProblemData resolve(String campaignCode, long id, String policyAnswer, Long version, Locale locale) {
        Scope scope = caller.get();
        Campaign campaign = campaigns.managed(scope, campaignCode);
        CommonProblem common = em.find(CommonProblem.class, id);
        if (common == null || !common.getCampaign().equals(campaign)) {
            throw new NotFoundException("CommonProblem", id);
        }
        common.checkVersion(version);
        List<Problem> members = members(common);
        ProblemActor office = new ProblemActor(scope.login(), scope.unitId(), true, false, false);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Map<Problem, Map<String, String>> before = new HashMap<>();
        members.forEach(p -> before.put(p, p.auditSnapshot()));
        List<ProblemEvent> events = new ArrayList<>();
        audit.change(common, "RESOLVE", () -> events.addAll(common.resolve(policyAnswer, members, office, now, today)));
        for (ProblemEvent e : events) {
            em.persist(e);
            audit.updated(e.getProblem(), before.get(e.getProblem()));
        }
        em.flush();
        return data(scope, common, locale);
    }

    private List<Problem> members(CommonProblem common) {
        return em.createNamedQuery(CommonProblem.MEMBERS, Problem.class).setParameter("common", common).getResultList();
    }

    private CommonProblemData data(Scope scope, CommonProblem common, Locale locale) {
        return common.data(views.page(scope, members(common), locale));
    }
}
