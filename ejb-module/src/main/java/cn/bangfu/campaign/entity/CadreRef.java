package cn.bangfu.campaign.entity;

import cn.bangfu.org.entity.Cadre;
import java.io.Serializable;

/** A cadre as an assignment names him: id, name, position, phone and unit code. */
public record CadreRef(Long id, String name, String position, String phone, String unitCode) implements Serializable {

    public static CadreRef of(Cadre c) {
        return c == null ? null : new CadreRef(c.getId(), c.getName(), c.getPosition(), c.getPhone(), c.getUnit().getCode());
    }
}
