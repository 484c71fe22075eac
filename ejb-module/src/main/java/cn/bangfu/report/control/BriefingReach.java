package cn.bangfu.report.control;

import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.Where;

/**
 * Which of a campaign's records a caller's briefing counts, as conditions for its queries. The office and the evaluation
 * officer see their region: the targets there and the units there (a county's office the whole county's campaign). A
 * contact leader sees the targets he leads now, as the ledger shows him their problems ({@code ProblemScope}); the
 * findings and rectifications counted for him are those of inspections of those targets. The ledger's own figures come
 * from its metrics, which apply the same rule to problems.
 */
public record BriefingReach(long campaignId, String regionPattern, Long leaderCadre) {

    /** Targets a contact leader leads now in the campaign. */
    private static final String LED = " in (select la.target.id from Assignment la where la.campaign.id = :reachCampaign"
            + " and la.contactLeader.id = :reachCadre and la.validTo is null)";

    public static BriefingReach of(Scope scope, Campaign campaign) {
        Long cadre = null;
        if (!scope.hasAny(Role.OFFICE, Role.EVALUATOR)) {
            // a leader's account that names no cadre yet leads nothing: -1 matches no cadre
            cadre = scope.cadreId() == null ? -1L : scope.cadreId();
        }
        return new BriefingReach(campaign.getId(), scope.pathPattern(), cadre);
    }

    /** Whether the briefing is a contact leader's, narrowed to the targets he leads. */
    public boolean ledTargetsOnly() {
        return leaderCadre != null;
    }

    /** Narrows {@code where} to the targets the caller reaches; {@code target} is a JPQL alias of an AssistanceTarget. */
    public Where targets(Where where, String target) {
        where.and(target + ".region.path like :reachRegion", "reachRegion", regionPattern);
        return ledTargetsOnly() ? led(where, target + ".id") : where;
    }

    /**
     * Narrows {@code where} to records against a unit the caller reaches: {@code unit} is the alias of the unit, {@code
     * targetId} the path of the id of the target inspected (a leader's briefing counts the inspections of his targets).
     */
    public Where units(Where where, String unit, String targetId) {
        return ledTargetsOnly() ? led(where, targetId) : where.and(unit + ".region.path like :reachRegion", "reachRegion", regionPattern);
    }

    private Where led(Where where, String targetId) {
        return where.and(targetId + LED, "reachCampaign", campaignId).param("reachCadre", leaderCadre);
    }
}
