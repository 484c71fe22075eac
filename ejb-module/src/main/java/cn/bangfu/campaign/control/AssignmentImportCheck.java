package cn.bangfu.campaign.control;

import cn.bangfu.campaign.entity.Assignment;
import cn.bangfu.campaign.entity.AssignmentRow;
import cn.bangfu.campaign.entity.AssignmentRules;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.TargetRef;
import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.control.SheetDates;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.registry.entity.AssistanceTarget;
import cn.bangfu.registry.entity.CreditCode;
import cn.bangfu.registry.entity.Enterprise;
import cn.bangfu.registry.entity.KeyProject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Every rule an assignment import must pass, over all rows at once, with what the rows name already
 * looked up; no database, so it is tested as it is. The rules are {@link AssignmentRules}, the same
 * the API and the matrix page apply; each error carries the Excel row and the letter of the bad cell.
 * Per-unit limit warnings count the whole file: the loads after the import. The effective date
 * (today when empty) is checked only on rows that change something: a row equal to the current
 * assignment changes nothing whatever its date, so an export imported again changes nothing; a cell
 * that is no date is refused on any row.
 */
public final class AssignmentImportCheck {

    private AssignmentImportCheck() {
    }

    /** What to do with one row. */
    public enum Action { ASSIGN, REASSIGN, UNCHANGED, UNDECIDED }

    /** One row resolved: target, leader and units, the current assignment it replaces (if any), what to do and from when. */
    public record Planned(int row, AssistanceTarget target, Cadre leader, Unit leading, List<Unit> coUnits, Assignment current,
                          Action action, LocalDate validFrom) {
    }

    /** The errors (nothing may be imported), the warnings (imported, but the user is told) and the plan. */
    public record Result(List<FieldError> errors, List<FieldError> warnings, List<Planned> plan) {
    }

    /**
     * What the rows name, looked up in the database beforehand.
     *
     * @param enterprises by credit code, wherever they are
     * @param projects    key projects of the campaign's region by name (several may share a name)
     * @param leaders     county leaders of the campaign's region by name
     * @param unitsByCode units by code, wherever they are
     * @param unitsByName units of the campaign's region by name
     * @param current     current assignments of the campaign by target id
     * @param loads       current assignments of the campaign per unit id
     */
    public record Lookups(Map<String, Enterprise> enterprises, Map<String, List<KeyProject>> projects, Map<String, List<Cadre>> leaders,
                          Map<String, Unit> unitsByCode, Map<String, List<Unit>> unitsByName, Map<Long, Assignment> current,
                          Map<Long, Long> loads) {
    }

