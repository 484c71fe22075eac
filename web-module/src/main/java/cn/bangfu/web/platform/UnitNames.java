package cn.bangfu.web.platform;

import cn.bangfu.org.entity.UnitData;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit picker's memory (p:autoComplete over unit codes): the names of the units it offered, so the chosen code shows
 * as the unit's name. A province has thousands of units: they are searched as typed, never listed.
 */
public class UnitNames implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> names = new HashMap<>();

    /** Remembers the units offered and gives their codes, the picker's suggestions. */
    public List<String> offer(List<UnitData> units) {
        List<String> codes = new ArrayList<>();
        for (UnitData u : units) {
            names.put(u.code(), u.name());
            codes.add(u.code());
        }
        return codes;
    }

    /** Remembers one unit's name. */
    public void remember(String code, String name) {
        if (code != null && name != null) {
            names.put(code, name);
        }
    }

    /** The unit's name, or its code when it was never offered. */
    public String label(String code) {
        return code == null ? null : names.getOrDefault(code, code);
    }
}
