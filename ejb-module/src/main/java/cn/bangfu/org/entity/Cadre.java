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

/**
 * A cadre (干部) of a unit. Contact leaders (联系领导) are cadres of rank {@link CadreRank#COUNTY_LEADER},
 * usually of the county Party committee or government; stationed cadres (驻企干部) are cadres too.
 * A cadre is seen by whoever sees his unit's region.
 */
@Entity
@Table(name = "cadre")
@NamedQuery(name = Cadre.BY_ID, query = "select c from Cadre c join fetch c.unit u join fetch u.region where c.id = :id")
@NamedQuery(name = Cadre.IN_UNITS, query = "select c from Cadre c join fetch c.unit u join fetch u.region where u.code in :codes")
@NamedQuery(name = Cadre.COUNT_BY_UNIT, query = "select count(c) from Cadre c where c.unit = :unit")
@NamedQuery(name = Cadre.BY_IDS, query = "select c from Cadre c join fetch c.unit where c.id in :ids")
@NamedQuery(name = Cadre.OF_RANK_WITHIN, query = "select c from Cadre c join fetch c.unit u join fetch u.region r where r.path like :region"
        + " and c.rank = :rank")
@NamedQuery(name = Cadre.PICK_OF_RANK_WITHIN, query = "select c from Cadre c join fetch c.unit u join fetch u.region r where r.path like :region"
        + " and c.rank = :rank and lower(c.name) like :q escape '\\' order by c.name, c.id")
@NamedQuery(name = Cadre.PICK_WITHIN, query = "select c from Cadre c join fetch c.unit u join fetch u.region r where r.path like :region"
        + " and (lower(c.name) like :q escape '\\' or lower(u.name) like :q escape '\\') order by c.name, u.name, c.id")
@NamedQuery(name = Cadre.PICK_IN_UNITS, query = "select c from Cadre c join fetch c.unit u where u in :units and lower(c.name) like :q escape '\\'"
        + " order by u.code, c.name")
public class Cadre implements Audited, Versioned {

    public static final String BY_ID = "Cadre.byId";
    public static final String COUNT_BY_UNIT = "Cadre.countByUnit";
    /** The cadres of the units whose codes are the parameter {@code codes}. */
    public static final String IN_UNITS = "Cadre.inUnits";
    public static final String BY_IDS = "Cadre.byIds";
    public static final String OF_RANK_WITHIN = "Cadre.ofRankWithin";
    /** The pickers, each with {@code q} a {@link cn.bangfu.platform.entity.Like} pattern: cadres of a rank by name, of a region by name or unit name, of some units by name. */
    public static final String PICK_OF_RANK_WITHIN = "Cadre.pickOfRankWithin";
    public static final String PICK_WITHIN = "Cadre.pickWithin";
    public static final String PICK_IN_UNITS = "Cadre.pickInUnits";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    /** 职务, e.g. 县委副书记, 副局长. */
    @Column(name = "job_title")
    private String position;

    @Enumerated(EnumType.STRING)
    @Column(name = "cadre_rank", nullable = false)
    private CadreRank rank;

    private String phone;

    @Version
    private long version;

    protected Cadre() {
    }

    /** A new cadre from data that passed {@link CadreData#problems()}, in a unit the caller may use. */
    public Cadre(CadreData data, Unit unit) {
        apply(data, unit);
    }

    public void apply(CadreData data, Unit unit) {
        CadreData d = data.normalised();
        this.name = d.name();
        this.unit = unit;
        this.position = d.position();
        this.rank = CadreRank.of(d.rank());
        this.phone = d.phone();
    }

    public CadreData data() {
        return new CadreData(id, name, unit.getCode(), position, rank.name(), phone, version);
    }

    /** Whether a user sees this cadre: he sees the cadre's unit's region. */
    public boolean visibleTo(Scope scope) {
        return scope.covers(unit.getRegion());
    }

    @Override
    public String auditType() {
        return "Cadre";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("unitCode", unit == null ? null : unit.getCode());
        m.put("position", position);
        m.put("rank", rank == null ? null : rank.name());
        m.put("phone", phone);
        return m;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getPosition() {
        return position;
    }

    public CadreRank getRank() {
        return rank;
    }

    public String getPhone() {
        return phone;
    }

    @Override
    public long getVersion() {
        return version;
    }

    /** The same record: of this class, with this id (see {@link Identity}). */
    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, Cadre::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