    /** @param today today in China: the effective date of rows without one, and the latest a row may have */
    public static Result check(List<AssignmentRow> rows, Campaign campaign, Scope scope, Lookups in, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        List<FieldError> warnings = new ArrayList<>();
        List<Planned> plan = new ArrayList<>();
        String area = campaign.getRegion().getName();
        Map<Long, Integer> firstRowOfTarget = new HashMap<>();
        // The loads as the file leaves them: first every assignment the file replaces gives up its units, then each row adds its own.
        Map<Long, Long> loads = new HashMap<>(in.loads());
        List<Resolved> resolved = new ArrayList<>();
        for (AssignmentRow row : rows) {
            Resolved r = resolve(row, campaign, scope, in, area);
            if (r.target != null) {
                Integer earlier = firstRowOfTarget.putIfAbsent(r.target.getId(), row.row());
                if (earlier != null) {
                    r.errors.add(FieldError.of("target", "assignment.import.duplicateTarget", r.target.getName(), String.valueOf(earlier))
                            .at(row.row(), r.targetColumn));
                }
            }
            resolved.add(r);
        }
        for (Resolved r : resolved) {
            if (r.current != null && !r.row.undecided()) {
                r.current.units().forEach(u -> loads.merge(u.getUnit().getId(), -1L, Long::sum));
            }
        }
        for (Resolved r : resolved) {
            AssignmentRow row = r.row;
            if (row.undecided()) {
                errors.addAll(r.errors);
                plan.add(new Planned(row.row(), r.target, null, null, List.of(), r.current, Action.UNDECIDED, null));
                continue;
            }
            Map<String, Unit> unitByKey = new HashMap<>();
            String leadingKey = unitKey(row.leadingUnit(), in, unitByKey);
            // One key per co-unit cell, in column order (null for an empty cell).
            List<String> cellKeys = row.coUnits().stream().map(co -> unitKey(co, in, unitByKey)).toList();
            List<String> coKeys = cellKeys.stream().filter(Objects::nonNull).toList();
            AssignmentRules.Input input = new AssignmentRules.Input(r.ref, r.target, r.leader == null ? (row.leader() == null ? null : -1L)
                    : r.leader.getId(), r.leader, leadingKey, coKeys);
            AssignmentRules.Verdict verdict = AssignmentRules.check(campaign, input, unitByKey::get,
                    u -> loads.getOrDefault(u.getId(), 0L));
            List<FieldError> rowErrors = new ArrayList<>(r.errors);
            for (FieldError e : verdict.errors()) {
                // What the row's own lookups reported already (an unknown leader, a target not found) is not said twice.
                if (r.reported.contains(e.field())) {
                    continue;
                }
                rowErrors.add(e.at(row.row(), column(e, cellKeys, unitByKey, r.targetColumn, campaign)));
            }
            Unit leading = unitByKey.get(leadingKey);
            List<Unit> co = coKeys.stream().map(unitByKey::get).toList();
            Action action = !rowErrors.isEmpty() ? null : r.current == null ? Action.ASSIGN
                    : r.current.sameAs(r.leader, leading, co) ? Action.UNCHANGED : Action.REASSIGN;
            LocalDate from = r.validFrom == null ? today : r.validFrom;
            if (action == Action.ASSIGN || action == Action.REASSIGN) {
                String column = AssignmentSheet.letter(AssignmentSheet.validFromColumn(campaign.getCoUnitCount()));
                AssignmentRules.effectiveDate(campaign, from, r.current == null ? null : r.current.getValidFrom(), today)
                        .forEach(e -> rowErrors.add(e.at(row.row(), column)));
            }
            errors.addAll(rowErrors);
            if (rowErrors.isEmpty()) {
                loads.merge(leading.getId(), 1L, Long::sum);
                co.forEach(u -> loads.merge(u.getId(), 1L, Long::sum));
                plan.add(new Planned(row.row(), r.target, r.leader, leading, co, r.current, action, from));
                if (action != Action.UNCHANGED) {
                    // A row that changes nothing is not the moment to warn: the load was there before the file.
                    for (FieldError w : verdict.warnings()) {
                        warnings.add(w.at(row.row(), column(w, cellKeys, unitByKey, r.targetColumn, campaign)));
                    }
                }
            }
        }
        errors.sort(FieldError.BY_CELL);
        warnings.sort(FieldError.BY_CELL);
        return new Result(errors, warnings, plan);
    }

    /** A row's target, leader and current assignment, with the errors of looking them up. */
    private static final class Resolved {
        AssignmentRow row;
        AssistanceTarget target;
        TargetRef ref;
        String targetColumn;
        Cadre leader;
        Assignment current;
        LocalDate validFrom;
        final List<FieldError> errors = new ArrayList<>();
        final List<String> reported = new ArrayList<>();
    }

    private static Resolved resolve(AssignmentRow row, Campaign campaign, Scope scope, Lookups in, String area) {
        Resolved r = new Resolved();
        r.row = row;
        int n = row.row();
        String code = CreditCode.normalise(row.creditCode());
        if (code != null) {
            r.targetColumn = AssignmentSheet.letter(AssignmentSheet.CREDIT_CODE);
            r.ref = TargetRef.enterprise(code);
            List<FieldError> format = CreditCode.check(code);
            Enterprise e = in.enterprises().get(code);
            if (!format.isEmpty()) {
                format.forEach(f -> r.errors.add(new FieldError("target", f.messageKey(), f.args(), null, null).at(n, r.targetColumn)));
                r.reported.add("target");
            } else if (e != null && e.visibleTo(scope)) {
                r.target = e;
            }
        } else if (row.targetName() != null) {
            r.targetColumn = AssignmentSheet.letter(AssignmentSheet.NAME);
            List<KeyProject> found = in.projects().getOrDefault(row.targetName(), List.of()).stream().filter(p -> p.visibleTo(scope)).toList();
            if (found.size() == 1) {
                r.target = found.get(0);
                r.ref = TargetRef.of(r.target);
            } else {
                r.errors.add((found.isEmpty() ? FieldError.of("target", "assignment.import.project.unknown", row.targetName(), area)
                        : FieldError.of("target", "assignment.import.project.ambiguous", found.size(), row.targetName())).at(n, r.targetColumn));
                r.reported.add("target");
            }
        } else {
            r.targetColumn = AssignmentSheet.letter(AssignmentSheet.CREDIT_CODE);
            r.errors.add(FieldError.of("target", "assignment.import.target.required").at(n, r.targetColumn));
            r.reported.add("target");
        }
        if (r.target != null) {
            r.current = in.current().get(r.target.getId());
        }
        if (row.validFrom() != null) {
            r.validFrom = SheetDates.parse(row.validFrom()).orElse(null);
            if (r.validFrom == null) {
                r.errors.add(FieldError.of("validFrom", "assignment.import.validFrom.format", row.validFrom())
                        .at(n, AssignmentSheet.letter(AssignmentSheet.validFromColumn(campaign.getCoUnitCount()))));
            }
        }
        if (row.leader() != null) {
            String name = leaderName(row.leader());
            List<Cadre> found = in.leaders().getOrDefault(name, List.of());
            String column = AssignmentSheet.letter(AssignmentSheet.LEADER);
            if (found.size() == 1) {
                r.leader = found.get(0);
            } else {
                r.errors.add((found.isEmpty() ? FieldError.of("contactLeader", "assignment.import.leader.unknown", name, area)
                        : FieldError.of("contactLeader", "assignment.import.leader.ambiguous", found.size(), name)).at(n, column));
                r.reported.add("contactLeader");
            }
        }
        return r;
    }

