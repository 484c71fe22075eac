package cn.bangfu.registry.control;

import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.registry.entity.Enterprise;
import cn.bangfu.registry.entity.EnterpriseRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every rule an enterprise import must pass, over all rows at once, with the stored regions and
 * enterprises the rows name already looked up; no database, so the rules are tested as they are.
 * Each error carries the Excel row and column letter of the bad cell.
 */
public final class EnterpriseImportCheck {

    private EnterpriseImportCheck() {
    }

    /**
     * @param regions  the stored regions among those the rows name, by code
     * @param existing the stored enterprises among those the rows name, by credit code, wherever they are
     * @return the errors in row and column order; empty if every row may be imported
     */
    public static List<FieldError> problems(List<EnterpriseRow> rows, Scope scope, Map<String, Region> regions,
                                            Map<String, Enterprise> existing) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        for (EnterpriseRow row : rows) {
            List<FieldError> found = row.data().problems(scope, regions::get);
            String code = row.data().normalised().creditCode();
            if (found.stream().noneMatch(e -> e.field().equals("creditCode"))) {
                Integer earlier = firstRowOfCode.putIfAbsent(code, row.row());
                Enterprise enterprise = existing.get(code);
                if (earlier != null) {
                    found.add(FieldError.of("creditCode", "import.duplicateCreditCode", code, String.valueOf(earlier)));
                } else if (enterprise != null && !enterprise.visibleTo(scope)) {
                    // Registered in another area: the same answer the form gives, since a credit code is unique nationwide.
                    found.add(FieldError.of("creditCode", "enterprise.creditCode.taken", code));
                }
            }
            for (FieldError e : found) {
                errors.add(e.at(row.row(), EnterpriseColumn.letterOf(e.field())));
            }
        }
        errors.sort(FieldError.BY_CELL);
        return errors;
    }

    /** The credit codes the rows name, normalised, to look up stored enterprises in one go. */
    public static List<String> creditCodes(List<EnterpriseRow> rows) {
        return rows.stream().map(r -> r.data().normalised().creditCode()).filter(Objects::nonNull).distinct().toList();
    }

    /** The region codes the rows name, to look up stored regions in one go. */
    public static List<String> regionCodes(List<EnterpriseRow> rows) {
        return rows.stream().map(r -> r.data().normalised().regionCode()).filter(Objects::nonNull).distinct().toList();
    }
}
