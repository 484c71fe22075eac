package cn.bangfu.appraisal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.appraisal.entity.AppealData;
import cn.bangfu.appraisal.entity.AppraisalData;
import cn.bangfu.appraisal.entity.AppraisalData.Event;
import cn.bangfu.appraisal.entity.AppraisalData.Item;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * 平江县工业和信息化局's form on paper, read back as text: as the evaluators see it during the publicity (every score, the
 * history, an upheld appeal) and as the unit sees it before (its own scores only, "—" for the evaluators').
 */
class FormLayoutTest {

    private static final String SCHEME = "2026年度企业帮扶工作考评细则（牵头单位）";
    private static final String A2_NOTE = "帮扶方案有两项措施未落实";
    private static final Map<String, String> VETOES = Map.of("V2", "逾期整改", "V1", "严重问题");

    @Test
    void theEvaluatorsFormCarriesTheScoresTotalsGradeVetoHistoryAndAppeal() throws IOException {
        String text = text(FormLayout.pdf(publicised(), VETOES));
        assertTrue(text.startsWith(SCHEME + "考评表"), text);
        assertTrue(text.contains("被考评单位：平江县工业和信息化局（单位代码：pj-gxj，县直单位）"), text);
        assertTrue(text.contains("考评表状态：公示中（公示期至2027年1月29日）"), text);
        assertTrue(text.contains("一、评分情况指标满分自评评分说明A问题化解605855.5"), "a group sums its children: " + text);
        assertTrue(text.contains("A1化解率302827.5自动计算"), text);
        assertTrue(text.contains("A2帮扶方案落实202018") && text.contains(A2_NOTE), text);
        assertTrue(text.contains("自评合计102得分93.5等次良好一票否决逾期整改"), text);
        assertFalse(text.contains("严重问题"), "only the vetoes that hold: " + text);
        assertTrue(text.contains("二、办理记录时间操作操作人说明2027-01-1110:00提交自评pj-gxj"), "China time: " + text);
        assertTrue(text.contains("2027-01-1811:00计算自动指标eval-li"), text);
        assertTrue(text.contains("2027-01-1914:00退回重评eval-wangA2扣分理由不充分"), text);
        assertTrue(text.contains("2027-01-2710:00申诉改分eval-li"), text);
        assertTrue(text.contains("三、申诉情况指标申诉理由状态答复") && text.contains("申诉成立"), text);
        assertTrue(text.indexOf("一、评分情况") < text.indexOf("二、办理记录") && text.indexOf("二、办理记录") < text.indexOf("三、申诉情况"), text);
    }

    @Test
    void theNotesTheRescoreAndTheAnswerSayWhatChanged() {
        AppraisalData form = publicised();
        assertEquals(List.of(FormLayout.INDENT + "A2 帮扶方案落实", "20", "20", "18", A2_NOTE + "（自评说明：方案措施已全部落实）"), FormLayout.rows(form).get(2));
        assertEquals(List.of("2027-01-27 10:00", "申诉改分", "eval-li", "指标 A2 帮扶方案落实：16 → 18；补充材料证明措施已落实"), FormLayout.history(form).get(4));
        assertEquals(List.of(List.of("A2 帮扶方案落实", "两项措施已于12月落实，有台账", "申诉成立", "经核实，措施已落实（评分 16 → 18）")), FormLayout.appeals(form));
    }

    @Test
    void theUnitsFormBeforeThePublicityShowsDashesForTheEvaluatorsScores() throws IOException {
        AppraisalData form = beforePublicity();
        String text = text(FormLayout.pdf(form, VETOES));
        assertTrue(text.contains("A问题化解6058—"), text);
        assertTrue(text.contains("A2帮扶方案落实2020—") && text.contains("自评说明"), text);
        assertTrue(text.contains("自评合计102得分—"), text);
        assertFalse(text.contains(A2_NOTE), "the evaluator's note is not shown yet: " + text);
        assertFalse(text.contains("等次"), "no grade yet: " + text);
        assertFalse(text.contains("一票否决"), text);
        assertFalse(text.contains("三、申诉情况"), "no appeal, no section: " + text);
        assertTrue(text.contains("考评表状态：已复核"), text);
        assertEquals(List.of(FormLayout.INDENT + "A2 帮扶方案落实", "20", "20", "—", "（自评说明：方案措施已全部落实）"), FormLayout.rows(form).get(2));
    }

    @Test
    void childrenAreIndentedUnderTheirGroup() {
        List<List<String>> rows = FormLayout.rows(publicised());
        assertEquals("A 问题化解", rows.get(0).get(0));
        assertEquals(FormLayout.INDENT + "A1 化解率", rows.get(1).get(0));
        assertEquals(FormLayout.INDENT + "A3 走访", rows.get(3).get(0));
        assertEquals(FormLayout.INDENT + FormLayout.INDENT + "A31 走访覆盖", rows.get(4).get(0), "a grandchild twice");
        assertEquals("B 督查发现问题", rows.get(5).get(0));
        assertEquals("", rows.get(0).get(4), "a group has no note");
    }

    @Test
    void theHistoryReadsInChineseInChinaTime() {
        assertEquals(List.of("2027-01-18 11:00", "计算自动指标", "eval-li", ""), FormLayout.history(publicised()).get(1));
        assertEquals(List.of("2027-01-19 09:30", "提交评分", "eval-li", ""), FormLayout.history(publicised()).get(2));
    }

    private static AppraisalData publicised() {
        List<Item> items = List.of(
                item("A", "问题化解", "GROUP", null, "60", "58", null, "55.5", null, null),
                item("A1", "化解率", "AUTO", "A", "30", "28", null, "27.5", null, true),
                item("A2", "帮扶方案落实", "MANUAL", "A", "20", "20", "方案措施已全部落实", "18", A2_NOTE, false),
                item("A3", "走访", "GROUP", "A", "10", "10", null, "10", null, null),
                item("A31", "走访覆盖", "MANUAL", "A3", "10", "10", null, "10", null, false),
                item("B", "督查发现问题", "DEDUCTION", null, "40", "40", null, "36", "督查发现一般问题 2 个", true),
                item("C", "创新做法", "BONUS", null, "4", "4", null, "2", "获评市级优化营商环境创新案例", false));
        List<Event> events = List.of(
                new Event("SELF_ASSESS", null, null, null, null, "pj-gxj", Instant.parse("2027-01-11T02:00:00Z")),
                new Event("COMPUTE", null, null, new BigDecimal("91.5"), null, "eval-li", Instant.parse("2027-01-18T03:00:00Z")),
                new Event("SCORE", null, null, new BigDecimal("91.5"), null, "eval-li", Instant.parse("2027-01-19T01:30:00Z")),
                new Event("RETURN", null, null, new BigDecimal("91.5"), "A2扣分理由不充分", "eval-wang", Instant.parse("2027-01-19T06:00:00Z")),
                new Event("RESCORE", "A2", new BigDecimal("16"), new BigDecimal("18"), "补充材料证明措施已落实", "eval-li",
                        Instant.parse("2027-01-27T02:00:00Z")));
        AppealData appeal = new AppealData(3L, 5L, "pj-gxj", "A2", "两项措施已于12月落实，有台账", "UPHELD", "pj-gxj", Instant.parse("2027-01-25T02:00:00Z"),
                "经核实，措施已落实", "eval-li", Instant.parse("2027-01-27T02:00:00Z"), new BigDecimal("16"), new BigDecimal("18"), 1);
        return new AppraisalData(5L, "pj-2026", "pj-gxj", "平江县工业和信息化局", "COUNTY_DEPARTMENT", 7L, SCHEME, "PUBLICISED", new BigDecimal("93.5"),
                new BigDecimal("102"), "GOOD", true, List.of("V2"), LocalDate.of(2027, 1, 15), Instant.parse("2027-01-18T03:00:00Z"),
                LocalDate.of(2027, 1, 18), false, LocalDate.of(2027, 1, 29), "eval-li", "eval-wang", 9, items, List.of(), events, List.of(appeal), Map.of(), false);
    }

    /** The same form as AppraisalViews gives it to the unit while it is reviewed: no evaluator's points, notes, grade or veto. */
    private static AppraisalData beforePublicity() {
        AppraisalData f = publicised();
        List<Item> items = f.items().stream().map(i -> new Item(i.indicator(), i.name(), i.kind(), i.parent(), i.max(), i.self(), i.selfNote(), null,
                null, null, null, null)).toList();
        List<Event> events = f.events().stream().filter(e -> !"COMPUTE".equals(e.action()) && !"RESCORE".equals(e.action())).toList();
        return new AppraisalData(f.id(), f.campaign(), f.unitCode(), f.unitName(), f.unitType(), f.schemeId(), f.schemeName(), "REVIEWED", null,
                f.selfTotal(), null, null, null, f.selfAssessBy(), null, null, null, null, f.scoredBy(), f.reviewedBy(), f.version(), items, List.of(),
                events, List.of(), Map.of(), false);
    }

    private static Item item(String code, String name, String kind, String parent, String max, String self, String selfNote, String score, String note,
                             Boolean computed) {
        return new Item(code, name, kind, parent, new BigDecimal(max), self == null ? null : new BigDecimal(self), selfNote,
                score == null ? null : new BigDecimal(score), note, computed, null, null);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // In reading order: OpenPDF writes a table's text after the paragraphs around it.
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).replaceAll("[\\s\\u00a0]+", "").replaceAll("第\\d+页", "");
        }
    }
}