    /** "张卫东（县委副书记）" and "张卫东" name the same leader. */
    static String leaderName(String cell) {
        String s = cell.strip();
        int bracket = Math.max(s.indexOf('（'), s.indexOf('('));
        return bracket > 0 ? s.substring(0, bracket).strip() : s;
    }

    /**
     * The key under which the rules look a unit cell up: the unit's code when the cell names a unit by
     * code or by its one exact name, else the cell as written (the rules then say it is not found).
     */
    private static String unitKey(String cell, Lookups in, Map<String, Unit> unitByKey) {
        if (cell == null) {
            return null;
        }
        Unit unit = in.unitsByCode().get(cell);
        if (unit == null) {
            List<Unit> named = in.unitsByName().getOrDefault(cell, List.of());
            unit = named.size() == 1 ? named.get(0) : null;
        }
        if (unit == null) {
            return cell;
        }
        unitByKey.put(unit.getCode(), unit);
        return unit.getCode();
    }

    /** The column of an error: the target's, D for the leader, E for the leading unit, the co-unit's own column where one is named. */
    private static String column(FieldError e, List<String> cellKeys, Map<String, Unit> units, String targetColumn, Campaign campaign) {
        return switch (e.field()) {
            case "target" -> targetColumn;
            case "contactLeader" -> AssignmentSheet.letter(AssignmentSheet.LEADER);
            case "leadingUnit" -> AssignmentSheet.letter(AssignmentSheet.LEADING);
            case "coUnits" -> coColumn(e, cellKeys, units, campaign);
            default -> null;
        };
    }

    /** The co-unit cell an error names (by the unit's code, name or the text as written), else the first (empty) co-unit cell. */
    private static String coColumn(FieldError e, List<String> cells, Map<String, Unit> units, Campaign campaign) {
        Object named = e.args().isEmpty() ? null : e.args().get(0);
        int match = -1;
        if (named instanceof String s) {
            // The last cell naming the unit: for "twice" that is the repeat.
            for (int i = 0; i < cells.size(); i++) {
                Unit u = cells.get(i) == null ? null : units.get(cells.get(i));
                if (Objects.equals(cells.get(i), s) || (u != null && u.getName().equals(s))) {
                    match = i;
                }
            }
        }
        if (match < 0) {
            // Too few: the first empty co-unit cell; otherwise the first co-unit column.
            match = e.messageKey().equals("assignment.coUnits.tooFew") ? Math.max(0, firstEmpty(cells)) : 0;
        }
        return AssignmentSheet.letter(AssignmentSheet.FIRST_CO + Math.min(match, Math.max(0, campaign.getCoUnitCount() - 1)));
    }

    private static int firstEmpty(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) == null) {
                return i;
            }
        }
        return cells.size();
    }

    /** Index helpers for the boundary's lookups. */
    public static <T> Map<String, List<T>> byName(List<T> items, Function<T, String> name) {
        Map<String, List<T>> map = new HashMap<>();
        items.forEach(i -> map.computeIfAbsent(name.apply(i), k -> new ArrayList<>()).add(i));
        return map;
    }
}
