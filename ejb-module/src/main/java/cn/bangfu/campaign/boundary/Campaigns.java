package cn.bangfu.campaign.boundary;

import cn.bangfu.platform.entity.Roles;
import cn.bangfu.campaign.control.CampaignLookup;
import cn.bangfu.campaign.entity.CampaignFilter;
import cn.bangfu.campaign.control.CampaignSearch;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.CampaignData;
import cn.bangfu.campaign.entity.CampaignStatus;
import cn.bangfu.campaign.entity.GroupMemberData;
import cn.bangfu.campaign.entity.GroupRole;
import cn.bangfu.campaign.entity.LeadingGroupMember;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The campaigns (帮扶行动) a user sees and, for the campaign office, creates and changes. A campaign
 * belongs to a region (the office's, unless it names one below): its targets, units and leaders lie
 * there. Its code identifies it for good; its status only moves forward.
 */
@Stateless
public class Campaigns {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    CampaignSearch search;

    @Inject
    CampaignLookup lookup;

    @Inject
    AuditTrail audit;

    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public Page<CampaignData> find(CampaignFilter filter, PageRequest page) {
        page.requireSort(CampaignSearch::sortable);
        Page<Campaign> found = search.find(caller.get(), filter == null ? CampaignFilter.NONE : filter, page);
        return new Page<>(search.data(found.items()), found.total());
    }

    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public CampaignData get(String code) {
        return lookup.visible(caller.get(), code).data();
    }

    @RolesAllowed(Roles.OFFICE)
    public CampaignData create(CampaignData data) {
        Scope scope = caller.get();
        CampaignData d = data.normalised();
        List<FieldError> errors = new ArrayList<>(data.problems());
        Region region = em.find(Region.class, d.regionCode() == null ? scope.regionCode() : d.regionCode());
        if (region == null || !scope.covers(region)) {
            errors.add(FieldError.of("regionCode", "campaign.region.outside", d.regionCode()));
            throw new InvalidInputException(errors);
        }
        Unit office = officeUnit(d, region, errors);
        List<LeadingGroupMember> group = group(d, region, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (lookup.exists(d.code())) {
            throw new ConflictException(FieldError.of("code", "campaign.code.taken", d.code()));
        }
        Campaign campaign = new Campaign(d, region, office, group);
        em.persist(campaign);
        audit.created(campaign);
        em.flush();
        return campaign.data();
    }

    /** Changes everything but the code and the region; send the version read. The status only moves forward. */
    @RolesAllowed(Roles.OFFICE)
    public CampaignData update(String code, CampaignData data) {
        Scope scope = caller.get();
        Campaign campaign = lookup.managed(scope, code);
        campaign.requireVersion(data.version());
        CampaignData d = data.with(campaign.getCode(), data.version()).normalised();
        List<FieldError> errors = new ArrayList<>(d.problems());
        if (data.code() != null && !data.code().strip().equals(campaign.getCode())) {
            errors.add(FieldError.of("code", "campaign.code.immutable"));
        }
        CampaignStatus next = CampaignStatus.of(d.status());
        if (next != null && !campaign.getStatus().mayBecome(next)) {
            errors.add(FieldError.of("status", "campaign.status.backwards", campaign.getStatus().name(), next.name()));
        }
        Unit office = officeUnit(d, campaign.getRegion(), errors);
        List<LeadingGroupMember> group = group(d, campaign.getRegion(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        audit.update(campaign, () -> campaign.apply(d, office, group));
        em.flush();
        return campaign.data();
    }

    private Unit officeUnit(CampaignData d, Region region, List<FieldError> errors) {
        if (d.officeUnit() == null) {
            return null;
        }
        Unit unit = em.createNamedQuery(Unit.BY_CODE, Unit.class).setParameter("code", d.officeUnit()).getResultStream().findFirst()
                .orElse(null);
        if (unit == null || !region.contains(unit.getRegion())) {
            errors.add(FieldError.of("officeUnit", "campaign.officeUnit.outside", d.officeUnit(), region.getName()));
            return null;
        }
        return unit;
    }

    private List<LeadingGroupMember> group(CampaignData d, Region region, List<FieldError> errors) {
        List<LeadingGroupMember> group = new ArrayList<>();
        for (GroupMemberData g : d.leadingGroup()) {
            GroupRole role = GroupRole.of(g.role());
            if (g.cadre() == null || role == null) {
                continue;
            }
            Cadre cadre = em.createNamedQuery(Cadre.BY_ID, Cadre.class).setParameter("id", g.cadre()).getResultStream().findFirst()
                    .orElse(null);
            if (cadre == null || !region.contains(cadre.getUnit().getRegion())) {
                errors.add(FieldError.of("leadingGroup", "campaign.group.outside", String.valueOf(g.cadre()), region.getName()));
            } else if (group.stream().noneMatch(m -> m.getCadre().equals(cadre))) {
                group.add(new LeadingGroupMember(cadre, role));
            }
        }
        return group;
    }
}
