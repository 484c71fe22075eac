package cn.bangfu.org.entity;

import cn.bangfu.platform.entity.Identity;
import cn.bangfu.platform.entity.Text;
import cn.bangfu.platform.entity.Versioned;
import cn.bangfu.platform.entity.Audited;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An administrative region with its GB/T 2260 code. The materialised {@code path} lists the codes
 * from the province down, so "this region and everything below it" is one indexed prefix match.
 */
@Entity
@Table(name = "region")
@Cacheable
@NamedQuery(name = Region.WITHIN, query = "select r from Region r where r.path like :path order by r.code")
@NamedQuery(name = Region.COUNT_WITHIN, query = "select count(r) from Region r where r.path like :path")
@NamedQuery(name = Region.BY_CODES, query = "select r from Region r where r.code in :codes")
public class Region implements Audited, Versioned {

    public static final String WITHIN = "Region.within";
    public static final String COUNT_WITHIN = "Region.countWithin";
    public static final String BY_CODES = "Region.byCodes";
    public static final int NAME_MAX = 100;

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "region_level", nullable = false)
    private RegionLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_code")
    private Region parent;

    @Column(nullable = false)
    private String path;

    @Version
    private long version;

    protected Region() {
    }

    private Region(String code, String name, RegionLevel level, Region parent) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parent = parent;
        this.path = (parent == null ? "" : parent.path) + code + "/";
    }

    /**
     * A region under {@code parent} (null for a province), after checking the code's shape, that it
     * belongs under the parent, and the name. All problems are reported together.
     */
    public static Region create(String code, String name, Region parent) {
        List<FieldError> errors = new ArrayList<>();
        RegionLevel level = RegionLevel.of(code);
        if (code == null || code.isBlank()) {
            errors.add(FieldError.of("code", "region.code.required"));
        } else if (level == null) {
            errors.add(FieldError.of("code", "region.code.format", code));
        } else {
            String expectedParent = RegionLevel.parentCode(code);
            String actualParent = parent == null ? null : parent.code;
            if (expectedParent == null ? actualParent != null : !expectedParent.equals(actualParent)) {
                errors.add(FieldError.of("parentCode", "region.parent.mismatch", code, expectedParent == null ? "-" : expectedParent));
            }
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            errors.add(FieldError.of("name", "field.required"));
        } else if (Text.longerThan(trimmed, NAME_MAX)) {
            errors.add(FieldError.of("name", "field.tooLong", NAME_MAX));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Region(code, trimmed, level, parent);
    }

    /** True if {@code other} is this region or lies below it. */
    public boolean contains(Region other) {
        return other != null && other.path.startsWith(path);
    }

    /** The LIKE pattern matching this region and everything below it. */
    public String pathPattern() {
        return path + "%";
    }

    @Override
    public String auditType() {
        return "Region";
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
        m.put("level", level == null ? null : level.name());
        m.put("parentCode", getParentCode());
        return m;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public RegionLevel getLevel() {
        return level;
    }

    public Region getParent() {
        return parent;
    }

    public String getParentCode() {
        return parent == null ? null : parent.code;
    }

    public String getPath() {
        return path;
    }

    @Override
    public long getVersion() {
        return version;
    }

    /** The same record: of this class, with this id (see {@link Identity}). */
    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, Region::getCode);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
