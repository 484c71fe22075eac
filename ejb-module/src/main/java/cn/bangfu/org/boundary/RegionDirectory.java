package cn.bangfu.org.boundary;

import cn.bangfu.platform.entity.Roles;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.RegionData;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.control.Where;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.platform.entity.Text;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The administrative regions a user may see: his own and everything below it. */
@Stateless
@PermitAll
public class RegionDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    AuditTrail audit;

    /** Regions in the caller's scope, in code order, so parents come before their children. */
    public Page<RegionData> find(PageRequest page) {
        return new Where().and("r.path like :path", "path", caller.get().pathPattern())
                .andIf(page.qPattern(), "(lower(r.name) like :q escape '\\' or r.code like :q escape '\\')", "q")
                .page(em, Region.class, "select r from Region r", "select count(r) from Region r", "r.path", page)
                .map(RegionData::of);
    }

    /** Every region in the caller's scope (a county has a few dozen), for trees and pickers. */
    public List<RegionData> all() {
        return em.createNamedQuery(Region.WITHIN, Region.class).setParameter("path", caller.get().pathPattern())
                .getResultList().stream().map(RegionData::of).toList();
    }

    @RolesAllowed({Roles.OFFICE, Roles.SYSADMIN})
    public RegionData create(RegionData data) {
        Scope scope = caller.get();
        String parentCode = Text.clean(data.parentCode());
        Region parent = parentCode == null ? null : em.find(Region.class, parentCode);
        if (parentCode != null && (parent == null || !scope.covers(parent))) {
            throw new InvalidInputException(FieldError.of("parentCode", "region.unknown", parentCode));
        }
        if (parent == null) {
            // A new top-level region would sit outside every scope but the caller's own, if his is one.
            throw new InvalidInputException(FieldError.of("parentCode", "field.required"));
        }
        String code = data.code() == null ? null : data.code().strip();
        Region region = Region.create(code, data.name(), parent);
        if (em.find(Region.class, code) != null) {
            throw new ConflictException(FieldError.of("code", "region.code.taken", code));
        }
        em.persist(region);
        audit.created(region);
        em.flush();
        return RegionData.of(region);
    }
}
