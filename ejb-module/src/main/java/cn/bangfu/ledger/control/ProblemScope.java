package cn.bangfu.ledger.control;

import cn.bangfu.campaign.entity.Assignment;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.ledger.entity.Problem;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.Where;
import cn.bangfu.registry.control.UnitTargets;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Which problems a user sees (the same rule for lists, reads and changes): an enterprise account its own enterprise's;
 * a unit the problems routed to it (主办 or 协办) and those of the targets it helps now; the office, inspectors and
 * evaluators those of their region and below; a contact leader those of the targets he leads now. Everyone else none.
 * A problem outside the scope is answered 404, as if it did not exist.
 */
@Dependent
public class ProblemScope {

    /** The problems routed to the unit {@code :helper}, as 主办 or as 协办. */
    private static final String ROUTED_TO_UNIT = "(p.responsibleUnitId = :helper or p.id in (select pa.id from Problem pa join pa.assistingUnits pau"
            + " where pau.id = :helper))";

    private static final String LED_BY = "p.targetId in (select la.target.id from Assignment la where la.contactLeader.id = :cadre"
            + " and la.validTo is null)";

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitTargets helped;

    /**
     * The problems of a campaign (aliased {@code p}) that the user sees: where every list and count of a campaign starts.
     * An office whose region holds the whole campaign's needs no region condition: the campaign's targets lie in its region.
     */
    public Where of(Scope scope, Campaign campaign) {
        Where where = new Where().and("p.campaignId = :campaign", "campaign", campaign.getId());
        return kind(scope) == Kind.REGION && scope.covers(campaign.getRegion()) ? where : narrow(where, scope);
    }

    /**
     * The condition "in the region with this path or below" on problems aliased {@code p}, the path's LIKE pattern bound as
     * {@code :param}: by the problem's region code among the region's (a few hundred rows), which the index on (campaign,
     * region code) serves whatever the database's collation; a LIKE on the problem's own path is a scan of the campaign
     * unless the collation is C.
     */
    public static String inRegion(String param) {
        return "p.regionCode in (select sr.code from Region sr where sr.path like :" + param + ")";
    }

    /** Narrows a query over problems aliased {@code p} to those the user sees. */
    public Where narrow(Where where, Scope scope) {
        switch (kind(scope)) {
            case ENTERPRISE -> where.and("p.targetId = :enterprise", "enterprise", scope.enterpriseId() == null ? -1L : scope.enterpriseId());
            case UNIT -> helped.narrow(where, "p.targetId", scope.unitId(), ROUTED_TO_UNIT);
            case REGION -> where.and(inRegion("scope"), "scope", scope.pathPattern());
            case LEADER -> where.and(LED_BY, "cadre", scope.cadreId() == null ? -1L : scope.cadreId())
                    .and(inRegion("scope"), "scope", scope.pathPattern());
            default -> where.and("1 = 0");
        }
        return where;
    }

    /** Whether the user sees this problem. */
    public boolean sees(Scope scope, Problem p) {
        return switch (kind(scope)) {
            case ENTERPRISE -> p.getTargetId().equals(scope.enterpriseId());
            case UNIT -> scope.isUnit(p.getResponsibleUnit()) || p.getAssistingUnits().stream().anyMatch(scope::isUnit)
                    || helped.helps(scope.unitId(), p.getTargetId());
            case REGION -> p.getRegionPath().startsWith(scope.regionPath());
            case LEADER -> scope.cadreId() != null && p.getRegionPath().startsWith(scope.regionPath())
                    && em.createNamedQuery(Assignment.COUNT_LED, Long.class).setParameter("cadre", scope.cadreId())
                    .setParameter("target", p.getTargetId()).getSingleResult() > 0;
            default -> false;
        };
    }

    enum Kind {
        ENTERPRISE, UNIT, REGION, LEADER, NONE
    }

    static Kind kind(Scope scope) {
        if (scope.enterpriseOnly()) {
            return Kind.ENTERPRISE;
        }
        if (scope.unitOnly()) {
            return Kind.UNIT;
        }
        if (scope.hasAny(Role.OFFICE, Role.INSPECTOR, Role.EVALUATOR)) {
            return Kind.REGION;
        }
        return scope.has(Role.LEADER) ? Kind.LEADER : Kind.NONE;
    }
}
