package cn.bangfu.inspection.entity;

import cn.bangfu.org.entity.Unit;
import cn.bangfu.registry.entity.AssistanceTarget;
import cn.bangfu.registry.entity.Enterprise;
import java.io.Serializable;

/**
 * What a visit inspects: {@code {"creditCode"}} for an enterprise, {@code {"projectId"}} for a key project or
 * {@code {"unitCode"}} for a unit. On the way out its name and region are filled in.
 */
public record InspectedRef(String creditCode, Long projectId, String unitCode, String name, String regionCode, String regionName)
        implements Serializable {

    public static InspectedRef of(AssistanceTarget t, Unit u) {
        if (u != null) {
            return new InspectedRef(null, null, u.getCode(), u.getName(), u.getRegion().getCode(), u.getRegion().getName());
        }
        if (t instanceof Enterprise e) {
            return new InspectedRef(e.getCreditCode(), null, null, e.getName(), t.getRegion().getCode(), t.getRegion().getName());
        }
        return new InspectedRef(null, t.getId(), null, t.getName(), t.getRegion().getCode(), t.getRegion().getName());
    }
}
