package cn.bangfu.campaign.control;

import cn.bangfu.campaign.entity.AssignmentData;
import cn.bangfu.campaign.entity.AssignmentRow;
import cn.bangfu.campaign.entity.AssignmentUnitData;
import cn.bangfu.campaign.entity.MatrixRow;
import cn.bangfu.platform.control.HelpSheet;
import cn.bangfu.platform.control.SheetColumn;
import cn.bangfu.platform.control.SheetColumn.Spec;
import cn.bangfu.platform.control.SheetReader;
import cn.bangfu.platform.control.SheetWriter;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.ImportRejectedException;
import cn.bangfu.platform.entity.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * The 对口联系企业安排表 (.xlsx) of one campaign: one row per target with 序号, 企业名称, 统一社会信用代码,
 * 联系县领导, 牵头单位, 配合单位1..N (N: the campaign's co-units) and 生效日期 (optional: empty is the
 * day of the import). The export fills the effective date with each current assignment's, and adds,
 * after those, each unit's 第一责任人 and 联系人/电话, which the import ignores, so an export can be
 * edited and imported again. Key projects leave the credit code empty and are named by their project
 * name. Sheets made before the 生效日期 column (the co-units followed by the export-only columns or by
 * nothing) still read, every row taking effect on the day of the import.
 */
public final class AssignmentSheet {

    public static final String DATA_SHEET = "对口联系企业安排表";
    public static final String HELP_SHEET = "说明";
    public static final int MAX_ROWS = 50_000;
    /** Column indexes of the fixed columns; the co-units follow from {@link #FIRST_CO}. */
    public static final int NO = 0;
    public static final int NAME = 1;
    public static final int CREDIT_CODE = 2;
    public static final int LEADER = 3;
    public static final int LEADING = 4;
    public static final int FIRST_CO = 5;
    public static final String VALID_FROM = "生效日期";

    private static final String[] FIXED = {"序号", "企业名称", "统一社会信用代码", "联系县领导", "牵头单位"};
    private static final String[] FIXED_EN = {"No.", "Enterprise (or key project) name", "Unified social credit code (empty for a key project)",
        "Contact county leader (name)", "Leading unit (code or name)"};
    private static final int[] FIXED_WIDTHS = {6, 34, 22, 12, 28};

    private AssignmentSheet() {
    }

