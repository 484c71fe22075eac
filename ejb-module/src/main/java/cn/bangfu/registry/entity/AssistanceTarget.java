package cn.bangfu.registry.entity;

import cn.bangfu.platform.entity.Identity;
import cn.bangfu.platform.entity.Versioned;
import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.entity.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What a campaign assists (帮扶对象): an {@link Enterprise} or a {@link KeyProject}.
 *
 * <p>Mapped with JOINED inheritance: every target has one row in {@code assistance_target} (id, kind,
 * name, region, version) and one in {@code enterprise} or {@code key_project} with the same id. So an
 * assignment, a visit or a problem names its target with one foreign key to {@code assistance_target},
 * the database enforces it, and "the targets of 平江县 by name" is one query over one table, whatever
 * their kind. The alternatives were worse: a single table would leave most columns of either kind
 * empty and could not make an enterprise's credit code NOT NULL; two tables with two nullable foreign
 * keys in every referring table would repeat "exactly one of the two" everywhere. The price is a join
 * on the primary key when enterprise columns are read, which the database does by index.
 *
 * <p>The name, region and version live here because every kind has them, and because the region is
 * what scopes a target ({@link #visibleTo}).
 */
@Entity
@Table(name = "assistance_target")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "target_kind", length = 16)
@NamedQuery(name = AssistanceTarget.PICK_WITHIN, query = "select t from AssistanceTarget t join fetch t.region r where r.path like :region"
        + " and lower(t.name) like :q escape '\\' order by t.name, t.id")
public abstract class AssistanceTarget implements Audited, Versioned {

    /** Targets of a region whose name contains {@code q} (a {@link cn.bangfu.platform.entity.Like} pattern): the target picker. */
    public static final String PICK_WITHIN = "AssistanceTarget.pickWithin";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_code", nullable = false)
    private Region region;

    @Version
    private long version;

    protected AssistanceTarget() {
    }

    protected AssistanceTarget(String name, Region region) {
        this.name = name;
        this.region = region;
    }

    public abstract TargetKind kind();

    /**
     * Whether the target lies in the user's region or below. A UNIT user sees less, only the targets
     * his unit helps; that needs the campaigns, so {@code registry.control.TargetScope} adds it.
     */
    public boolean visibleTo(Scope scope) {
        return scope.covers(region);
    }

    protected void applyCommon(String name, Region region) {
        this.name = name;
        this.region = region;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Region getRegion() {
        return region;
    }

    @Override
    public long getVersion() {
        return version;
    }

    /** The same record: of this class, with this id (see {@link Identity}). */
    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, AssistanceTarget::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
