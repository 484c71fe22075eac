package cn.bangfu.registry.control;

import cn.bangfu.platform.control.HelpSheet;
import cn.bangfu.platform.control.SheetReader;
import cn.bangfu.platform.control.SheetWriter;
import cn.bangfu.registry.entity.KeyProjectCategory;
import cn.bangfu.registry.entity.KeyProjectData;
import cn.bangfu.registry.entity.KeyProjectRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The key project spreadsheet (.xlsx): the import template, the export in the same layout, and
 * reading an upload back into rows. One header row, one project per row, columns as in
 * {@link KeyProjectColumn}; a drop-down of the category names; a second sheet explains the columns
 * and lists the categories.
 */
public final class KeyProjectSheet {

    public static final String DATA_SHEET = "重点项目";
    public static final String HELP_SHEET = "说明";
    public static final int MAX_ROWS = 50_000;

    private static final int COMMENT_ROWS = 4;

    private KeyProjectSheet() {
    }

    public static byte[] template(List<KeyProjectCategory> categories) {
        return export(List.of(), categories);
    }

    /** The projects in template layout, the category by its name, written as they are iterated. */
    public static byte[] export(Iterable<KeyProjectData> projects, List<KeyProjectCategory> categories) {
        Map<String, String> names = categories.stream().collect(Collectors.toMap(KeyProjectCategory::getCode, KeyProjectCategory::getName));
        return SheetWriter.write(writer -> {
            Sheet sheet = writer.dataSheet(DATA_SHEET, KeyProjectColumn.values(), COMMENT_ROWS);
            writer.rows(sheet, projects, p -> cells(p, c -> names.getOrDefault(c, c)));
            help(writer.helpSheet(HELP_SHEET), categories);
            if (!categories.isEmpty()) {
                String[] list = categories.stream().map(KeyProjectCategory::getName).toArray(String[]::new);
                SheetWriter.dropDown(sheet, sheet.getDataValidationHelper().createExplicitListConstraint(list), KeyProjectColumn.CATEGORY,
                        new SheetWriter.Box("项目类别 Category", "请从列表中选择：" + String.join("、", list)
                                + "\nChoose a category from the list."), null);
            }
        });
    }

    /** The data rows of an uploaded workbook, blank rows left out; the category cell as written (name or code). */
    public static List<KeyProjectRow> read(byte[] xlsx) {
        return SheetReader.read(xlsx, KeyProjectColumn.values(), MAX_ROWS).stream().map(r -> row(r.number(), r.cells())).toList();
    }

    static String[] cells(KeyProjectData p, Function<String, String> categoryName) {
        return new String[] {p.name(), p.category() == null ? null : categoryName.apply(p.category()),
            p.totalInvestment() == null ? null : p.totalInvestment().stripTrailingZeros().toPlainString(), p.regionCode(), p.owner()};
    }

    static KeyProjectRow row(int number, String[] cells) {
        String investment = cells[2] == null ? null : cells[2].strip().replace(",", "").replace("，", "");
        BigDecimal amount = null;
        String bad = null;
        if (investment != null && !investment.isEmpty()) {
            try {
                amount = new BigDecimal(investment);
            } catch (NumberFormatException e) {
                bad = cells[2];
            }
        }
        return new KeyProjectRow(number, new KeyProjectData(null, cells[0], cells[1], amount, cells[3], cells[4], null), bad);
    }

    private static void help(HelpSheet help, List<KeyProjectCategory> categories) {
        help.heading("重点项目导入模板说明", "How to fill in the key project import template");
        help.gap();
        help.columns(KeyProjectColumn.values());
        help.gap();
        help.notes(new String[][] {
            {"第 1 行是表头，请勿修改；每行填写一个项目，从第 2 行开始。", "Row 1 is the header; leave it as it is. One project per row from row 2."},
            {"文件中只要有一处错误，就不会导入任何数据，并列出每处错误的行、列和原因。", "If any cell is wrong nothing is imported, and every wrong row, column and reason is listed."},
            {"已登记的项目按文件整行更新：空白的选填项会清空原有内容。同一文件导入两次，第二次不会改变任何数据。",
                "Registered projects are updated from the whole row: an empty optional cell clears what was stored. "
                    + "Importing the same file twice changes nothing the second time."},
        });
        help.gap();
        help.heading("项目类别", "代码 Code", "English");
        for (KeyProjectCategory category : categories) {
            help.line(category.getName(), category.getCode(), category.getNameEn());
        }
        help.widths(30, 40, 26, 14, 60, 60);
    }
}
