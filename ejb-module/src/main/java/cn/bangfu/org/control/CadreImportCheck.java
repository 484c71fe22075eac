package cn.bangfu.org.control;

import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.CadreData;
import cn.bangfu.org.entity.CadreRow;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.entity.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every rule a cadre import must pass, over all rows at once, with the stored units and cadres the
 * rows name already looked up; no database. A cadre is identified by his name within his unit.
 * Each error carries the Excel row and column letter of the bad cell.
 */
public final class CadreImportCheck {

    private CadreImportCheck() {
    }

    /**
     * @param units    the stored units among those the rows name, by code
     * @param existing the stored cadres of the units the rows name, by {@link #key}
     * @return the errors in row and column order; empty if every row may be imported
     */
    public static List<FieldError> problems(List<CadreRow> rows, Scope scope, Map<String, Unit> units, Map<String, List<Cadre>> existing) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> firstRowOfKey = new HashMap<>();
        for (CadreRow row : rows) {
            List<FieldError> found = row.data().problems(scope, units::get);
            CadreData d = row.data().normalised();
            if (found.stream().noneMatch(e -> e.field().equals("name") || e.field().equals("unitCode"))) {
                String key = key(d.unitCode(), d.name());
                Integer earlier = firstRowOfKey.putIfAbsent(key, row.row());
                int stored = existing.getOrDefault(key, List.of()).size();
                if (earlier != null) {
                    found.add(FieldError.of("name", "cadre.import.duplicateName", d.name(), String.valueOf(earlier)));
                } else if (stored > 1) {
                    found.add(FieldError.of("name", "cadre.import.ambiguous", String.valueOf(stored), d.name()));
                }
            }
            for (FieldError e : found) {
                errors.add(e.at(row.row(), CadreColumn.letterOf(e.field())));
            }
        }
        errors.sort(FieldError.BY_CELL);
        return errors;
    }

    /** How a file names a cadre: his unit's code and his name, both normalised. */
    public static String key(String unitCode, String name) {
        return unitCode + "\u0000" + name;
    }

    /** The stored cadres grouped by {@link #key}. */
    public static Map<String, List<Cadre>> byKey(List<Cadre> cadres) {
        return cadres.stream().collect(Collectors.groupingBy(c -> key(c.getUnit().getCode(), c.getName())));
    }

    /** The unit codes the rows name, to look up stored units and cadres in one go. */
    public static List<String> unitCodes(List<CadreRow> rows) {
        return rows.stream().map(r -> r.data().normalised().unitCode()).filter(Objects::nonNull).distinct().toList();
    }
}
