package cn.bangfu.registry.entity;

import cn.bangfu.org.entity.Region;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** A key project (重点项目): assisted like an enterprise, filed under a category, with its total investment in 万元. */
@Entity
@Table(name = "key_project")
@DiscriminatorValue("KEY_PROJECT")
@NamedQuery(name = KeyProject.BY_ID, query = "select p from KeyProject p join fetch p.region join fetch p.category where p.id = :id")
@NamedQuery(name = KeyProject.IN_REGIONS, query = "select p from KeyProject p join fetch p.region r join fetch p.category where r.code in :codes")
@NamedQuery(name = KeyProject.NAMED_WITHIN, query = "select p from KeyProject p join fetch p.region r where r.path like :region and p.name in :names")
public class KeyProject extends AssistanceTarget {

    public static final String BY_ID = "KeyProject.byId";
    /** The projects directly in the regions whose codes are the parameter {@code codes}. */
    public static final String IN_REGIONS = "KeyProject.inRegions";
    public static final String NAMED_WITHIN = "KeyProject.namedWithin";

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "category_code", nullable = false)
    private KeyProjectCategory category;

    /** 总投资, in 万元 (ten thousand yuan), as project lists state it. */
    @Column(name = "total_investment")
    private BigDecimal totalInvestment;

    @Column(name = "owner_name")
    private String owner;

    protected KeyProject() {
    }

    /** A new key project from data that passed {@link KeyProjectData#problems()}, with its stored region and category. */
    public KeyProject(KeyProjectData data, Region region, KeyProjectCategory category) {
        apply(data, region, category);
    }

    public void apply(KeyProjectData data, Region region, KeyProjectCategory category) {
        KeyProjectData d = data.normalised();
        applyCommon(d.name(), region);
        this.category = category;
        // Kept as entered so 1200 and 1200.00 do not count as a change; compareTo in the snapshot decides.
        this.totalInvestment = totalInvestment != null && d.totalInvestment() != null
                && totalInvestment.compareTo(d.totalInvestment()) == 0 ? totalInvestment : d.totalInvestment();
        this.owner = d.owner();
    }

    public KeyProjectData data() {
        return new KeyProjectData(getId(), getName(), category.getCode(), totalInvestment, getRegion().getCode(), owner, getVersion());
    }

    @Override
    public TargetKind kind() {
        return TargetKind.KEY_PROJECT;
    }

    @Override
    public String auditType() {
        return "KeyProject";
    }

    @Override
    public String auditId() {
        return String.valueOf(getId());
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", getName());
        m.put("category", category == null ? null : category.getCode());
        m.put("totalInvestment", totalInvestment == null ? null : totalInvestment.stripTrailingZeros().toPlainString());
        m.put("regionCode", getRegion() == null ? null : getRegion().getCode());
        m.put("owner", owner);
        return m;
    }

    public KeyProjectCategory getCategory() {
        return category;
    }

    public BigDecimal getTotalInvestment() {
        return totalInvestment;
    }

    public String getOwner() {
        return owner;
    }
}
