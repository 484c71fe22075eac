package cn.bangfu.web.appraisal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.appraisal.control.SchemeCheck;
import cn.bangfu.appraisal.entity.SchemeData;
import cn.bangfu.appraisal.entity.SchemeData.IndicatorData;
import cn.bangfu.appraisal.entity.SchemeData.VetoData;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scheme editor's model (考评细则): a scheme read becomes rows the evaluator changes and goes back to the boundary
 * unchanged in what he did not touch; every field the boundary refuses ({@code indicators[0].children[1].formula}) lands
 * beside the input of the row that shows that indicator, after the rows were added, removed or moved; the running sums are
 * the boundary's.
 *
 * <p>The scheme: A 问题化解 (GROUP 60) = A1 化解率 (AUTO 30) + A2 方案落实 (MANUAL 30); B 督查扣分 (DEDUCTION 40: 1 / 3 / 5);
 * C 创新加分 (BONUS 5); veto V1. Shown as rows 0 A, 1 A1, 2 A2, 3 B, 4 C.
 */
class SchemeTreeTest {

    private static IndicatorData indicator(String code, String kind, int max, String formula, Map<String, BigDecimal> deductions,
                                           List<IndicatorData> children) {
        return new IndicatorData(code, "指标" + code, new BigDecimal(max), kind, formula, deductions, "细则" + code, children);
    }

