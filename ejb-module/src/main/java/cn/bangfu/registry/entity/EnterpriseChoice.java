package cn.bangfu.registry.entity;

import java.io.Serializable;

/** An enterprise as a picker offers it: its credit code and name. */
public record EnterpriseChoice(String creditCode, String name) implements Serializable {

    public static EnterpriseChoice of(Enterprise e) {
        return new EnterpriseChoice(e.getCreditCode(), e.getName());
    }
}
