package cn.bangfu.appraisal.boundary;

import cn.bangfu.appraisal.control.GradeRules;
import cn.bangfu.appraisal.control.Grading;
import cn.bangfu.appraisal.control.Standings;
import cn.bangfu.appraisal.entity.AppraisalState;
import cn.bangfu.appraisal.entity.ResultsData;
import cn.bangfu.appraisal.entity.SchemeStatus;
import cn.bangfu.appraisal.entity.ScoringScheme;
import cn.bangfu.campaign.control.CampaignLookup;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * The results of a scheme: the ranking within each unit type, the grades and the quota use. Those who follow the
 * campaign see the standings as they are (provisional while forms are scored); a unit sees the published results only.
 */
@Stateless
public class AppraisalResults {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    CampaignLookup campaigns;

    @Inject
    Standings standings;

    @RolesAllowed({Roles.OFFICE, Roles.EVALUATOR, Roles.LEADER, Roles.UNIT})
    public ResultsData of(String campaignCode, Long schemeId) {
        Scope scope = caller.get();
        Campaign campaign = campaigns.visible(scope, campaignCode);
        if (schemeId == null) {
            throw new InvalidInputException(FieldError.of("schemeId", "field.required"));
        }
        ScoringScheme scheme = em.find(ScoringScheme.class, schemeId);
        if (scheme == null || !scheme.getCampaign().equals(campaign) || scheme.getStatus() != SchemeStatus.PUBLISHED) {
            throw new InvalidInputException(FieldError.of("schemeId", "appraisal.scheme.unknown", schemeId));
        }
        Standings.Table table = standings.of(scheme);
        boolean unitOnly = !scope.hasAny(Role.OFFICE, Role.EVALUATOR, Role.LEADER);
        boolean complete = table.complete();
        boolean published = table.published();
        List<ResultsData.Item> items = unitOnly && !published ? List.of() : table.graded().results().stream()
                .map(r -> new ResultsData.Item(r.unitCode(), table.unitNames().get(r.id()), r.unitType(), ScoringScheme.points(r.total()), r.rank(),
                        r.grade().name(), r.vetoed(), r.heldBackByQuota(), r.id(), table.states().get(r.id()).name())).toList();
        List<ResultsData.QuotaUse> quotas = unitOnly && !published ? List.of() : table.graded().quotaUse().stream()
                .map(q -> new ResultsData.QuotaUse(q.unitType(), q.grade().name(), q.units(), q.limit())).toList();
        GradeRules g = table.rules();
        return new ResultsData(scheme.getId(), scheme.getName(), ScoringScheme.points(scheme.getTotal()), new ResultsData.Rules(
                ScoringScheme.points(g.excellentFrom()), ScoringScheme.points(g.goodFrom()), ScoringScheme.points(g.passFrom()),
                g.excellentQuotaPercent(), g.goodQuotaPercent()), complete, items, quotas);
    }
}
