package cn.bangfu.registry.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The statistical scale categories that make an enterprise one of the "四上" enterprises (四上企业):
 * above-scale industry (规上工业), wholesale, retail, hotels and catering above the quota (限上批零住餐),
 * qualified construction (资质内建筑) and above-scale services (规上服务业). Each applies only to
 * enterprises of certain GB/T 4754 sections, so an enterprise, filed under one section, has at most
 * one of them.
 */
public enum ScaleFlag {
    ABOVE_SCALE_INDUSTRY("规上工业", EnumSet.of(Industry.B, Industry.C, Industry.D)),
    ABOVE_QUOTA_TRADE("限上批零住餐", EnumSet.of(Industry.F, Industry.H)),
    QUALIFIED_CONSTRUCTION("资质内建筑", EnumSet.of(Industry.E)),
    /** The services the statistics bureau's above-scale services survey covers. */
    ABOVE_SCALE_SERVICES("规上服务业", EnumSet.of(Industry.G, Industry.I, Industry.K, Industry.L, Industry.M, Industry.N,
            Industry.O, Industry.P, Industry.Q, Industry.R));

    private final String chineseName;
    private final Set<Industry> industries;

    ScaleFlag(String chineseName, Set<Industry> industries) {
        this.chineseName = chineseName;
        this.industries = industries;
    }

    /** The flag a text names, by code (any case) or Chinese name; null if none. */
    public static ScaleFlag of(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (ScaleFlag f : values()) {
            if (f.name().equalsIgnoreCase(t) || f.chineseName.equals(t)) {
                return f;
            }
        }
        return null;
    }

    public boolean appliesTo(Industry industry) {
        return industries.contains(industry);
    }

    /** The sections the flag applies to, e.g. "B、C、D". */
    public String sections() {
        return String.join("、", industries.stream().map(Industry::name).toList());
    }

    public String chineseName() {
        return chineseName;
    }
}
