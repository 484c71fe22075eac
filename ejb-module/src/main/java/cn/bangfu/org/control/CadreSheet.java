package cn.bangfu.org.control;

import cn.bangfu.org.entity.CadreData;
import cn.bangfu.org.entity.CadreRank;
import cn.bangfu.org.entity.CadreRow;
import cn.bangfu.platform.control.HelpSheet;
import cn.bangfu.platform.control.SheetReader;
import cn.bangfu.platform.control.SheetWriter;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The cadre spreadsheet (.xlsx): the import template, the export in the same layout, and reading an
 * upload back into rows. One header row, one cadre per row, columns as in {@link CadreColumn}; a
 * drop-down of the ranks' Chinese names; a second sheet explains the columns and lists the ranks.
 */
public final class CadreSheet {

    public static final String DATA_SHEET = "干部";
    public static final String HELP_SHEET = "说明";
    public static final int MAX_ROWS = 50_000;

    private static final int COMMENT_ROWS = 4;

    private CadreSheet() {
    }

    public static byte[] template() {
        return export(List.of());
    }

    /** The cadres in template layout, the rank by its Chinese name, written as they are iterated. */
    public static byte[] export(Iterable<CadreData> cadres) {
        return SheetWriter.write(writer -> {
            Sheet sheet = writer.dataSheet(DATA_SHEET, CadreColumn.values(), COMMENT_ROWS);
            writer.rows(sheet, cadres, CadreSheet::cells);
            help(writer.helpSheet(HELP_SHEET));
            String[] ranks = Arrays.stream(CadreRank.values()).map(CadreRank::chineseName).toArray(String[]::new);
            SheetWriter.dropDown(sheet, sheet.getDataValidationHelper().createExplicitListConstraint(ranks), CadreColumn.RANK,
                    new SheetWriter.Box("职级 Rank", "请从列表中选择：" + String.join("、", ranks) + "\nChoose a rank from the list."), null);
        });
    }

    /** The data rows of an uploaded workbook, blank rows left out. */
    public static List<CadreRow> read(byte[] xlsx) {
        return SheetReader.read(xlsx, CadreColumn.values(), MAX_ROWS).stream().map(r -> new CadreRow(r.number(), data(r.cells()))).toList();
    }

    static String[] cells(CadreData c) {
        CadreRank rank = CadreRank.of(c.rank());
        return new String[] {c.name(), c.unitCode(), c.position(), rank == null ? c.rank() : rank.chineseName(), c.phone()};
    }

    static CadreData data(String[] cells) {
        return new CadreData(null, cells[0], cells[1], cells[2], cells[3], cells[4], null);
    }

    private static void help(HelpSheet help) {
        help.heading("干部导入模板说明", "How to fill in the cadre import template");
        help.gap();
        help.columns(CadreColumn.values());
        help.gap();
        help.notes(new String[][] {
            {"第 1 行是表头，请勿修改；每行填写一位干部，从第 2 行开始。", "Row 1 is the header; leave it as it is. One cadre per row from row 2."},
            {"文件中只要有一处错误，就不会导入任何数据，并列出每处错误的行、列和原因。", "If any cell is wrong nothing is imported, and every wrong row, column and reason is listed."},
            {"已登记的干部按文件整行更新：空白的选填项会清空原有内容。同一文件导入两次，第二次不会改变任何数据。",
                "Registered cadres are updated from the whole row: an empty optional cell clears what was stored. "
                    + "Importing the same file twice changes nothing the second time."},
        });
        help.gap();
        help.heading("职级", "代码 Code");
        for (CadreRank rank : CadreRank.values()) {
            help.line(rank.chineseName(), rank.name());
        }
        help.widths(30, 40, 26, 14, 60, 60);
    }
}
