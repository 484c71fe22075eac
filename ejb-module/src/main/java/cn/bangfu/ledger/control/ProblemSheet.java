package cn.bangfu.ledger.control;

import cn.bangfu.ledger.entity.Problem;
import cn.bangfu.ledger.entity.ProblemRow;
import cn.bangfu.ledger.entity.ProblemState;
import cn.bangfu.platform.control.HelpSheet;
import cn.bangfu.platform.control.SheetReader;
import cn.bangfu.platform.control.SheetWriter;
import cn.bangfu.platform.entity.ImportRejectedException;
import cn.bangfu.platform.entity.Text;
import cn.bangfu.registry.entity.AssistanceTarget;
import cn.bangfu.registry.entity.Enterprise;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The problem ledger spreadsheet (问题台账, .xlsx) as offices keep it: the import template, the export in the same
 * layout (so an export imported again changes nothing), and reading an upload back into rows. One header row, one
 * problem per row below it, columns as in {@link ProblemColumn}; a second sheet explains the columns, the states and
 * the categories of the campaign's region.
 */
public final class ProblemSheet {

    public static final String DATA_SHEET = "问题台账";
    public static final String HELP_SHEET = "说明";
    /** Well above a county's ledger of a year; a larger export is imported in parts. */
    public static final int MAX_ROWS = 50_000;

    /** 办理状态 as the office's ledger writes it, and the state an imported row takes. */
    public static final Map<String, ProblemState> STATES = states();

    private static final int COMMENT_ROWS = 5;
    /** What ends the first sentence of a description, whose text is an imported problem's title. */
    private static final String SENTENCE_END = "。！？；!?;\n";

    private ProblemSheet() {
    }

    private static Map<String, ProblemState> states() {
        Map<String, ProblemState> m = new LinkedHashMap<>();
        m.put("未交办", ProblemState.REGISTERED);
        m.put("已交办", ProblemState.ROUTED);
        m.put("办理中", ProblemState.ACCEPTED);
        m.put("已办结", ProblemState.RESOLVED);
        m.put("已销号", ProblemState.CLOSED);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The 办理状态 of a problem on the ledger: the unit's work in progress (accepted, reopened, paused) is all 办理中. */
    public static String word(ProblemState state) {
        return switch (state) {
            case REGISTERED -> "未交办";
            case ROUTED -> "已交办";
            case ACCEPTED, REOPENED, PAUSED -> "办理中";
            case RESOLVED -> "已办结";
            case CLOSED -> "已销号";
            case WITHDRAWN -> throw new IllegalArgumentException("a withdrawn problem is off the ledger");
        };
    }

    /** The state a 办理状态 cell names, by its word or the state's code (REGISTERED, ROUTED, ACCEPTED, RESOLVED, CLOSED); null for anything else. */
    public static ProblemState state(String cell) {
        String s = Text.clean(cell);
        if (s == null) {
            return null;
        }
        ProblemState byWord = STATES.get(s);
        if (byWord != null) {
            return byWord;
        }
        return STATES.values().stream().filter(st -> st.name().equals(s.toUpperCase(Locale.ROOT))).findFirst().orElse(null);
    }

    /**
     * A problem's 问题描述 on the ledger: its description, led by its title when the description does not begin with it,
     * so the title is the first sentence again when the row is imported elsewhere.
     */
    public static String text(String title, String description) {
        if (description == null) {
            return title;
        }
        if (description.startsWith(title)) {
            return description;
        }
        return title + (SENTENCE_END.indexOf(title.charAt(title.length() - 1)) >= 0 ? "" : "。") + description;
    }

    /** The title of an imported problem: the description's first sentence, at most {@code max} characters. */
    public static String title(String description, int max) {
        String d = Text.clean(description);
        if (d == null) {
            return null;
        }
        int end = d.length();
        for (int i = 0; i < d.length(); i++) {
            if (SENTENCE_END.indexOf(d.charAt(i)) >= 0) {
                end = i;
                break;
            }
        }
        String first = Text.clean(d.substring(0, end));
        String t = first == null ? d : first;
        return Text.longerThan(t, max) ? t.substring(0, t.offsetByCodePoints(0, max)) : t;
    }

    /** A problem on the ledger as the sheet writes it; the unit, 办结日期 and 办理结果 only where the state has them. */
    public static ProblemRow row(Problem p, String categoryName) {
        AssistanceTarget t = p.getTarget();
        boolean resolved = p.getState().resolved();
        return new ProblemRow(0, t.getName(), t instanceof Enterprise e ? e.getCreditCode() : null, text(p.getTitle(), p.getDescription()),
                categoryName, p.getRaisedOn().toString(),
                p.getState() == ProblemState.REGISTERED || p.getResponsibleUnit() == null ? null : p.getResponsibleUnit().getName(),
                word(p.getState()), resolved ? p.getResolvedOn().toString() : null, resolved ? p.getAnswer() : null);
    }

    /** @param categories the categories the campaign's problems may have, listed on the help sheet */
    public static byte[] template(List<ProblemCategories.Category> categories) {
        return export(List.of(), categories);
    }

    /** The rows in the template's layout, numbered from 1, written as they are iterated, so the iterable may page through the database. */
    public static byte[] export(Iterable<ProblemRow> rows, List<ProblemCategories.Category> categories) {
        return SheetWriter.write(writer -> {
            Sheet sheet = writer.dataSheet(DATA_SHEET, ProblemColumn.values(), COMMENT_ROWS);
            stateDropDown(sheet);
            int[] no = {0};
            writer.rows(sheet, rows, r -> cells(++no[0], r));
            help(writer.helpSheet(HELP_SHEET), categories);
        });
    }

    /**
     * The data rows of an uploaded workbook, blank rows left out, cells as text. A file that is no workbook, has the
     * wrong header or no data rows is rejected as a whole.
     */
    public static List<ProblemRow> read(byte[] xlsx) throws ImportRejectedException {
        return SheetReader.read(xlsx, ProblemColumn.values(), MAX_ROWS).stream().map(r -> {
            String[] c = r.cells();
            return new ProblemRow(r.number(), c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]);
        }).toList();
    }

