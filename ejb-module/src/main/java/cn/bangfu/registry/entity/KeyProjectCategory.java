package cn.bangfu.registry.entity;

import cn.bangfu.platform.entity.Identity;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A category of key projects (基础设施, 民生, 产业, 跟踪 …). Categories are data, not code: a county
 * that files its projects differently adds rows to {@code key_project_category}; the migration
 * seeds the four the campaign documents use.
 */
@Entity
@Table(name = "key_project_category")
@Cacheable
@NamedQuery(name = KeyProjectCategory.ALL, query = "select c from KeyProjectCategory c order by c.sortNo, c.code")
public class KeyProjectCategory implements Serializable {

    public static final String ALL = "KeyProjectCategory.all";

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "sort_no", nullable = false)
    private int sortNo;

    protected KeyProjectCategory() {
    }

    public KeyProjectCategory(String code, String name, String nameEn, int sortNo) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
        this.sortNo = sortNo;
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

    public int getSortNo() {
        return sortNo;
    }

    /** The same record: of this class, with this id (see {@link Identity}). */
    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, KeyProjectCategory::getCode);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
