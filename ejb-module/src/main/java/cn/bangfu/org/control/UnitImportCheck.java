package cn.bangfu.org.control;

import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.org.entity.UnitRow;
import cn.bangfu.platform.entity.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every rule a unit import must pass, over all rows at once, with the stored regions and units the
 * rows name already looked up; no database, so the rules are tested as they are. Each error carries
 * the Excel row and column letter of the bad cell.
 */
public final class UnitImportCheck {

    private UnitImportCheck() {
    }

    /**
     * @param regions  the stored regions among those the rows name, by code
     * @param existing the stored units among those the rows name, by code, wherever they are
     * @return the errors in row and column order; empty if every row may be imported
     */
    public static List<FieldError> problems(List<UnitRow> rows, Scope scope, Map<String, Region> regions, Map<String, Unit> existing) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        for (UnitRow row : rows) {
            List<FieldError> found = row.data().problems(scope, regions::get);
            String code = row.data().normalised().code();
            if (found.stream().noneMatch(e -> e.field().equals("code"))) {
                Integer earlier = firstRowOfCode.putIfAbsent(code, row.row());
                Unit unit = existing.get(code);
                if (earlier != null) {
                    found.add(FieldError.of("code", "import.duplicateInFile", code, String.valueOf(earlier)));
                } else if (unit != null && !scope.covers(unit)) {
                    // The same answer as for a unit that does not exist: the user learns nothing about other areas.
                    found.add(FieldError.of("code", "unit.unknown", code));
                }
            }
            for (FieldError e : found) {
                errors.add(e.at(row.row(), UnitColumn.letterOf(e.field())));
            }
        }
        errors.sort(FieldError.BY_CELL);
        return errors;
    }

    /** The codes the rows name, to look up stored units in one go. */
    public static List<String> codes(List<UnitRow> rows) {
        return rows.stream().map(r -> r.data().normalised().code()).filter(Objects::nonNull).distinct().toList();
    }

    /** The region codes the rows name, to look up stored regions in one go. */
    public static List<String> regionCodes(List<UnitRow> rows) {
        return rows.stream().map(r -> r.data().normalised().regionCode()).filter(Objects::nonNull).distinct().toList();
    }
}