    private static Map<String, BigDecimal> deductions(String minor, String major, String serious) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("MINOR", new BigDecimal(minor));
        m.put("MAJOR", new BigDecimal(major));
        m.put("SERIOUS", new BigDecimal(serious));
        return m;
    }

    /** The scheme of the class comment, as the boundary gives it. */
    private static SchemeData scheme() {
        return new SchemeData(7L, "pj-2026-lsbf", "2026年度考评细则", "ANNUAL", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "LEADING",
                List.of("COUNTY_DEPARTMENT"), "DRAFT", 1, 3L, new BigDecimal("100"), new BigDecimal("5"),
                List.of(indicator("A", "GROUP", 60, null, null, List.of(
                                indicator("A1", "AUTO", 30, "30 * resolutionRate", null, List.of()),
                                indicator("A2", "MANUAL", 30, null, null, List.of()))),
                        indicator("B", "DEDUCTION", 40, null, deductions("1", "3", "5"), List.of()),
                        indicator("C", "BONUS", 5, null, null, List.of())),
                List.of(new VetoData("V1", "严重问题", "findingsSerious > 0", "PASS")), new SchemeData.GradingData(new BigDecimal("90"),
                new BigDecimal("80"), new BigDecimal("60"), 20, 100), null);
    }

    private static List<String> codes(SchemeTree t) {
        return t.rows().stream().map(SchemeTree.Row::getCode).toList();
    }

    private static SchemeTree.Row row(SchemeTree t, String code) {
        return t.rows().stream().filter(r -> code.equals(r.getCode())).findFirst().orElseThrow();
    }

    /** Where each error of the boundary's refusal of this tree is shown: field → client id (null: at the top of the page). */
    private static Map<String, String> shownAt(SchemeTree t) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> SchemeCheck.content(t.data()));
        Map<String, String> ids = t.inputs("schemes", "rows", "vetoes");
        Map<String, String> at = new LinkedHashMap<>();
        for (FieldError e : refused.errors()) {
            at.put(e.field(), ids.get(e.field()));
        }
        return at;
    }

    // --- SchemeData ↔ rows ---

    @Test
    void aSchemeReadAndSavedUntouchedIsTheSchemeRead() {
        SchemeData read = scheme();
        SchemeData sent = SchemeTree.of(read).data();
        assertAll(() -> assertEquals(read.indicators(), sent.indicators(), "the tree, kind by kind, with formula, deductions and rules"),
                () -> assertEquals(read.vetoes(), sent.vetoes()),
                () -> assertEquals(read.id(), sent.id()),
                () -> assertEquals(3L, sent.version(), "the version read goes back, so a stale save is refused"),
                () -> assertEquals(List.of(read.name(), read.periodType(), read.from(), read.to(), read.appliesTo(), read.unitTypes(), read.total(),
                        read.bonusCap()), List.of(sent.name(), sent.periodType(), sent.from(), sent.to(), sent.appliesTo(), sent.unitTypes(),
                        sent.total(), sent.bonusCap())));
    }

    @Test
    void theRowsAreTheTreeInOrderEachWithItsDepthAndPath() {
        SchemeTree t = SchemeTree.of(scheme());
        assertEquals(List.of("A", "A1", "A2", "B", "C"), codes(t));
        assertEquals(List.of(0, 1, 1, 0, 0), t.rows().stream().map(SchemeTree.Row::getDepth).toList());
        assertEquals(List.of("indicators[0]", "indicators[0].children[0]", "indicators[0].children[1]", "indicators[1]", "indicators[2]"),
                t.rows().stream().map(t::path).toList());
    }

    @Test
    void aRowSendsWhatItsKindUsesAndKeepsTheRestShouldTheEvaluatorSwitchBack() {
        SchemeTree t = SchemeTree.of(scheme());
        SchemeTree.Row a1 = row(t, "A1");
        SchemeTree.Row b = row(t, "B");
        a1.setKind("MANUAL");
        b.setKind("BONUS");
        IndicatorData a1Sent = t.data().indicators().get(0).children().get(0);
        IndicatorData bSent = t.data().indicators().get(1);
        assertAll(() -> assertNull(a1Sent.formula(), "a manual indicator has no formula: the boundary would refuse one"),
                () -> assertNull(bSent.deductions(), "a bonus takes nothing off per finding"));
        a1.setKind("AUTO");
        b.setKind("DEDUCTION");
        assertEquals(scheme().indicators(), t.data().indicators(), "switched back, nothing typed was lost");
    }

    @Test
    void aDeductionSendsOnlyTheSeveritiesGivenAndTheBoundarySaysWhenNoneTakesPointsOff() {
        SchemeTree t = SchemeTree.of(scheme());
        SchemeTree.Row b = row(t, "B");
        b.setMinor(null);
        b.setSerious(null);
        assertEquals(Map.of("MAJOR", new BigDecimal("3")), t.data().indicators().get(1).deductions());
        b.setMajor(null);
        assertEquals("schemes:rows:3:minor", shownAt(t).get("indicators[1].deductions"), "no severity at all: beside the first one");
    }

    @Test
    void theSkeletonOfANewSchemeSavesAsItIs() {
        SchemeTree t = SchemeTree.skeleton("平江县考评细则", 2026, "工作成效");
        assertTrue(t.isNew());
        assertTrue(t.isBalanced(), "100 points in one indicator, of 100");
        assertNotNull(SchemeCheck.content(t.data()), "the boundary's own check");
        assertEquals(LocalDate.of(2026, 1, 1), t.data().from());
        assertEquals(LocalDate.of(2026, 12, 31), t.data().to());
    }

    @Test
    void theGradeRulesGoBackAsShownAndDefaultOnesFollowTheTotal() {
        SchemeTree t = SchemeTree.of(scheme());
        assertNull(t.data().grading(), "90/80/60 of 100 with 20 % EXCELLENT are the defaults: not sent, so they go on following the total");
        t.setExcellentQuotaPercent(15);
        assertEquals(new SchemeData.GradingData(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("60"), 15, 100), t.data().grading(),
                "rules of its own are sent");
        t.setExcellentQuotaPercent(20);
        t.setTotal(new BigDecimal("120"));
        assertEquals(new SchemeData.GradingData(new BigDecimal("108"), new BigDecimal("96"), new BigDecimal("72"), 20, 100), t.gradingData(),
                "the defaults of 100 become those of 120");
        t.setGoodFrom(new BigDecimal("100"));
        t.setTotal(new BigDecimal("100"));
        assertEquals(List.of(new BigDecimal("108"), new BigDecimal("100")), List.of(t.getExcellentFrom(), t.getGoodFrom()),
                "thresholds of its own stay as they are");
        Map<String, String> at = shownAt(t);
        assertEquals(Map.of("grading.excellentFrom", "schemes:excellentFrom"), at, "108 of 100: beside its input");
    }

    // --- the errors of the boundary beside the inputs ---

    @Test
    void aFormulaThatDoesNotParseIsShownBesideTheFormulaOfItsRowAndTheWrongTotalBesideTheTotal() {
        SchemeTree t = SchemeTree.of(scheme());
        row(t, "A1").setFormula("30 * resolutionRat");
        t.setTotal(new BigDecimal("90"));
        Map<String, String> at = shownAt(t);
        assertEquals("schemes:rows:1:formula", at.get("indicators[0].children[0].formula"), at::toString);
        assertEquals("schemes:total", at.get("total"), at::toString);
        assertEquals(2, at.size(), at::toString);
    }

    @Test
    void anErrorFollowsItsIndicatorWhenTheRowsAreMovedAddedAndRemoved() {
        SchemeTree t = SchemeTree.of(scheme());
        t.moveDown(row(t, "A"));
        t.moveUp(row(t, "A2"));
        t.addAfter(row(t, "B"));
        t.remove(row(t, "C"));
        assertEquals(List.of("B", "D", "A", "A2", "A1"), codes(t), "B moved up, a new D after it, the bonus C gone");
        row(t, "A1").setFormula("30 * resolutionRate / 0");
        Map<String, String> at = shownAt(t);
        assertEquals("schemes:rows:4:formula", at.get("indicators[2].children[1].formula"), at::toString);
        assertSame(row(t, "A1"), t.rowAt("indicators[2].children[1].formula"));
    }

    @Test
    void everyProblemOfAnIndicatorOrAVetoIsShownBesideOneOfItsInputs() {
        SchemeTree t = SchemeTree.of(scheme());
        row(t, "A2").setCode("A1");
        row(t, "A1").setName(" ");
        row(t, "B").setMax(new BigDecimal("-1"));
        SchemeTree.Row c = row(t, "C");
        c.setKind("GROUP");
        SchemeTree.Row child = t.addChild(row(t, "B"));
        child.setName("误加的下级");
        child.setMax(BigDecimal.ONE);
        t.getVetoes().get(0).setCondition("findingsSerious >");
        t.getVetoes().get(0).setCapGrade("BEST");
        Map<String, String> at = shownAt(t);
        List<String> nowhere = new ArrayList<>();
        at.forEach((field, id) -> {
            if (id == null) {
                nowhere.add(field);
            }
        });
        assertAll(() -> assertEquals(List.of(), nowhere, "shown beside no input: " + at),
                () -> assertEquals("schemes:rows:2:code", at.get("indicators[0].children[1].code"), "the second A1"),
                () -> assertEquals("schemes:rows:1:name", at.get("indicators[0].children[0].name")),
                () -> assertEquals("schemes:rows:3:max", at.get("indicators[1].max")),
                () -> assertEquals("schemes:rows:3:kind", at.get("indicators[1].children"), "only a group has children: on the kind"),
                () -> assertEquals("schemes:rows:5:kind", at.get("indicators[2].children"), "a group without children: on the kind"),
                () -> assertEquals("schemes:vetoes:0:condition", at.get("vetoes[0].condition")),
                () -> assertEquals("schemes:vetoes:0:capGrade", at.get("vetoes[0].capGrade")));
    }

    @Test
    void whatNamesNoInputIsLeftToTheTopOfThePage() {
        SchemeTree t = SchemeTree.of(scheme());
        Map<String, String> ids = t.inputs("schemes", "rows", "vetoes");
        assertAll(() -> assertNull(ids.get("indicators"), "no indicator at all"),
                () -> assertNull(ids.get("version")),
                () -> assertNull(ids.get("indicators[5].name"), "a row that is not there"),
                () -> assertNull(t.rowAt("indicators[5].name")),
                () -> assertNull(t.rowAt("indicators[x].name")),
                () -> assertNull(t.rowAt("vetoes[0].name")));
        List.copyOf(t.rows()).stream().filter(r -> r.getDepth() == 0).forEach(t::remove);
        assertEquals(List.of(), t.rows());
        Map<String, String> at = shownAt(t);
        assertTrue(at.containsKey("indicators"), at::toString);
        assertNull(at.get("indicators"), "none at all: at the top");
    }

    @Test
    void afterARefusedSaveTheIndicatorsAndVetoesWithAMessageAreNamedInTheOrderShown() {
        SchemeTree t = SchemeTree.of(scheme());
        row(t, "B").setName(null);
        List<String> withMessages = List.of("schemes:vetoes:0:condition", "schemes:rows:3:minor", "schemes:rows:1:formula", "schemes:rows:1:max",
                "schemes:total", "schemes:rows:10:name");
        assertEquals(List.of("A1 指标A1", "B", "V1 严重问题"), t.troubled(withMessages, "schemes", "rows", "vetoes"),
                "each once; the header is beside its own inputs; row 10 is not row 1");
        SchemeTree.Row c = row(t, "C");
        c.setCode(" ");
        c.setName(null);
        assertEquals(List.of("#5"), t.troubled(List.of("schemes:rows:4:code"), "schemes", "rows", "vetoes"), "a row without code or name");
    }

    // --- the running sums ---

    @Test
    void theTopLevelMaximaAddUpBonusesAsideAsTheBoundaryChecksThem() {
        SchemeTree t = SchemeTree.of(scheme());
        assertEquals(new BigDecimal("100"), t.topSum(), "60 + 40, the bonus C aside");
        assertTrue(t.isBalanced());
        row(t, "B").setMax(new BigDecimal("35"));
        assertFalse(t.isBalanced());
        assertEquals("total", shownAt(t).keySet().stream().filter(f -> !f.startsWith("indicators")).findFirst().orElse(null),
                "what the editor shows while typing, the boundary refuses");
        assertEquals(new BigDecimal("60"), t.childSum(row(t, "A")));
        row(t, "A2").setKind("BONUS");
        assertEquals(new BigDecimal("30"), t.childSum(row(t, "A")), "a bonus under a group does not count either");
        row(t, "B").setMax(null);
        assertEquals(new BigDecimal("60"), t.topSum(), "a maximum not typed yet counts 0");
    }

    // --- changes of the tree's shape ---

    @Test
    void newRowsGetCodesNoRowHasUnderTheirParent() {
        SchemeTree t = SchemeTree.of(scheme());
        assertEquals("D", t.addTop().getCode(), "the fourth at the top");
        assertEquals("A.3", t.addChild(row(t, "A")).getCode(), "the third under A");
        SchemeTree.Row after = t.addAfter(row(t, "A1"));
        assertEquals("A.4", after.getCode(), "the fourth under A");
        assertEquals(List.of("A", "A1", "A.4", "A2", "A.3", "B", "C", "D"), codes(t));
        assertSame(row(t, "A"), after.getParent());
        t.getVetoes().get(0).setCode("V2");
        assertEquals("V3", t.addVeto().getCode(), "V2 is taken");
        assertEquals("AA", SchemeTree.letters(27));
    }

    @Test
    void removingAGroupRemovesWhatIsUnderItAndMovesStopAtTheEnds() {
        SchemeTree t = SchemeTree.of(scheme());
        t.moveUp(row(t, "A"));
        t.moveDown(row(t, "C"));
        t.moveUp(row(t, "A1"));
        assertEquals(List.of("A", "A1", "A2", "B", "C"), codes(t), "the first stays first, the last last, within the parent");
        assertTrue(t.isFirst(row(t, "A1")));
        assertTrue(t.isLast(row(t, "A2")));
        t.remove(row(t, "A"));
        assertEquals(List.of("B", "C"), codes(t));
        assertEquals(List.of("B", "C"), t.data().indicators().stream().map(IndicatorData::code).toList());
    }
}
