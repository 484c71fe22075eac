package cn.bangfu.ledger.entity;

import cn.bangfu.org.entity.Region;
import cn.bangfu.platform.entity.Audited;
import cn.bangfu.platform.entity.Identity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.Locale;
import java.util.Map;

/**
 * A category of problems (问题类别). The defaults, for every county, follow the seeds (融资贷款, 降本增效, 用工引才,
 * 政策落实, 要素保障, 审批服务, 市场开拓, 其他); a county's office adds its own, which only that county and its
 * townships use.
 */
@Entity
@Table(name = "problem_category")
@NamedQuery(name = ProblemCategory.ALL, query = "select c from ProblemCategory c left join fetch c.region order by c.seqNo, c.id")
public class ProblemCategory implements Audited {

    public static final String ALL = "ProblemCategory.all";
    public static final int CODE_MAX = 32;
    public static final int NAME_MAX = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    /** The county whose own category it is; null for the defaults. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_code", updatable = false)
    private Region region;

    @Column(nullable = false, length = CODE_MAX, updatable = false)
    private String code;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "name_en", length = NAME_MAX)
    private String nameEn;

    @Column(name = "seq_no", nullable = false)
    private int seqNo;

    @Version
    private long version;

    protected ProblemCategory() {
    }

    public ProblemCategory(Region region, String code, String name, int seqNo) {
        this.region = region;
        this.code = code;
        this.name = name;
        this.seqNo = seqNo;
    }

    /** Whether a problem of this region may use it: a default, or its county's own. */
    public boolean usableIn(String regionPath) {
        return region == null || regionPath.startsWith(region.getPath());
    }

    public ProblemCategoryData data(Locale locale) {
        String shown = "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
        return new ProblemCategoryData(code, shown, region == null ? null : region.getCode());
    }

    @Override
    public String auditType() {
        return "ProblemCategory";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("region", region == null ? null : region.getCode());
        return m;
    }

    public Long getId() {
        return id;
    }

    public Region getRegion() {
        return region;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getSeqNo() {
        return seqNo;
    }

    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, ProblemCategory::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
