package cn.bangfu.inspection.control;

import cn.bangfu.campaign.control.CampaignLookup;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.inspection.entity.InspectionRound;
import cn.bangfu.inspection.entity.InspectionTeam;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.entity.ForbiddenException;
import cn.bangfu.platform.entity.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;

/**
 * Who sees and who changes a round. The office, evaluators and leaders who see the campaign see its rounds; an inspector
 * sees the rounds he is on a team of; anyone else gets 404, as for a round that does not exist. Only the office of the
 * campaign's region changes one (403 for an office that only sees it).
 */
@Dependent
public class RoundAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    CampaignLookup campaigns;

    public InspectionRound readable(Scope scope, String campaignCode, long roundId) {
        Campaign campaign = campaigns.visible(scope, campaignCode);
        InspectionRound round = em.find(InspectionRound.class, roundId);
        if (round == null || !round.getCampaign().equals(campaign) || !reads(scope, round)) {
            throw new NotFoundException("InspectionRound", roundId);
        }
        return round;
    }

    public InspectionRound managed(Scope scope, String campaignCode, long roundId) {
        InspectionRound round = readable(scope, campaignCode, roundId);
        if (!manages(scope, round.getCampaign())) {
            throw new ForbiddenException(scope.login() + " does not manage the inspection of campaign " + campaignCode);
        }
        return round;
    }

    public boolean manages(Scope scope, Campaign campaign) {
        return scope.has(Role.OFFICE) && campaign.managedBy(scope);
    }

    /** Whether the caller sees every round of a campaign he sees, or only the rounds of his teams. */
    public boolean seesAll(Scope scope) {
        return scope.hasAny(Role.OFFICE, Role.EVALUATOR, Role.LEADER);
    }

    /** The rounds the caller is on a team of. */
    public Set<Long> roundsOf(Scope scope) {
        return new HashSet<>(em.createNamedQuery(InspectionTeam.ROUNDS_OF_MEMBER, Long.class).setParameter("login", scope.login())
                .getResultList());
    }

    /** Whether the caller reads the round: he sees its campaign and everything in it, or he is on one of its teams. */
    public boolean reads(Scope scope, InspectionRound round) {
        return (seesAll(scope) && round.getCampaign().visibleTo(scope)) || onTeamOf(scope, round);
    }

    /** Whether the caller inspects in the round: an inspector on one of its teams (he verifies its rectifications). */
    public boolean onTeamOf(Scope scope, InspectionRound round) {
        return scope.has(Role.INSPECTOR) && roundsOf(scope).contains(round.getId());
    }

    /** Whether the caller is on the team (files findings on its visits). */
    public boolean onTeam(Scope scope, InspectionTeam team) {
        return team != null && scope.has(Role.INSPECTOR) && team.hasMember(scope.login());
    }
}
