package cn.bangfu.ledger.control;

import static cn.bangfu.campaign.entity.Fixture.GXJ;
import static cn.bangfu.campaign.entity.Fixture.SHOES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.bangfu.campaign.entity.Fixture;
import cn.bangfu.ledger.entity.Difficulty;
import cn.bangfu.ledger.entity.Problem;
import cn.bangfu.ledger.entity.ProblemActor;
import cn.bangfu.ledger.entity.ProblemRow;
import cn.bangfu.ledger.entity.ProblemSource;
import cn.bangfu.ledger.entity.ProblemState;
import cn.bangfu.ledger.entity.ServiceLevels;
import cn.bangfu.ledger.entity.WorkCalendar;
import cn.bangfu.platform.control.Workbooks;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.ImportRejectedException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The 问题台账 spreadsheet: its template, the export of problems in every state, and reading both back. */
class ProblemSheetTest {

    private static final List<String> HEADER = List.of("序号", "企业名称", "统一社会信用代码", "问题描述", "问题类别", "提出日期", "责任单位", "办理状态", "办结日期",
            "办理结果");
    private static final List<ProblemCategories.Category> CATEGORIES = List.of(
            new ProblemCategories.Category("FINANCING", "融资贷款", "Financing", null, null),
            new ProblemCategories.Category("FACTORS", "要素保障", "Production factors", null, null));
    private static final ProblemActor OFFICE = new ProblemActor("office", null, true, false, false);
    private static final ProblemActor UNIT = new ProblemActor("pj-gxj", GXJ.getId(), false, true, false);
    private static final ServiceLevels LEVELS = ServiceLevels.defaults();
    private static final WorkCalendar WEEKDAYS = WorkCalendar.of(Map.of());
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void theTemplateHasTheLedgersColumnsAStateListAndTheCategories() throws IOException {
        try (XSSFWorkbook wb = Workbooks.open(ProblemSheet.template(CATEGORIES))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("问题台账", sheet.getSheetName());
            assertEquals(HEADER, cells(sheet.getRow(0)));
            assertEquals(null, sheet.getRow(1), "no data rows");
            List<? extends DataValidation> lists = wb.getSheetAt(0).getDataValidations();
            assertEquals(1, lists.size());
            assertEquals(List.of("未交办", "已交办", "办理中", "已办结", "已销号"), List.of(lists.get(0).getValidationConstraint().getExplicitListValues()));
            assertEquals("H2", lists.get(0).getRegions().getCellRangeAddress(0).formatAsString().split(":")[0]);
            Sheet help = wb.getSheet("说明");
            List<String> firstCells = new ArrayList<>();
            help.forEach(r -> firstCells.add(r.getCell(0) == null ? null : r.getCell(0).getStringCellValue()));
            assertEquals(true, firstCells.containsAll(List.of("融资贷款", "要素保障", "已销号", "H")), firstCells::toString);
        }
    }

