package cn.bangfu.registry.entity;

import cn.bangfu.org.entity.Region;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An enterprise (企业), identified for good by its unified social credit code. The four scale flags
 * are four boolean columns, so "四上 enterprises of 平江县" is a plain where clause; free tags are
 * a collection table, kept sorted so the same tags always read the same.
 */
@Entity
@Table(name = "enterprise")
@DiscriminatorValue("ENTERPRISE")
@NamedQuery(name = Enterprise.BY_CREDIT_CODE, query = "select e from Enterprise e join fetch e.region where e.creditCode = :creditCode")
// An import loads up to a thousand enterprises at a time and compares their tags: read the tags of all of them in one more query.
@NamedQuery(name = Enterprise.BY_CREDIT_CODES, query = "select e from Enterprise e join fetch e.region where e.creditCode in :codes",
        hints = {@QueryHint(name = "eclipselink.batch", value = "e.tags"), @QueryHint(name = "eclipselink.batch.type", value = "IN")})
@NamedQuery(name = Enterprise.COUNT, query = "select count(e) from Enterprise e")
@NamedQuery(name = Enterprise.BY_IDS, query = "select e from Enterprise e where e.id in :ids")
@NamedQuery(name = Enterprise.PICK_WITHIN, query = "select e from Enterprise e join fetch e.region r where r.path like :region"
        + " and (lower(e.name) like :q escape '\\' or lower(e.creditCode) like :q escape '\\') order by e.name, e.id")
public class Enterprise extends AssistanceTarget {

    public static final String BY_CREDIT_CODE = "Enterprise.byCreditCode";
    public static final String BY_IDS = "Enterprise.byIds";
    /** Enterprises of a region whose name or credit code contains {@code q} (a Like pattern): the pickers. */
    public static final String PICK_WITHIN = "Enterprise.pickWithin";
    public static final String BY_CREDIT_CODES = "Enterprise.byCreditCodes";
    public static final String COUNT = "Enterprise.count";

    @Column(name = "credit_code", nullable = false, unique = true, updatable = false)
    private String creditCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Industry industry;

    @Column(name = "above_scale_industry", nullable = false)
    private boolean aboveScaleIndustry;

    @Column(name = "above_quota_trade", nullable = false)
    private boolean aboveQuotaTrade;

    @Column(name = "qualified_construction", nullable = false)
    private boolean qualifiedConstruction;

    @Column(name = "above_scale_services", nullable = false)
    private boolean aboveScaleServices;

    private String park;

    private String address;

    @Column(name = "legal_representative")
    private String legalRepresentative;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_phone")
    private String contactPhone;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "enterprise_tag", joinColumns = @JoinColumn(name = "enterprise_id"))
    @Column(name = "tag", nullable = false)
    private Set<String> tags = new TreeSet<>();

    protected Enterprise() {
    }

    /** A new enterprise from data that passed {@link EnterpriseData#problems()}, in a region the caller may use. */
    public Enterprise(EnterpriseData data, Region region) {
        this.creditCode = data.normalised().creditCode();
        apply(data, region);
    }

    /** Takes over everything but the credit code, which identifies the enterprise for good. */
    public void apply(EnterpriseData data, Region region) {
        EnterpriseData d = data.normalised();
        applyCommon(d.name(), region);
        this.industry = Industry.of(d.industry());
        Set<ScaleFlag> flags = EnterpriseData.flags(d.scaleFlags());
        this.aboveScaleIndustry = flags.contains(ScaleFlag.ABOVE_SCALE_INDUSTRY);
        this.aboveQuotaTrade = flags.contains(ScaleFlag.ABOVE_QUOTA_TRADE);
        this.qualifiedConstruction = flags.contains(ScaleFlag.QUALIFIED_CONSTRUCTION);
        this.aboveScaleServices = flags.contains(ScaleFlag.ABOVE_SCALE_SERVICES);
        this.park = d.park();
        this.address = d.address();
        this.legalRepresentative = d.legalRepresentative();
        this.contactName = d.contactName();
        this.contactPhone = d.contactPhone();
        if (!tags.equals(new TreeSet<>(d.tags()))) {
            // Replaced only when different, so an unchanged enterprise writes nothing.
            tags.clear();
            tags.addAll(d.tags());
        }
    }

    public EnterpriseData data() {
        return new EnterpriseData(creditCode, getName(), getRegion().getCode(), industry.name(),
                scaleFlags().stream().map(Enum::name).toList(), park, address, legalRepresentative, contactName, contactPhone,
                List.copyOf(new TreeSet<>(tags)), getVersion());
    }

    public Set<ScaleFlag> scaleFlags() {
        Set<ScaleFlag> flags = EnumSet.noneOf(ScaleFlag.class);
        if (aboveScaleIndustry) {
            flags.add(ScaleFlag.ABOVE_SCALE_INDUSTRY);
        }
        if (aboveQuotaTrade) {
            flags.add(ScaleFlag.ABOVE_QUOTA_TRADE);
        }
        if (qualifiedConstruction) {
            flags.add(ScaleFlag.QUALIFIED_CONSTRUCTION);
        }
        if (aboveScaleServices) {
            flags.add(ScaleFlag.ABOVE_SCALE_SERVICES);
        }
        return flags;
    }

    /** One of the 四上 enterprises: it has any scale flag. */
    public boolean fourAbove() {
        return aboveScaleIndustry || aboveQuotaTrade || qualifiedConstruction || aboveScaleServices;
    }

    @Override
    public TargetKind kind() {
        return TargetKind.ENTERPRISE;
    }

    @Override
    public String auditType() {
        return "Enterprise";
    }

    @Override
    public String auditId() {
        return creditCode;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("creditCode", creditCode);
        m.put("name", getName());
        m.put("regionCode", getRegion() == null ? null : getRegion().getCode());
        m.put("industry", industry == null ? null : industry.name());
        m.put("scaleFlags", joined(scaleFlags().stream().map(Enum::name).toList()));
        m.put("park", park);
        m.put("address", address);
        m.put("legalRepresentative", legalRepresentative);
        m.put("contactName", contactName);
        m.put("contactPhone", contactPhone);
        m.put("tags", joined(new ArrayList<>(new TreeSet<>(tags))));
        return m;
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }

    public String getCreditCode() {
        return creditCode;
    }

    public Industry getIndustry() {
        return industry;
    }

    public String getPark() {
        return park;
    }

    public String getAddress() {
        return address;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public Set<String> getTags() {
        return tags;
    }
}