    /** The letter Excel shows for a 0-based column. */
    public static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }

    /** The 生效日期 column: right after the co-units. */
    public static int validFromColumn(int coUnits) {
        return FIRST_CO + coUnits;
    }

    public static String coTitle(int i) {
        return "配合单位" + i;
    }

    public static byte[] template(String campaignName, int coUnits) {
        return export(campaignName, coUnits, List.of());
    }

    /** The targets with their current assignments (blank while unassigned), written as they are iterated. */
    public static byte[] export(String campaignName, int coUnits, Iterable<MatrixRow> rows) {
        return SheetWriter.write(writer -> {
            Sheet sheet = writer.dataSheet(DATA_SHEET, columns(coUnits), 5);
            int[] no = {0};
            writer.rows(sheet, rows, row -> cells(++no[0], row, coUnits));
            HelpSheet help = writer.helpSheet(HELP_SHEET);
            help.heading("对口联系企业安排表 填写说明", "How to fill in the assignment sheet");
            help.line(campaignName, "Campaign");
            help.gap();
            for (String[] note : notes(coUnits)) {
                help.line(note[0], note[1]);
            }
            help.widths(80, 80);
        });
    }

    /** A column of this campaign's sheet: the fixed ones, one per co-unit, then each unit's head and contact (export only). */
    private record Column(int ordinal, Spec spec) implements SheetColumn {
    }

    private static SheetColumn[] columns(int coUnits) {
        List<SheetColumn> columns = new ArrayList<>();
        for (int c = 0; c < FIXED.length; c++) {
            columns.add(new Column(columns.size(), new SheetColumn.Spec(null, FIXED[c], FIXED_EN[c], c > NO, FIXED_WIDTHS[c], null, "")));
        }
        for (int i = 1; i <= coUnits; i++) {
            columns.add(new Column(columns.size(), new SheetColumn.Spec(null, coTitle(i), "Co-unit " + i, true, 28, null, "code or name")));
        }
        columns.add(new Column(columns.size(), new SheetColumn.Spec(null, VALID_FROM, "Effective date", false, 14, null,
                "e.g. 2026-03-01, 2026/3/1 or 2026年3月1日; empty: the day of the import")));
        for (String unit : units(coUnits)) {
            columns.add(new Column(columns.size(), new SheetColumn.Spec(null, unit + "第一责任人", "The unit's head", false, 12, null,
                    "export only, ignored on import")));
            columns.add(new Column(columns.size(), new SheetColumn.Spec(null, unit + "联系人/电话", "Contact person and phone", false, 22, null,
                    "export only, ignored on import")));
        }
        return columns.toArray(SheetColumn[]::new);
    }

    /**
     * The data rows of an uploaded workbook, blank rows left out. A file that is no workbook, whose
     * header does not fit this campaign (fixed columns, exactly {@code coUnits} co-unit columns, a
     * 生效日期 column only right after them) or that has no data rows is rejected as a whole.
     */
    public static List<AssignmentRow> read(byte[] xlsx, int coUnits) {
        // As wide as an export, so a 生效日期 column moved among the export-only ones is found and refused rather than ignored.
        int width = width(coUnits);
        SheetReader.Content content = SheetReader.readAll(xlsx, width, MAX_ROWS);
        String[] header = content.header() == null ? new String[width] : content.header();
        List<FieldError> errors = new ArrayList<>();
        for (int c = 0; c < FIRST_CO; c++) {
            if (!fixedNamedBy(c, header[c])) {
                errors.add(FieldError.of("file", "import.header.mismatch", letter(c), FIXED[c]).at(1, letter(c)));
            }
        }
        for (int i = 1; i <= coUnits; i++) {
            int c = FIRST_CO + i - 1;
            if (!coTitle(i).equals(Text.clean(header[c]))) {
                errors.add(FieldError.of("file", "assignment.import.header.coUnits", letter(FIRST_CO), coUnits).at(1, letter(c)));
            }
        }
        String next = Text.clean(header[FIRST_CO + coUnits]);
        if (next != null && next.startsWith("配合单位") && !next.endsWith("第一责任人") && !next.contains("联系人")) {
            errors.add(FieldError.of("file", "assignment.import.header.coUnits", letter(FIRST_CO), coUnits).at(1, letter(FIRST_CO + coUnits)));
        }
        int date = validFromColumn(coUnits);
        boolean dated = VALID_FROM.equals(Text.clean(header[date]));
        for (int c = date + 1; c < width && errors.isEmpty(); c++) {
            if (VALID_FROM.equals(Text.clean(header[c]))) {
                errors.add(FieldError.of("file", "assignment.import.header.validFrom", letter(date)).at(1, letter(c)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        if (content.rows().isEmpty()) {
            throw new ImportRejectedException(List.of(FieldError.of("file", "import.file.empty")));
        }
        return content.rows().stream().map(r -> new AssignmentRow(r.number(), r.cells()[NAME], r.cells()[CREDIT_CODE], r.cells()[LEADER],
                r.cells()[LEADING], Arrays.asList(Arrays.copyOfRange(r.cells(), FIRST_CO, FIRST_CO + coUnits)),
                dated ? r.cells()[date] : null)).toList();
    }

    /** The columns of an export: the imported ones, then each unit's head and contact. */
    private static int width(int coUnits) {
        return validFromColumn(coUnits) + 1 + 2 * (1 + coUnits);
    }

    /** One target's cells: fixed columns, co-units by name, the effective date, then each unit's head and contact. */
    static String[] cells(int no, MatrixRow row, int coUnits) {
        String[] cells = new String[width(coUnits)];
        cells[NO] = String.valueOf(no);
        cells[NAME] = row.target().name();
        cells[CREDIT_CODE] = row.target().creditCode();
        AssignmentData a = row.current();
        if (a == null) {
            return cells;
        }
        cells[LEADER] = a.leader() == null ? null : a.leader().name();
        List<AssignmentUnitData> units = a.units();
        AssignmentUnitData leading = units.stream().filter(u -> "LEADING".equals(u.role())).findFirst().orElse(null);
        List<AssignmentUnitData> co = units.stream().filter(u -> "CO".equals(u.role())).toList();
        // 生效日期 stays empty: an exported row edited and imported again must take effect from then on, not from the
        // current assignment's first day, which would erase the period it has been in force.
        int info = validFromColumn(coUnits) + 1;
        if (leading != null) {
            cells[LEADING] = leading.name();
            cells[info] = leading.headName();
            cells[info + 1] = contact(leading);
        }
        for (int i = 0; i < Math.min(coUnits, co.size()); i++) {
            cells[FIRST_CO + i] = co.get(i).name();
            cells[info + 2 + 2 * i] = co.get(i).headName();
            cells[info + 3 + 2 * i] = contact(co.get(i));
        }
        return cells;
    }

    private static String contact(AssignmentUnitData u) {
        String name = u.contactName() == null ? "" : u.contactName();
        String phone = u.contactPhone() == null ? "" : u.contactPhone();
        String both = (name + " " + phone).strip();
        return both.isEmpty() ? null : both;
    }

    private static List<String> units(int coUnits) {
        List<String> units = new ArrayList<>();
        units.add("牵头单位");
        for (int i = 1; i <= coUnits; i++) {
            units.add(coTitle(i));
        }
        return units;
    }

    private static boolean fixedNamedBy(int column, String header) {
        String h = Text.clean(header);
        if (h == null) {
            return false;
        }
        return switch (column) {
            case NAME -> h.equals("企业名称") || h.equals("企业（项目）名称") || h.equals("企业(项目)名称") || h.equals("项目名称");
            case LEADER -> h.equals("联系县领导") || h.equals("联系领导");
            default -> h.equals(FIXED[column]);
        };
    }


    private static String[][] notes(int coUnits) {
        return new String[][] {
            {"第 1 行是表头，请勿修改；每行一个帮扶对象，从第 2 行开始。序号可不填。",
                "Row 1 is the header; leave it as it is. One target per row from row 2. The number may be left empty."},
            {"企业按统一社会信用代码匹配（企业名称仅供阅读）；重点项目不填信用代码，在\u201c企业名称\u201d列填写项目名称。",
                "Enterprises are matched by credit code (the name is for reading); for a key project leave the code empty and write the "
                    + "project name."},
            {"联系县领导填写姓名，须为本行动范围内的县级领导；单位填写单位代码或单位全称。",
                "Write the county leader's name; units by code or full name."},
            {"本行动每个帮扶对象须有 1 个牵头单位和 " + coUnits + " 个配合单位；同一单位不能重复出现在同一行。",
                "Each target has one leading unit and " + coUnits + " co-unit(s); no unit twice in a row."},
            {"只填了企业、未填领导和单位的行不作改动。已有安排的企业按文件调整：调整后原安排于生效日期终止并保留历史；与现有安排相同的行不论生效日期如何都不作改动，同一文件导入两次不会产生任何变化。",
                "Rows with a target but no leader or units change nothing. A target with an assignment is reassigned from the file (the old "
                    + "one ends on the effective date and stays in the history); rows equal to the current assignment change nothing "
                    + "whatever their date, so importing the same file twice changes nothing."},
            {"\u201c生效日期\u201d选填：安排或调整自该日起生效，例如按县里通知下发之日。可填 2026-03-01、2026/3/1、2026年3月1日，或 Excel 日期；"
                + "留空则自导入当日起生效。生效日期不得早于本行动开始日期，不得晚于今天和本行动结束日期；调整安排时须晚于现行安排的生效日期"
                + "（当天录入的安排可当天更正）。行动尚未开始时，安排自导入当日起生效。导出文件中此列留空，改动的行即自导入当日起生效。",
                "The effective date (生效日期) is optional: the assignment or change applies from that day, e.g. the day the county's "
                    + "circular was issued. Write 2026-03-01, 2026/3/1 or 2026年3月1日, or an Excel date; empty means the day of the "
                    + "import. It may not be before the campaign's start, nor after today or the campaign's end; a change must be "
                    + "dated after the current assignment's effective date (an assignment entered today may be corrected today). Before "
                    + "the campaign starts, assignments take effect on the day of the import. An export leaves the column empty, so an "
                    + "edited row takes effect on the day of the import."},
            {"文件中只要有一处错误，就不会导入任何数据，并列出每处错误的行、列和原因。某单位联系的对象超过上限时只作提醒，不影响导入。",
                "If any cell is wrong nothing is imported and every wrong row, column and reason is listed. A unit above the per-unit "
                    + "limit is only a warning."},
            {"导出文件中\u201c第一责任人\u201d\u201c联系人/电话\u201d各列仅供查阅，导入时不读取。",
                "The head and contact columns of an export are for reading; the import ignores them."},
        };
    }
}
