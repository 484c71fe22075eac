package cn.bangfu.ledger.control;

import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.ledger.entity.Difficulty;
import cn.bangfu.ledger.entity.Problem;
import cn.bangfu.ledger.entity.ProblemRow;
import cn.bangfu.ledger.entity.ProblemSource;
import cn.bangfu.ledger.entity.ProblemState;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.control.SheetDates;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.Text;
import cn.bangfu.registry.entity.AssistanceTarget;
import cn.bangfu.registry.entity.CreditCode;
import cn.bangfu.registry.entity.Enterprise;
import cn.bangfu.registry.entity.KeyProject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every rule an import of the office's problem ledger (问题台账) must pass, over all rows at once, with what the rows
 * name already looked up; no database, so it is tested as it is. The registration's own rules are {@link Problem#problems},
 * the same the API applies; each error carries the Excel row and the letter of the bad cell. A row is one problem by
 * its {@link #key}: a problem the campaign already has (imported, or registered in Bangfu and exported) is left
 * unchanged, so the same file, or an export, imported again changes nothing.
 */
public final class ProblemImportCheck {

    /** The longest title an imported problem takes from its description's first sentence. */
    public static final int TITLE_MAX = 40;

    private ProblemImportCheck() {
    }

    /**
     * What the rows name, looked up in the database beforehand.
     *
     * @param enterprises  by credit code, wherever they are
     * @param projects     key projects of the campaign's region by name (several may share a name)
     * @param unitsByCode  units by code, wherever they are
     * @param unitsByName  units of the campaign's region by name
     * @param categories   every problem category (each knows where it may be used)
     * @param existingKeys the {@link #key}s of the campaign's problems of the targets the rows name
     */
    public record Lookups(Map<String, Enterprise> enterprises, Map<String, List<KeyProject>> projects, Map<String, Unit> unitsByCode,
                          Map<String, List<Unit>> unitsByName, List<ProblemCategories.Category> categories, Set<String> existingKeys) {
    }

    /** A row to create: the registration and what the ledger says beyond it. */
    public record Planned(int row, Problem.Registration registration, Problem.Imported imported) {
    }

    /** The errors (nothing may be imported), the rows to create, and how many rows the campaign has already. */
    public record Result(List<FieldError> errors, List<Planned> plan, int unchanged) {
    }

    /** @param today today in China: no day of the ledger may be after it */
    public static Result check(List<ProblemRow> rows, Campaign campaign, Lookups in, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        List<Planned> plan = new ArrayList<>();
        Map<String, Integer> firstRowOfKey = new HashMap<>();
        int unchanged = 0;
        for (ProblemRow row : rows) {
            Cells bad = new Cells(row.row());
            AssistanceTarget target = target(row, campaign, in, bad);
            String description = Text.clean(row.description());
            String category = category(row.category(), target == null ? campaign.getRegion().getPath() : target.getRegion().getPath(), in, bad);
            LocalDate raised = date(row.raisedOn(), ProblemColumn.RAISED_ON, bad);
            if (row.raisedOn() == null) {
                bad.add(ProblemColumn.RAISED_ON, "field.required");
            }
            ProblemState state = state(row.state(), bad);
            Unit unit = unit(row.unit(), state, campaign, in, bad);
            LocalDate resolvedOn = resolvedOn(row.resolvedOn(), state, raised, today, bad);
            String answer = answer(row.answer(), state, bad);
            Problem.Registration registration = new Problem.Registration(campaign, target, ProblemSheet.title(description, TITLE_MAX),
                    description, category, ProblemSource.OFFICE, Difficulty.ORDINARY, raised, null);
            for (FieldError e : Problem.problems(registration, today)) {
                bad.add(switch (e.field()) {
                    case "category" -> ProblemColumn.CATEGORY;
                    case "raisedOn" -> ProblemColumn.RAISED_ON;
                    default -> ProblemColumn.DESCRIPTION;
                }, e);
            }
            if (bad.errors.isEmpty()) {
                String key = key(campaign.getCode(), target, raised, description);
                Integer earlier = firstRowOfKey.putIfAbsent(key, row.row());
                if (in.existingKeys().contains(key)) {
                    unchanged++;
                } else if (earlier != null) {
                    bad.add(ProblemColumn.DESCRIPTION, "ledger.import.duplicate", String.valueOf(earlier));
                } else {
                    plan.add(new Planned(row.row(), registration, new Problem.Imported(state, unit, resolvedOn, answer, key)));
                }
            }
            errors.addAll(bad.errors);
        }
        errors.sort(FieldError.BY_CELL);
        return new Result(errors, plan, unchanged);
    }

    /**
     * What makes a row the same problem however often it is imported: SHA-256 (64 hex digits) of the campaign's code,
     * the target (an enterprise's credit code, a key project's name), the day raised and the cleaned description.
     */
    public static String key(String campaignCode, AssistanceTarget target, LocalDate raisedOn, String description) {
        String identity = target instanceof Enterprise e ? e.getCreditCode() : target.getName();
        String text = String.join("\u001f", campaignCode, identity, raisedOn.toString(), Text.clean(description));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The enterprise a row's credit code names (its name must be the one registered), or the key project its name names. */
    private static AssistanceTarget target(ProblemRow row, Campaign campaign, Lookups in, Cells bad) {
        String area = campaign.getRegion().getName();
        String code = CreditCode.normalise(row.creditCode());
        String name = Text.clean(row.enterpriseName());
        if (code != null) {
            List<FieldError> format = CreditCode.check(code);
            if (!format.isEmpty()) {
                format.forEach(f -> bad.add(ProblemColumn.CREDIT_CODE, f));
                return null;
            }
            Enterprise e = in.enterprises().get(code);
            if (e == null || !campaign.covers(e.getRegion())) {
                // The same answer for an enterprise elsewhere as for none: the office learns nothing about other areas.
                bad.add(ProblemColumn.CREDIT_CODE, "ledger.import.enterprise.unknown", code, area);
                return null;
            }
            if (name == null) {
                bad.add(ProblemColumn.ENTERPRISE_NAME, "field.required");
            } else if (!sameName(name, e.getName())) {
                bad.add(ProblemColumn.ENTERPRISE_NAME, "ledger.import.enterprise.name", name, e.getName());
            }
            return e;
        }
        if (name == null) {
            bad.add(ProblemColumn.CREDIT_CODE, "ledger.import.target.required");
            return null;
        }
        List<KeyProject> found = in.projects().getOrDefault(name, List.of());
        if (found.size() != 1) {
            bad.add(ProblemColumn.ENTERPRISE_NAME, found.isEmpty() ? "ledger.import.project.unknown" : "ledger.import.project.ambiguous",
                    found.isEmpty() ? name : found.size(), found.isEmpty() ? area : name);
            return null;
        }
        return found.get(0);
    }

    /** Names as people write them: brackets full- or half-width. */
    private static boolean sameName(String written, String registered) {
        return written.replace('(', '（').replace(')', '）').equals(registered.replace('(', '（').replace(')', '）'));
    }

    /** The category's code; the cell as written when it names none (reported), so the registration does not call it missing. */
    private static String category(String cell, String regionPath, Lookups in, Cells bad) {
        String c = Text.clean(cell);
        if (c == null) {
            return null;
        }
        return ProblemCategories.find(in.categories(), c, regionPath).map(ProblemCategories.Category::code).orElseGet(() -> {
            bad.add(ProblemColumn.CATEGORY, "ledger.category.unknown", c);
            return c;
        });
    }

    private static LocalDate date(String cell, ProblemColumn column, Cells bad) {
        if (cell == null) {
            return null;
        }
        LocalDate d = SheetDates.parse(cell).orElse(null);
        if (d == null) {
            bad.add(column, "ledger.import.date.format", cell);
        }
        return d;
    }

    private static ProblemState state(String cell, Cells bad) {
        if (cell == null) {
            bad.add(ProblemColumn.STATE, "field.required");
            return null;
        }
        ProblemState s = ProblemSheet.state(cell);
        if (s == null) {
            bad.add(ProblemColumn.STATE, "ledger.import.state.unknown", cell);
        }
        return s;
    }

    /** The responsible unit, by code or by its one name in the campaign's region: none while 未交办, required otherwise. */
    private static Unit unit(String cell, ProblemState state, Campaign campaign, Lookups in, Cells bad) {
        String u = Text.clean(cell);
        if (u == null) {
            if (state != null && state != ProblemState.REGISTERED) {
                bad.add(ProblemColumn.UNIT, "ledger.import.unit.required");
            }
            return null;
        }
        if (state == ProblemState.REGISTERED) {
            bad.add(ProblemColumn.UNIT, "ledger.import.unit.notRouted");
            return null;
        }
        Unit byCode = in.unitsByCode().get(u);
        List<Unit> named = in.unitsByName().getOrDefault(u, List.of());
        if (byCode != null && campaign.covers(byCode.getRegion())) {
            return byCode;
        }
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.size() > 1) {
            bad.add(ProblemColumn.UNIT, "ledger.import.unit.ambiguous", named.size(), u);
        } else {
            bad.add(ProblemColumn.UNIT, "ledger.unit.outside", u, campaign.getRegion().getName());
        }
        return null;
    }

    /** 办结日期: required for 已办结 and 已销号, not before the day raised nor after today; none for the other states. */
    private static LocalDate resolvedOn(String cell, ProblemState state, LocalDate raised, LocalDate today, Cells bad) {
        boolean resolved = state != null && state.resolved();
        if (cell == null) {
            if (resolved) {
                bad.add(ProblemColumn.RESOLVED_ON, "ledger.import.resolvedOn.required");
            }
            return null;
        }
        if (state != null && !resolved) {
            bad.add(ProblemColumn.RESOLVED_ON, "ledger.import.resolvedOn.notResolved");
            return null;
        }
        LocalDate d = date(cell, ProblemColumn.RESOLVED_ON, bad);
        if (d != null && d.isAfter(today)) {
            bad.add(ProblemColumn.RESOLVED_ON, "ledger.import.resolvedOn.future");
        } else if (d != null && raised != null && d.isBefore(raised)) {
            bad.add(ProblemColumn.RESOLVED_ON, "ledger.import.resolvedOn.beforeRaised", raised.toString());
        }
        return d;
    }

    /** 办理结果: required for 已办结 and 已销号, none for the other states. */
    private static String answer(String cell, ProblemState state, Cells bad) {
        String a = Text.clean(cell);
        boolean resolved = state != null && state.resolved();
        if (a == null) {
            if (resolved) {
                bad.add(ProblemColumn.ANSWER, "ledger.answer.required");
            }
        } else if (state != null && !resolved) {
            bad.add(ProblemColumn.ANSWER, "ledger.import.answer.notResolved");
        } else if (Text.longerThan(a, Problem.TEXT_MAX)) {
            bad.add(ProblemColumn.ANSWER, "field.tooLong", Problem.TEXT_MAX);
        }
        return a;
    }

    /** The errors of one row, each at its cell and named by the column's property. */
    private static final class Cells {
        final int row;
        final List<FieldError> errors = new ArrayList<>();

        Cells(int row) {
            this.row = row;
        }

        void add(ProblemColumn column, String key, Object... args) {
            errors.add(FieldError.of(column.property(), key, args).at(row, column.letter()));
        }

        void add(ProblemColumn column, FieldError e) {
            errors.add(new FieldError(column.property(), e.messageKey(), e.args(), row, column.letter()));
        }
    }
}
