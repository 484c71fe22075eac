package cn.bangfu.org.control;

import cn.bangfu.org.entity.UnitData;
import cn.bangfu.org.entity.UnitRow;
import cn.bangfu.org.entity.UnitType;
import cn.bangfu.platform.control.HelpSheet;
import cn.bangfu.platform.control.SheetReader;
import cn.bangfu.platform.control.SheetWriter;
import cn.bangfu.platform.entity.ImportRejectedException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The unit spreadsheet (.xlsx): the import template, the export in the same layout (so an export
 * can be edited and imported again), and reading an upload back into rows. One header row, one
 * unit per row below it, columns as in {@link UnitColumn}; a second sheet explains the columns.
 */
public final class UnitSheet {

    public static final String DATA_SHEET = "责任单位";
    public static final String HELP_SHEET = "说明";
    /** Well above a province's 20,000 units, so any export can be imported again; beyond it, split the file. */
    public static final int MAX_ROWS = 50_000;

    /** How many rows a header's English comment spans: enough for the longest help. */
    private static final int COMMENT_ROWS = 5;

    private UnitSheet() {
    }

    public static byte[] template() {
        return export(List.of());
    }

    /** The units in template layout, written as they are iterated, so the iterable may page through the database. */
    public static byte[] export(Iterable<UnitData> units) {
        return SheetWriter.write(writer -> {
            Sheet sheet = writer.dataSheet(DATA_SHEET, UnitColumn.values(), COMMENT_ROWS);
            typeDropDown(sheet);
            writer.rows(sheet, units, UnitSheet::cells);
            help(writer.helpSheet(HELP_SHEET));
        });
    }

    /**
     * The data rows of an uploaded workbook, blank rows left out, cells as text; the type converted
     * to its code when it is a Chinese type name. A file that is no workbook, has the wrong header
     * or no data rows is rejected as a whole.
     */
    public static List<UnitRow> read(byte[] xlsx) throws ImportRejectedException {
        return read(xlsx, MAX_ROWS);
    }

    /** @param maxRows the most data rows one import takes */
    static List<UnitRow> read(byte[] xlsx, int maxRows) {
        UnitColumn[] all = UnitColumn.values();
        SheetReader.Content content = SheetReader.readAll(xlsx, all.length, maxRows);
        // A sheet made before the e-mail column was added ends before it: it imports, and says nothing of addresses.
        boolean withEmail = content.header() != null && content.header()[UnitColumn.CONTACT_EMAIL.ordinal()] != null;
        UnitColumn[] columns = withEmail ? all : Arrays.copyOf(all, UnitColumn.CONTACT_EMAIL.ordinal());
        return SheetReader.rows(content, columns).stream().map(r -> new UnitRow(r.number(), data(r.cells(), withEmail), withEmail)).toList();
    }

    /** A unit's cells in column order: all text, the type by its Chinese name. */
    static String[] cells(UnitData unit) {
        UnitType type = UnitData.unitType(unit.type());
        return new String[] {unit.code(), unit.name(), type == null ? unit.type() : type.chineseName(), unit.regionCode(),
            unit.headName(), unit.contactName(), unit.contactPhone(), unit.contactEmail()};
    }

    /** A row's cells as unit data: the type as its code when it is a Chinese type name, the rest as the user wrote it. */
    static UnitData data(String[] cells, boolean withEmail) {
        return new UnitData(cells[0], cells[1], typeCode(cells[2]), cells[3], cells[4], cells[5], cells[6],
                withEmail ? cells[UnitColumn.CONTACT_EMAIL.ordinal()] : null, null);
    }

    /**
     * The type code for a Chinese type name, written with full- or half-width brackets; any other
     * text unchanged, so a type code passes and a wrong text is reported as the user wrote it.
     */
    private static String typeCode(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace('(', '（').replace(')', '）');
        for (UnitType type : UnitType.values()) {
            if (type.chineseName().equals(t)) {
                return type.name();
            }
        }
        return text;
    }

    private static void typeDropDown(Sheet sheet) {
        String[] names = Arrays.stream(UnitType.values()).map(UnitType::chineseName).toArray(String[]::new);
        SheetWriter.dropDown(sheet, sheet.getDataValidationHelper().createExplicitListConstraint(names), UnitColumn.TYPE,
                new SheetWriter.Box("单位类型 Unit type", "请从列表中选择：" + String.join("、", names) + "\nChoose a type from the list."),
                new SheetWriter.Box("单位类型", String.join("、", names)));
    }

    private static void help(HelpSheet help) {
        help.heading("责任单位导入模板说明", "How to fill in the unit import template");
        help.gap();
        help.columns(UnitColumn.values());
        help.gap();
        help.heading("单位类型可选值", "代码 Code", "Unit type");
        for (UnitType type : UnitType.values()) {
            help.line(type.chineseName(), type.name(), english(type));
        }
        help.gap();
        help.notes(new String[][] {
            {"第 1 行是表头，请勿修改；每行填写一个单位，从第 2 行开始。", "Row 1 is the header; leave it as it is. One unit per row from row 2."},
            {"文件中只要有一处错误，就不会导入任何数据，并列出每处错误的行、列和原因。", "If any cell is wrong nothing is imported, and every wrong row, column and reason is listed."},
            {"已有的单位按文件整行更新：空白的选填项会清空原有内容。", "Existing units are updated from the whole row: an empty optional cell clears what was stored."},
            {"区划代码和电话按文本填写最稳妥；填成数字也能正确识别。", "Region codes and phone numbers are safest as text; numbers are read correctly too."},
            {"没有“联系邮箱”列的旧模板仍可导入，已有单位的邮箱保持不变。", "An older sheet without the e-mail column still imports; existing units keep their e-mail."},
        });
        help.widths(18, 16, 22, 14, 60, 60);
    }

    private static String english(UnitType type) {
        return switch (type) {
            case COUNTY_DEPARTMENT -> "County department";
            case TOWNSHIP -> "Township or subdistrict";
            case PARK -> "Industrial park";
            case OTHER -> "Other";
        };
    }
}
