package cn.bangfu.registry.entity;

import java.io.Serializable;

/** A key project category as pages and the API show it: its code and its Chinese and English names. */
public record CategoryData(String code, String name, String nameEn) implements Serializable {

    public static CategoryData of(KeyProjectCategory c) {
        return new CategoryData(c.getCode(), c.getName(), c.getNameEn());
    }
}