    static String[] cells(int no, ProblemRow r) {
        return new String[] {String.valueOf(no), r.enterpriseName(), r.creditCode(), r.description(), r.category(), r.raisedOn(), r.unit(),
            r.state(), r.resolvedOn(), r.answer()};
    }

    private static void stateDropDown(Sheet sheet) {
        String[] words = STATES.keySet().toArray(String[]::new);
        SheetWriter.dropDown(sheet, sheet.getDataValidationHelper().createExplicitListConstraint(words), ProblemColumn.STATE,
                new SheetWriter.Box("办理状态 State", "请从列表中选择：" + String.join("、", words) + "\nChoose a state from the list."),
                new SheetWriter.Box("办理状态", String.join("、", words)));
    }

    private static void help(HelpSheet help, List<ProblemCategories.Category> categories) {
        help.heading("问题台账导入模板说明", "How to fill in the problem ledger");
        help.gap();
        help.columns(ProblemColumn.values());
        help.gap();
        help.heading("办理状态", "代码 Code", "State");
        for (Map.Entry<String, ProblemState> s : STATES.entrySet()) {
            help.line(s.getKey(), s.getValue().name(), english(s.getValue()));
        }
        help.gap();
        help.heading("问题类别", "代码 Code", "Category");
        for (ProblemCategories.Category c : categories) {
            help.line(c.name(), c.code(), c.nameEn() == null ? "" : c.nameEn());
        }
        help.gap();
        help.notes(new String[][] {
            {"第 1 行是表头，请勿修改；每行一个问题，从第 2 行开始。", "Row 1 is the header; leave it as it is. One problem per row from row 2."},
            {"文件中只要有一处错误，就不会导入任何数据，并列出每处错误的行、列和原因。",
                "If any cell is wrong nothing is imported, and every wrong row, column and reason is listed."},
            {"同一企业、同一提出日期、同一问题描述的行是同一个问题：本行动中已有的问题不作改动，同一文件导入两次不会产生任何变化，导出的台账也可原样导入。",
                "Rows of the same enterprise, day raised and description are one problem: a problem the campaign has already is left as "
                    + "it is, so importing a file twice changes nothing, and an export imports again unchanged."},
            {"导入的问题保留台账中的日期和状态：于提出日期登记并交办，于办结日期办结（已销号的同日销号）；办理期限按一般难度自提出日期起算。",
                "An imported problem keeps the ledger's days and state: registered and routed on the day raised, resolved (and closed, "
                    + "for 已销号) on the day resolved; its deadline counts from the day raised at ordinary difficulty."},
            {"问题编号按企业所在县和提出日期的年份自动编排。", "Problem numbers are given per county and the year the problem was raised."},
        });
        help.widths(22, 22, 30, 14, 60, 60);
    }

    private static String english(ProblemState state) {
        return switch (state) {
            case REGISTERED -> "Registered, not routed";
            case ROUTED -> "Routed to the unit";
            case ACCEPTED -> "In work";
            case RESOLVED -> "Resolved";
            case CLOSED -> "Closed";
            default -> state.name();
        };
    }
}