    @Test
    void anExportReadsBackAsTheRowsItWasWrittenFrom() throws IOException {
        List<ProblemRow> rows = List.of(
                new ProblemRow(0, SHOES.getName(), SHOES.getCreditCode(), "贷款展期。流动资金贷款将到期", "融资贷款", "2026-03-02", null, "未交办", null, null),
                new ProblemRow(0, "福坤汽车产业园", null, "园区道路未通\n影响设备进场", "要素保障", "2026-03-03", "平江县工业和信息化局", "已销号", "2026-04-01",
                        "道路已通车"));
        byte[] xlsx = ProblemSheet.export(rows, CATEGORIES);
        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            assertEquals(Arrays.asList("1", SHOES.getName(), SHOES.getCreditCode(), "贷款展期。流动资金贷款将到期", "融资贷款", "2026-03-02", null, "未交办", null,
                    null), cells(wb.getSheetAt(0).getRow(1)));
            assertEquals("2", cells(wb.getSheetAt(0).getRow(2)).get(0), "序号 counts the rows");
        }
        assertEquals(List.of(
                new ProblemRow(2, SHOES.getName(), SHOES.getCreditCode(), "贷款展期。流动资金贷款将到期", "融资贷款", "2026-03-02", null, "未交办", null, null),
                new ProblemRow(3, "福坤汽车产业园", null, "园区道路未通\n影响设备进场", "要素保障", "2026-03-03", "平江县工业和信息化局", "已销号", "2026-04-01",
                        "道路已通车")), ProblemSheet.read(xlsx));
    }

    @Test
    void aProblemIsWrittenWithItsStateWordAndOnlyTheCellsItsStateHas() {
        Problem registered = registered("贷款展期", "流动资金贷款将到期");
        Problem routed = registered("用电增容", "用电增容 800 千伏安");
        routed.route(OFFICE, GXJ, List.of(), LEVELS, WEEKDAYS, at(DAY), DAY);
        Problem reopened = registered("路灯损坏", null);
        reopened.route(OFFICE, GXJ, List.of(), LEVELS, WEEKDAYS, at(DAY), DAY);
        reopened.accept(UNIT, at(DAY), DAY);
        reopened.resolve(UNIT, "已报修", at(DAY.plusDays(1)), DAY.plusDays(1));
        reopened.reopen(OFFICE, "路灯仍未亮", at(DAY.plusDays(2)));
        Problem resolved = registered("招工难？", "需招工 200 人");
        resolved.route(OFFICE, GXJ, List.of(), LEVELS, WEEKDAYS, at(DAY), DAY);
        resolved.accept(UNIT, at(DAY), DAY);
        resolved.resolve(UNIT, "已组织专场招聘会", at(DAY.plusDays(3)), DAY.plusDays(3));

        assertEquals(new ProblemRow(0, SHOES.getName(), SHOES.getCreditCode(), "贷款展期。流动资金贷款将到期", "融资贷款", "2026-03-02", null, "未交办", null, null),
                ProblemSheet.row(registered, "融资贷款"), "the title leads the description as its first sentence");
        assertEquals(new ProblemRow(0, SHOES.getName(), SHOES.getCreditCode(), "用电增容 800 千伏安", "融资贷款", "2026-03-02", GXJ.getName(), "已交办", null,
                null), ProblemSheet.row(routed, "融资贷款"), "a description that begins with the title is the text");
        assertEquals(new ProblemRow(0, SHOES.getName(), SHOES.getCreditCode(), "路灯损坏", "融资贷款", "2026-03-02", GXJ.getName(), "办理中", null, null),
                ProblemSheet.row(reopened, "融资贷款"), "reopened is in work again: the answer it had is not the ledger's");
        assertEquals(new ProblemRow(0, SHOES.getName(), SHOES.getCreditCode(), "招工难？需招工 200 人", "融资贷款", "2026-03-02", GXJ.getName(), "已办结",
                "2026-03-05", "已组织专场招聘会"), ProblemSheet.row(resolved, "融资贷款"));
        assertEquals("招工难", ProblemSheet.title(ProblemSheet.row(resolved, "融资贷款").description(), ProblemImportCheck.TITLE_MAX),
                "imported elsewhere, the title comes back");
    }

    @Test
    void theStateWordsAndCodesNameTheStatesAnImportTakes() {
        assertEquals(ProblemState.REGISTERED, ProblemSheet.state(" 未交办 "));
        assertEquals(ProblemState.ROUTED, ProblemSheet.state("已交办"));
        assertEquals(ProblemState.ACCEPTED, ProblemSheet.state("办理中"));
        assertEquals(ProblemState.RESOLVED, ProblemSheet.state("已办结"));
        assertEquals(ProblemState.CLOSED, ProblemSheet.state("已销号"));
        assertEquals(ProblemState.RESOLVED, ProblemSheet.state("resolved"));
        assertEquals(null, ProblemSheet.state("PAUSED"), "the ledger knows no pause");
        assertEquals(null, ProblemSheet.state("已撤销"));
        assertEquals(List.of("未交办", "已交办", "办理中", "办理中", "办理中", "已办结", "已销号"),
                List.of(ProblemState.REGISTERED, ProblemState.ROUTED, ProblemState.ACCEPTED, ProblemState.REOPENED, ProblemState.PAUSED,
                        ProblemState.RESOLVED, ProblemState.CLOSED).stream().map(ProblemSheet::word).toList());
        assertThrows(IllegalArgumentException.class, () -> ProblemSheet.word(ProblemState.WITHDRAWN));
    }

    @Test
    void anExcelDateCellIsTheDayItShows() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("问题台账");
            Workbooks.fill(s.createRow(0), HEADER.toArray());
            Row r = s.createRow(1);
            Workbooks.fill(r, 1, SHOES.getName(), SHOES.getCreditCode(), "贷款展期", "融资贷款", null, null, "未交办");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            r.createCell(5).setCellValue(LocalDate.of(2026, 3, 1));
            r.getCell(5).setCellStyle(date);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            ProblemRow read = ProblemSheet.read(out.toByteArray()).get(0);
            assertEquals("2026-03-01", read.raisedOn());
            assertEquals("1", new DataFormatter().formatCellValue(r.getCell(0)), "序号 as a number is only read, never kept");
        }
    }

    @Test
    void aFileWithAnotherHeaderIsRefusedAtTheCellsThatDiffer() {
        byte[] xlsx = Workbooks.xlsx(new Object[] {"序号", "企业名称", "信用代码", "问题描述", "问题类别", "提出日期", "责任单位", "办理状态", "办结日期", "办理结果"},
                new Object[] {1, SHOES.getName()});
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> ProblemSheet.read(xlsx));
        assertEquals(List.of(FieldError.of("creditCode", "import.header.mismatch", "C", "统一社会信用代码").at(1, "C")), e.errors());
    }

    private static Problem registered(String title, String description) {
        return Fixture.id(Problem.register("430626-2026-00001", new Problem.Registration(Fixture.threeToOne(), SHOES, title, description,
                "FINANCING", ProblemSource.OFFICE, Difficulty.ORDINARY, DAY, null), OFFICE, at(DAY), DAY));
    }

    private static java.time.Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < HEADER.size(); c++) {
            cells.add(row.getCell(c) == null ? null : row.getCell(c).getStringCellValue());
        }
        return cells;
    }
}
