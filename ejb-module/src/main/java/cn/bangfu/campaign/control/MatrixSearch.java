package cn.bangfu.campaign.control;

import cn.bangfu.campaign.entity.MatrixFilter;
import cn.bangfu.campaign.entity.Assignment;
import cn.bangfu.campaign.entity.AssignmentData;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.MatrixRow;
import cn.bangfu.campaign.entity.TargetRef;
import cn.bangfu.org.control.RegionPaths;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.Where;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.platform.entity.Text;
import cn.bangfu.registry.entity.AssistanceTarget;
import cn.bangfu.registry.entity.Enterprise;
import cn.bangfu.registry.entity.KeyProject;
import cn.bangfu.registry.entity.TargetKind;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The assignment matrix (对口联系企业安排表 on screen): every target of the campaign's region that the
 * user sees, with its current assignment or none. Filters by text (name), region, industry, unit
 * (targets that unit helps) and "unassigned only". A page costs four queries whatever its size:
 * count, targets, their current assignments with leaders, and those assignments' units.
 */
@Dependent
public class MatrixSearch {

    private static final Map<String, String> SORTS = Map.of("name", "t.name", "regionCode", "r.code");

    @PersistenceContext
    EntityManager em;

    @Inject
    RegionPaths regionPaths;

    @Inject
    AssignmentSearch assignments;

    public Page<MatrixRow> find(Scope scope, Campaign campaign, MatrixFilter filter, PageRequest page) {
        String order = (page.sortField() == null ? "t.name" : SORTS.getOrDefault(page.sortField(), "t.name"))
                + (page.descending() ? " desc" : " asc") + ", t.id";
        String regionPath = regionPaths.within(scope, filter.regionCode());
        Where where = new Where().and("r.path like :campaignRegion", "campaignRegion", campaign.getRegion().pathPattern())
                .and("r.path like :scope", "scope", scope.pathPattern())
                .andIf(page.qPattern(), "lower(t.name) like :q escape '\\'", "q")
                .andIf(filter.kind() == null ? null : kindClass(filter.kind()), "type(t) = :kind", "kind")
                .andIf(regionPath == null ? null : regionPath + "%", "r.path like :region", "region")
                .andIf(filter.industry(), "t.id in (select e.id from Enterprise e where e.industry = :industry)", "industry");
        String unit = Text.clean(filter.unitCode());
        if (unit != null) {
            where.and("exists (select f from AssignmentUnit f join f.assignment fa where fa.target = t and fa.campaign = :campaign"
                    + " and fa.validTo is null and f.unit.code = :unitCode)", "unitCode", unit).param("campaign", campaign);
        }
        if (filter.unassignedOnly()) {
            where.and("not exists (select n from Assignment n where n.target = t and n.campaign = :campaign and n.validTo is null)")
                    .param("campaign", campaign);
        }
        Page<AssistanceTarget> targets = where.page(em, AssistanceTarget.class, "select t from AssistanceTarget t join fetch t.region r",
                "select count(t) from AssistanceTarget t join t.region r", order, page);
        Map<Long, AssignmentData> current = current(campaign, targets.items());
        return targets.map(t -> new MatrixRow(t.getId(), TargetRef.of(t), t instanceof Enterprise e ? e.getIndustry().name() : null,
                current.get(t.getId())));
    }

    /** How many targets (of one kind, or null: all) of the campaign's region the user sees have no current assignment. */
    public long unassigned(Scope scope, Campaign campaign, TargetKind kind) {
        return find(scope, campaign, new MatrixFilter(kind, null, null, null, true), new PageRequest(0, 1, null, null)).total();
    }

    private static Class<? extends AssistanceTarget> kindClass(TargetKind kind) {
        return kind == TargetKind.ENTERPRISE ? Enterprise.class : KeyProject.class;
    }

    private Map<Long, AssignmentData> current(Campaign campaign, List<AssistanceTarget> targets) {
        if (targets.isEmpty()) {
            return Map.of();
        }
        List<Assignment> list = em.createNamedQuery(Assignment.CURRENT_OF_TARGETS, Assignment.class).setParameter("campaign", campaign)
                .setParameter("targets", targets.stream().map(AssistanceTarget::getId).toList()).getResultList();
        List<AssignmentData> data = assignments.data(list);
        Map<Long, Long> targetOf = list.stream().collect(Collectors.toMap(Assignment::getId, a -> a.getTarget().getId()));
        return data.stream().collect(Collectors.toMap(d -> targetOf.get(d.id()), Function.identity()));
    }

    public static boolean sortable(String field) {
        return field == null || SORTS.containsKey(field);
    }
}
