package cn.bangfu.appraisal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.platform.control.Workbooks;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The 考评结果汇总表 as an official opens it: one sheet, the title, the ranking, the quota use and the rules, in Chinese. */
class ResultsColumnTest {

    private static final List<String> HEADER = List.of("序号", "单位类型", "排名", "单位代码", "单位名称", "得分", "等次", "一票否决", "因名额调整", "考评表状态");

    @Test
    void oneSheetTitledAfterTheSchemeThenTheRankingInChinese() throws IOException {
        List<List<String>> lines = lines(ResultsSheet.xlsx(ResultsFixtures.results(true)));
        assertEquals(List.of(ResultsFixtures.SCHEME + "考评结果汇总表"), lines.get(0), "the title row names the scheme");
        assertEquals(HEADER, lines.get(1));
        assertEquals(List.of("1", "县直单位", "1", "pj-gxj", "平江县工业和信息化局", "95.5", "优秀", "否", "否", "已公布"), lines.get(2));
        assertEquals(List.of("2", "县直单位", "2", "pj-swj", "平江县商务局", "92", "良好", "否", "是", "已公布"), lines.get(3),
                "held back by the quota");
        assertEquals(List.of("3", "县直单位", "3", "pj-nyj", "平江县农业农村局", "85.25", "合格", "是", "否", "已定稿"), lines.get(4), "vetoed");
        assertEquals(List.of("4", "乡镇（街道）", "1", "pj-jyz", "平江县嘉义镇", "58", "不合格", "否", "否", "已复核"), lines.get(5),
                "ranked within its own unit type");
    }

    @Test
    void theQuotaUseFollowsWithNoLimitInWords() throws IOException {
        List<List<String>> lines = lines(ResultsSheet.xlsx(ResultsFixtures.results(true)));
        int block = lines.indexOf(List.of("名额使用情况"));
        assertTrue(block > 5, "the quota block comes after the ranking: " + lines);
        assertEquals(List.of("序号", "单位类型", "等次", "单位数", "名额上限"), lines.get(block + 1));
        assertEquals(List.of("1", "县直单位", "优秀", "1", "1"), lines.get(block + 2));
        assertEquals(List.of("2", "县直单位", "良好", "1", "不限"), lines.get(block + 3));
        assertEquals(List.of("8", "乡镇（街道）", "不合格", "1", "不限"), lines.get(block + 9));
    }

    @Test
    void theRulesCloseTheSheetInWords() throws IOException {
        List<List<String>> lines = lines(ResultsSheet.xlsx(ResultsFixtures.results(true)));
        int block = lines.indexOf(List.of("评定规则"));
        assertTrue(block > lines.indexOf(List.of("名额使用情况")), "the rules come last: " + lines);
        String rules = String.join("\n", lines.subList(block + 1, lines.size()).stream().map(l -> String.join("|", l)).toList());
        assertTrue(rules.contains("|排名|按单位类型分别排名，得分高的在前；得分相同的，扣分少的在前；再相同的，按单位代码排列。"), rules);
        assertTrue(rules.contains("得分 90 分及以上为优秀，80 分及以上为良好，60 分及以上为合格，低于 60 分为不合格（满分 100 分）"), rules);
        assertTrue(rules.contains("优秀不超过该类单位数的 20%；良好不限名额"), rules);
        assertTrue(rules.contains("名额按该类单位数乘以比例向下取整、至少 1 个。"), rules);
        assertEquals("5", lines.get(lines.size() - 1).get(0), "five rules, numbered: " + rules);
    }

    @Test
    void provisionalResultsSaySoInTheTitle() throws IOException {
        assertEquals(List.of(ResultsFixtures.SCHEME + "考评结果汇总表（初步结果）"), lines(ResultsSheet.xlsx(ResultsFixtures.results(false))).get(0));
    }

    @Test
    void aUnitBeforeThePublicationGetsTheRulesButNoPlaces() throws IOException {
        List<List<String>> lines = lines(ResultsSheet.xlsx(ResultsFixtures.hidden()));
        assertEquals(HEADER, lines.get(1));
        assertEquals(List.of("无"), lines.get(2));
        int block = lines.indexOf(List.of("名额使用情况"));
        assertEquals(List.of("无"), lines.get(block + 2));
        assertTrue(lines.contains(List.of("评定规则")), lines::toString);
    }

    @Test
    void theColumnsAreTheHeadersInOrderAndTheNamesHaveRoom() throws IOException {
        assertEquals(HEADER, Arrays.stream(ResultsColumn.values()).map(ResultsColumn::title).toList());
        try (XSSFWorkbook wb = Workbooks.open(ResultsSheet.xlsx(ResultsFixtures.results(true)))) {
            Sheet sheet = wb.getSheet("考评结果汇总表");
            assertEquals(ResultsColumn.UNIT_NAME.width() * 256, sheet.getColumnWidth(ResultsColumn.UNIT_NAME.ordinal()));
            assertTrue(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold(), "the title is bold");
            assertTrue(wb.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold(), "so is the header");
        }
    }

    /** The sheet's rows as the text each cell shows, empty rows as empty lists, trailing empty cells dropped. */
    private static List<List<String>> lines(byte[] xlsx) throws IOException {
        DataFormatter format = new DataFormatter();
        List<List<String>> lines = new ArrayList<>();
        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            assertEquals(1, wb.getNumberOfSheets());
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("考评结果汇总表", sheet.getSheetName());
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                lines.add(cells);
            }
        }
        return lines;
    }
}
