package cn.bangfu.campaign.entity;

import cn.bangfu.org.entity.Cadre;
import java.io.Serializable;

/** A cadre as an assignment or a picker names him: id, name, position, phone, unit code and name. */
public record CadreRef(Long id, String name, String position, String phone, String unitCode, String unitName) implements Serializable {

    public static CadreRef of(Cadre c) {
        return c == null ? null
                : new CadreRef(c.getId(), c.getName(), c.getPosition(), c.getPhone(), c.getUnit().getCode(), c.getUnit().getName());
    }
}
