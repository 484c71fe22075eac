package cn.bangfu.registry.control;

import cn.bangfu.platform.control.HelpSheet;
import cn.bangfu.platform.control.SheetReader;
import cn.bangfu.platform.control.SheetWriter;
import cn.bangfu.registry.entity.EnterpriseData;
import cn.bangfu.registry.entity.EnterpriseRow;
import cn.bangfu.registry.entity.Industry;
import cn.bangfu.registry.entity.ScaleFlag;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The enterprise spreadsheet (.xlsx): the import template, the export in the same layout (so an
 * export can be edited and imported again), and reading an upload back into rows. One header row,
 * one enterprise per row, columns as in {@link EnterpriseColumn}; drop-downs for the industry and
 * the scale category; a second sheet explains the columns and lists the industries.
 */
public final class EnterpriseSheet {

    public static final String DATA_SHEET = "企业";
    public static final String HELP_SHEET = "说明";
    /** More than a province's 100,000 enterprises would not fit one sheet's comfort: split such files. */
    public static final int MAX_ROWS = 50_000;
    /** How several tags or flags share one cell when written; reading also takes commas and semicolons. */
    public static final String LIST_SEPARATOR = "、";

    private static final Pattern SEPARATORS = Pattern.compile("[、，,；;]");
    /** How many rows a header's English comment spans: enough for the longest help. */
    private static final int COMMENT_ROWS = 6;

    private EnterpriseSheet() {
    }

    public static byte[] template() {
        return export(List.of());
    }

    /** The enterprises in template layout, written as they are iterated, so the iterable may page through the database. */
    public static byte[] export(Iterable<EnterpriseData> enterprises) {
        return SheetWriter.write(writer -> {
            Sheet sheet = writer.dataSheet(DATA_SHEET, EnterpriseColumn.values(), COMMENT_ROWS);
            writer.rows(sheet, enterprises, EnterpriseSheet::cells);
            int industriesFrom = help(writer.helpSheet(HELP_SHEET));
            dropDowns(sheet, industriesFrom);
        });
    }

    /**
     * The data rows of an uploaded workbook, blank rows left out. A file that is no workbook, has the
     * wrong header or no data rows is rejected as a whole.
     */
    public static List<EnterpriseRow> read(byte[] xlsx) {
        return SheetReader.read(xlsx, EnterpriseColumn.values(), MAX_ROWS).stream()
                .map(r -> new EnterpriseRow(r.number(), data(r.cells()))).toList();
    }

    /** An enterprise's cells in column order, all text: the industry as "C 制造业", flags by their Chinese names. */
    static String[] cells(EnterpriseData e) {
        Industry industry = Industry.of(e.industry());
        List<String> flags = e.scaleFlags().stream().map(f -> ScaleFlag.of(f) == null ? f : ScaleFlag.of(f).chineseName()).toList();
        return new String[] {e.creditCode(), e.name(), e.regionCode(), industry == null ? e.industry() : industry.label(),
            joined(flags), e.park(), e.address(), e.legalRepresentative(), e.contactName(), e.contactPhone(), joined(e.tags())};
    }

    /** A row's cells as enterprise data, lists split at their separators; values otherwise as the user wrote them. */
    static EnterpriseData data(String[] cells) {
        return new EnterpriseData(cells[0], cells[1], cells[2], cells[3], split(cells[4]), cells[5], cells[6], cells[7], cells[8],
                cells[9], split(cells[10]), null);
    }

    private static List<String> split(String cell) {
        return cell == null ? List.of() : Arrays.stream(SEPARATORS.split(cell)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(LIST_SEPARATOR, values);
    }

    /**
     * The industry drop-down lists the help sheet's industry labels (twenty labels are longer than
     * the 255 characters an explicit list may have); the scale category's four names fit in one.
     */
    private static void dropDowns(Sheet sheet, int industriesFrom) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String range = "'" + HELP_SHEET + "'!$A$" + (industriesFrom + 1) + ":$A$" + (industriesFrom + Industry.values().length);
        SheetWriter.dropDown(sheet, helper.createFormulaListConstraint(range), EnterpriseColumn.INDUSTRY,
                new SheetWriter.Box("行业门类 Industry", "请从列表中选择行业门类。\nChoose a GB/T 4754 section from the list."), null);
        String[] flags = Arrays.stream(ScaleFlag.values()).map(ScaleFlag::chineseName).toArray(String[]::new);
        SheetWriter.dropDown(sheet, helper.createExplicitListConstraint(flags), EnterpriseColumn.SCALE_FLAGS,
                new SheetWriter.Box("规模类别 Scale category", "请从列表中选择，非四上企业留空：" + String.join("、", flags)
                        + "\nChoose from the list or leave empty."), null);
    }

    /** Writes the help sheet; returns the 0-based row of the first industry label, which the drop-down lists. */
    private static int help(HelpSheet help) {
        help.heading("企业导入模板说明", "How to fill in the enterprise import template");
        help.gap();
        help.columns(EnterpriseColumn.values());
        help.gap();
        help.notes(new String[][] {
            {"第 1 行是表头，请勿修改；每行填写一个企业，从第 2 行开始。", "Row 1 is the header; leave it as it is. One enterprise per row from row 2."},
            {"文件中只要有一处错误，就不会导入任何数据，并列出每处错误的行、列和原因。", "If any cell is wrong nothing is imported, and every wrong row, column and reason is listed."},
            {"已登记的企业按文件整行更新：空白的选填项会清空原有内容。同一文件导入两次，第二次不会改变任何数据。",
                "Registered enterprises are updated from the whole row: an empty optional cell clears what was stored. "
                    + "Importing the same file twice changes nothing the second time."},
            {"统一社会信用代码请按文本填写：填成数字时 Excel 只保留 15 位有效数字，代码会被改坏。",
                "Write credit codes as text: as a number Excel keeps only 15 significant digits and spoils the code."},
        });
        help.gap();
        help.heading("行业门类（GB/T 4754-2017）", "Industry section");
        int first = help.nextRow();
        for (Industry industry : Industry.values()) {
            help.line(industry.label(), industry.englishName());
        }
        help.gap();
        help.heading("规模类别", "代码 Code", "适用门类 Sections");
        for (ScaleFlag flag : ScaleFlag.values()) {
            help.line(flag.chineseName(), flag.name(), flag.sections());
        }
        help.widths(30, 40, 26, 14, 60, 60);
        return first;
    }
}
