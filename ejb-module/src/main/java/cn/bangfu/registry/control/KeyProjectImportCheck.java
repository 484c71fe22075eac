package cn.bangfu.registry.control;

import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.registry.entity.KeyProject;
import cn.bangfu.registry.entity.KeyProjectCategory;
import cn.bangfu.registry.entity.KeyProjectData;
import cn.bangfu.registry.entity.KeyProjectRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every rule a key project import must pass, over all rows at once, with the stored regions,
 * categories and projects the rows name already looked up; no database. A project is identified by
 * its name within its region. Each error carries the Excel row and column letter of the bad cell.
 */
public final class KeyProjectImportCheck {

    private KeyProjectImportCheck() {
    }

    /**
     * @param regions    the stored regions among those the rows name, by code
     * @param categories the categories by {@link #categoryLookup}
     * @param existing   the stored projects in the regions the rows name, by {@link #key}
     * @return the errors in row and column order; empty if every row may be imported
     */
    public static List<FieldError> problems(List<KeyProjectRow> rows, Scope scope, Map<String, Region> regions,
                                            Map<String, KeyProjectCategory> categories, Map<String, List<KeyProject>> existing) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> firstRowOfKey = new HashMap<>();
        for (KeyProjectRow row : rows) {
            List<FieldError> found = row.data().problems(scope, regions::get, categories::get);
            if (row.investmentCell() != null) {
                found.add(FieldError.of("totalInvestment", "keyProject.import.investment.format", row.investmentCell()));
            }
            KeyProjectData d = row.data().normalised();
            if (found.stream().noneMatch(e -> e.field().equals("name") || e.field().equals("regionCode"))) {
                String key = key(d.regionCode(), d.name());
                Integer earlier = firstRowOfKey.putIfAbsent(key, row.row());
                int stored = existing.getOrDefault(key, List.of()).size();
                if (earlier != null) {
                    found.add(FieldError.of("name", "keyProject.import.duplicateName", d.name(), String.valueOf(earlier)));
                } else if (stored > 1) {
                    found.add(FieldError.of("name", "keyProject.import.ambiguous", String.valueOf(stored), d.name()));
                }
            }
            for (FieldError e : found) {
                errors.add(e.at(row.row(), KeyProjectColumn.letterOf(e.field())));
            }
        }
        errors.sort(FieldError.BY_CELL);
        return errors;
    }

    /** How a file names a project: its region code and its name, both normalised. */
    public static String key(String regionCode, String name) {
        return regionCode + "\u0000" + name;
    }

    /** The categories by code and by Chinese name, both as {@link KeyProjectData#normalised()} leaves a cell. */
    public static Map<String, KeyProjectCategory> categoryLookup(List<KeyProjectCategory> categories) {
        Map<String, KeyProjectCategory> lookup = new HashMap<>();
        for (KeyProjectCategory c : categories) {
            lookup.putIfAbsent(c.getName().strip().toUpperCase(Locale.ROOT), c);
        }
        for (KeyProjectCategory c : categories) {
            lookup.put(c.getCode().toUpperCase(Locale.ROOT), c);
        }
        return lookup;
    }

    /** The stored projects grouped by {@link #key}. */
    public static Map<String, List<KeyProject>> byKey(List<KeyProject> projects) {
        return projects.stream().collect(Collectors.groupingBy(p -> key(p.getRegion().getCode(), p.getName())));
    }

    /** The region codes the rows name, to look up stored regions and projects in one go. */
    public static List<String> regionCodes(List<KeyProjectRow> rows) {
        return rows.stream().map(r -> r.data().normalised().regionCode()).filter(Objects::nonNull).distinct().toList();
    }
}
