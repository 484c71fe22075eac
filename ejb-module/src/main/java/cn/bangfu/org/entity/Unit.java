package cn.bangfu.org.entity;

import cn.bangfu.platform.entity.Identity;
import cn.bangfu.platform.entity.Versioned;
import cn.bangfu.platform.entity.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;

/** A responsible unit: a county department, a township or a park, with its head (一把手) and contact person. */
@Entity
@Table(name = "unit")
@NamedQuery(name = Unit.BY_CODE, query = "select u from Unit u join fetch u.region where u.code = :code")
@NamedQuery(name = Unit.BY_CODES, query = "select u from Unit u join fetch u.region where u.code in :codes")
@NamedQuery(name = Unit.WITHIN, query = "select u from Unit u join fetch u.region r where r.path like :region order by u.name, u.code")
@NamedQuery(name = Unit.NAMED_WITHIN, query = "select u from Unit u join fetch u.region r where r.path like :region and u.name in :names")
@NamedQuery(name = Unit.IDS_BY_CODES, query = "select u.code, u.id from Unit u where u.code in :codes")
@NamedQuery(name = Unit.PICK_WITHIN, query = "select u from Unit u join fetch u.region r where r.path like :region"
        + " and (lower(u.name) like :q escape '\\' or lower(u.code) like :q escape '\\') order by u.name, u.code")
@NamedQuery(name = Unit.EMAILS_OF, query = "select u.id, u.contactEmail from Unit u where u.id in :ids and u.contactEmail is not null")
public class Unit implements Audited, Versioned {

    public static final String BY_CODE = "Unit.byCode";
    public static final String BY_CODES = "Unit.byCodes";
    public static final String WITHIN = "Unit.within";
    public static final String NAMED_WITHIN = "Unit.namedWithin";
    /** [code, id] of the units with these codes. */
    public static final String IDS_BY_CODES = "Unit.idsByCodes";
    /** Units of a region whose code or name contains {@code q} (a {@link cn.bangfu.platform.entity.Like} pattern): the unit pickers. */
    public static final String PICK_WITHIN = "Unit.pickWithin";
    /** [id, contactEmail] of those of the units with these ids that have an address: where the daily reminders are mailed. */
    public static final String EMAILS_OF = "Unit.emailsOf";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false)
    private UnitType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_code", nullable = false)
    private Region region;

    @Column(name = "head_name")
    private String headName;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_phone")
    private String contactPhone;

    /** Where the unit's daily reminders are mailed; none: the inbox only. */
    @Column(name = "contact_email")
    private String contactEmail;

    @Version
    private long version;

    protected Unit() {
    }

    /** A new unit from data that passed {@link UnitData#problems()}, in a region the caller may use. */
    public Unit(UnitData data, Region region) {
        this.code = data.normalised().code();
        apply(data, region);
    }

    /** Takes over everything but the code, which identifies the unit for good. */
    public void apply(UnitData data, Region region) {
        UnitData d = data.normalised();
        this.name = d.name();
        this.type = UnitData.unitType(d.type());
        this.region = region;
        this.headName = d.headName();
        this.contactName = d.contactName();
        this.contactPhone = d.contactPhone();
        this.contactEmail = d.contactEmail();
    }

    public UnitData data() {
        return new UnitData(code, name, type.name(), region.getCode(), headName, contactName, contactPhone, contactEmail, version);
    }

    @Override
    public String auditType() {
        return "Unit";
    }

    @Override
    public String auditId() {
        return code;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("type", type == null ? null : type.name());
        m.put("regionCode", region == null ? null : region.getCode());
        m.put("headName", headName);
        m.put("contactName", contactName);
        m.put("contactPhone", contactPhone);
        m.put("contactEmail", contactEmail);
        return m;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public UnitType getType() {
        return type;
    }

    public Region getRegion() {
        return region;
    }

    public String getHeadName() {
        return headName;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    @Override
    public long getVersion() {
        return version;
    }

    /** The same record: of this class, with this id (see {@link Identity}). */
    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, Unit::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
