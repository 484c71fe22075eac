package cn.bangfu.org.control;

import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Region filters of lists: the path of a region the caller sees, for "that region and below". */
@Dependent
public class RegionPaths {

    @PersistenceContext
    EntityManager em;

    /**
     * The path of the region with this code, or null for no code; an unknown region and one outside
     * the caller's scope are the same field error on {@code regionCode}.
     */
    public String within(Scope scope, String regionCode) {
        if (regionCode == null || regionCode.isBlank()) {
            return null;
        }
        String code = regionCode.strip();
        Region region = em.find(Region.class, code);
        if (region == null || !scope.covers(region)) {
            throw new InvalidInputException(FieldError.of("regionCode", "region.unknown", code));
        }
        return region.getPath();
    }
}
