package cn.bangfu.appraisal.control;

import static cn.bangfu.appraisal.entity.Grade.EXCELLENT;
import static cn.bangfu.appraisal.entity.Grade.FAIL;
import static cn.bangfu.appraisal.entity.Grade.GOOD;
import static cn.bangfu.appraisal.entity.Grade.PASS;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.appraisal.control.Grading.Candidate;
import cn.bangfu.appraisal.control.Grading.Graded;
import cn.bangfu.appraisal.control.Grading.QuotaUse;
import cn.bangfu.appraisal.control.Grading.Result;
import cn.bangfu.appraisal.entity.Grade;
import cn.bangfu.appraisal.entity.SchemeData;
import cn.bangfu.appraisal.entity.ScoringScheme;
import cn.bangfu.campaign.entity.Fixture;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradingTest {

    private static final String DEPT = "DEPARTMENT";
    private static final String TOWN = "TOWNSHIP";
    /** 90 / 80 / 60 of 100, no quota: the thresholds alone. */
    private static final GradeRules NO_QUOTA = rules(100, 100);

    private long nextId = 1;

    // --- grade by score ---

    @Test
    void eachThresholdIsReachedAtItsValueAndMissedJustBelowIt() {
        Map<String, Result> r = byCode(Grading.grade(List.of(
                unit("A100", DEPT, "100"),
                unit("A90", DEPT, "90"),
                unit("A90.00", DEPT, "90.00"),
                unit("A89.99", DEPT, "89.99"),
                unit("A80", DEPT, "80"),
                unit("A79.99", DEPT, "79.99"),
                unit("A60", DEPT, "60"),
                unit("A59.99", DEPT, "59.99"),
                unit("A0", DEPT, "0")), NO_QUOTA));
        assertAll(
                () -> assertEquals(EXCELLENT, r.get("A100").grade()),
                () -> assertEquals(EXCELLENT, r.get("A90").grade(), "at the threshold"),
                () -> assertEquals(EXCELLENT, r.get("A90.00").grade(), "90.00 is 90"),
                () -> assertEquals(GOOD, r.get("A89.99").grade(), "just below"),
                () -> assertEquals(GOOD, r.get("A80").grade()),
                () -> assertEquals(PASS, r.get("A79.99").grade()),
                () -> assertEquals(PASS, r.get("A60").grade()),
                () -> assertEquals(FAIL, r.get("A59.99").grade()),
                () -> assertEquals(FAIL, r.get("A0").grade()));
        assertTrue(r.values().stream().noneMatch(u -> u.vetoed() || u.heldBackByQuota()), "neither veto nor quota: " + r);
    }

    @Test
    void thresholdsThatAreEqualSkipTheGradeBetweenThem() {
        GradeRules rules = new GradeRules(new BigDecimal("85"), new BigDecimal("85"), new BigDecimal("60"), 100, 100);
        assertEquals(EXCELLENT, Grading.byScore(new BigDecimal("85"), rules));
        assertEquals(PASS, Grading.byScore(new BigDecimal("84.9"), rules));
    }

    // --- ranking ---

    @Test
    void unitsAreRankedWithinTheirOwnUnitTypeAndListedByTypeThenRank() {
        Graded g = Grading.grade(List.of(
                unit("T1", TOWN, "70"),
                unit("D1", DEPT, "65"),
                unit("T2", TOWN, "95"),
                unit("D2", DEPT, "88"),
                unit("T3", TOWN, "81"),
                unit("D3", DEPT, "92")), NO_QUOTA);
        assertEquals(List.of("D3 DEPARTMENT 1", "D2 DEPARTMENT 2", "D1 DEPARTMENT 3", "T2 TOWNSHIP 1", "T3 TOWNSHIP 2", "T1 TOWNSHIP 3"),
                g.results().stream().map(r -> r.unitCode() + " " + r.unitType() + " " + r.rank()).toList(),
                "the township's 95 does not push the departments' 92 down to rank 2");
        Result d2 = byCode(g).get("D2");
        assertEquals(0, new BigDecimal("88").compareTo(d2.total()));
        assertEquals(GOOD, d2.grade());
    }

    @Test
    void equalTotalsAreRankedByFewerPointsDeductedThenByUnitCode() {
        Graded g = Grading.grade(List.of(
                unit("U3", DEPT, "85", "2", null),
                unit("U2", DEPT, "85.00", "0.5", null),
                unit("U1", DEPT, "85", "0.50", null),
                unit("U9", DEPT, "85", "0", null),
                unit("U0", DEPT, "85.01", "9", null)), NO_QUOTA);
        assertEquals(List.of("U0", "U9", "U1", "U2", "U3"), codes(g),
                "the higher total first whatever its deductions; then fewer points deducted; then the code");
        assertEquals(List.of(1, 2, 3, 4, 5), g.results().stream().map(Result::rank).toList(), "no shared ranks");
    }

    @Test
    void theRankingDoesNotDependOnTheOrderTheUnitsComeIn() {
        List<Candidate> units = new ArrayList<>(List.of(
                unit("B", DEPT, "95", "1", null),
                unit("A", DEPT, "95", "1", null),
                unit("C", DEPT, "95", "0", null),
                unit("D", DEPT, "70"),
                unit("E", DEPT, "50")));
        GradeRules rules = rules(20, 100);
        Graded forwards = Grading.grade(units, rules);
        Collections.reverse(units);
        Graded backwards = Grading.grade(units, rules);
        assertEquals(forwards, backwards);
        assertEquals(List.of("C", "A", "B", "D", "E"), codes(forwards));
        assertEquals(List.of(EXCELLENT, GOOD, GOOD, PASS, FAIL), grades(forwards),
                "the one EXCELLENT place of five units goes to C, fewer points deducted, then A before B by code");
    }

    // --- quotas ---

    @Test
    void twentyPercentOfTwelveUnitsIsTwoExcellentAndTheThirdByScoreIsHeldBackToGood() {
        List<Candidate> units = departments("99", "97.5", "96", "91", "89", "85", "80", "75", "70", "65", "60", "40");
        Graded g = Grading.grade(units, GradeRules.defaults(new BigDecimal("100")));
        assertEquals(List.of(EXCELLENT, EXCELLENT, GOOD, GOOD, GOOD, GOOD, GOOD, PASS, PASS, PASS, PASS, FAIL), grades(g));
        assertEquals(List.of(false, false, true, true, false, false, false, false, false, false, false, false),
                g.results().stream().map(Result::heldBackByQuota).toList(), "the 3rd and 4th scored EXCELLENT and are held back");
        assertEquals(new QuotaUse(DEPT, EXCELLENT, 2, 2), g.quotaUse().get(0), "12 × 20% = 2.4, rounded down");
        assertEquals(new QuotaUse(DEPT, GOOD, 5, null), g.quotaUse().get(1), "100% is no limit");
    }

    @ParameterizedTest(name = "{1}% of {0} units allows {2}")
    @CsvSource({
            "12, 20, 2", "14, 20, 2", "15, 20, 3", "10, 20, 2", "9, 50, 4", "100, 33, 33",
            "3, 20, 1", "1, 20, 1", "4, 20, 1", "1, 1, 1",
            "12, 0, 0", "0, 0, 0", "0, 20, 0"})
    void aQuotaIsRoundedDownButAQuotaAboveZeroAllowsAtLeastOne(int units, int percent, int limit) {
        assertEquals(limit, Grading.limit(units, percent));
    }

    @Test
    void aQuotaOfOneHundredPercentHasNoLimit() {
        assertNull(Grading.limit(12, 100));
        assertNull(Grading.limit(0, 100));
        assertThrows(IllegalArgumentException.class, () -> Grading.limit(12, 101));
        assertThrows(IllegalArgumentException.class, () -> Grading.limit(-1, 20));
    }

    @Test
    void twentyPercentOfThreeUnitsStillAllowsOneExcellent() {
        Graded g = Grading.grade(List.of(unit("A", TOWN, "98"), unit("B", TOWN, "96"), unit("C", TOWN, "94")), rules(20, 100));
        assertEquals(List.of(EXCELLENT, GOOD, GOOD), grades(g));
        assertEquals(new QuotaUse(TOWN, EXCELLENT, 1, 1), g.quotaUse().get(0));
    }

    @Test
    void aQuotaOfZeroPercentAllowsNoExcellentUnit() {
        Graded g = Grading.grade(List.of(unit("A", TOWN, "98"), unit("B", TOWN, "96"), unit("C", TOWN, "70")), rules(0, 100));
        assertEquals(List.of(GOOD, GOOD, PASS), grades(g));
        assertEquals(List.of(true, true, false), g.results().stream().map(Result::heldBackByQuota).toList());
        assertEquals(new QuotaUse(TOWN, EXCELLENT, 0, 0), g.quotaUse().get(0));
    }

    @Test
    void theGoodQuotaHoldsBackToPassAndCountsUnitsHeldBackFromExcellent() {
        // 6 units: EXCELLENT at most 1 (20% of 6 = 1.2), GOOD at most 3 (50% of 6).
        Graded g = Grading.grade(List.of(
                unit("A", DEPT, "95"),
                unit("B", DEPT, "92"),
                unit("C", DEPT, "85"),
                unit("D", DEPT, "84"),
                unit("E", DEPT, "83"),
                unit("F", DEPT, "50")), rules(20, 50));
        assertEquals(List.of(EXCELLENT, GOOD, GOOD, GOOD, PASS, FAIL), grades(g),
                "B, held back from EXCELLENT, takes the first GOOD place; E finds none left");
        assertEquals(List.of(false, true, false, false, true, false), g.results().stream().map(Result::heldBackByQuota).toList());
        assertEquals(List.of(new QuotaUse(DEPT, EXCELLENT, 1, 1), new QuotaUse(DEPT, GOOD, 3, 3), new QuotaUse(DEPT, PASS, 1, null),
                new QuotaUse(DEPT, FAIL, 1, null)), g.quotaUse());
    }

    @Test
    void aUnitExcellentByScoreFallsToPassWhenBothQuotasAreUsedUp() {
        Graded g = Grading.grade(List.of(
                unit("A", DEPT, "95"),
                unit("B", DEPT, "94"),
                unit("C", DEPT, "93"),
                unit("D", DEPT, "70"),
                unit("E", DEPT, "50")), rules(20, 20));
        assertEquals(List.of(EXCELLENT, GOOD, PASS, PASS, FAIL), grades(g));
        assertEquals(List.of(false, true, true, false, false), g.results().stream().map(Result::heldBackByQuota).toList(),
                "FAIL and PASS are never held back");
    }

    // --- vetoes ---

    @Test
    void aVetoCappingAtPassLeavesTheExcellentPlaceToTheNextUnit() {
        Graded g = Grading.grade(List.of(
                unit("A", DEPT, "98", "0", PASS),
                unit("B", DEPT, "95"),
                unit("C", DEPT, "93"),
                unit("D", DEPT, "70"),
                unit("E", DEPT, "65")), rules(20, 100));
        Map<String, Result> r = byCode(g);
        assertAll(
                () -> assertEquals(1, r.get("A").rank(), "a veto does not change the rank"),
                () -> assertEquals(PASS, r.get("A").grade()),
                () -> assertTrue(r.get("A").vetoed()),
                () -> assertFalse(r.get("A").heldBackByQuota(), "the veto, not the quota, lowered it"),
                () -> assertEquals(EXCELLENT, r.get("B").grade(), "the one EXCELLENT place of five units is B's"),
                () -> assertFalse(r.get("B").vetoed()),
                () -> assertEquals(GOOD, r.get("C").grade()),
                () -> assertTrue(r.get("C").heldBackByQuota()));
        assertEquals(new QuotaUse(DEPT, EXCELLENT, 1, 1), g.quotaUse().get(0));
        assertEquals(new QuotaUse(DEPT, PASS, 3, null), g.quotaUse().get(2));
    }

    @Test
    void aVetoCappingAtGoodTakesAGoodPlace() {
        // 5 units: EXCELLENT at most 1, GOOD at most 1.
        Graded g = Grading.grade(List.of(
                unit("A", DEPT, "98", "0", GOOD),
                unit("B", DEPT, "95"),
                unit("C", DEPT, "85"),
                unit("D", DEPT, "70"),
                unit("E", DEPT, "65")), rules(20, 20));
        assertEquals(List.of(GOOD, EXCELLENT, PASS, PASS, PASS), grades(g));
        assertEquals(List.of(false, false, true, false, false), g.results().stream().map(Result::heldBackByQuota).toList());
    }

    @Test
    void aVetoAboveTheGradeByScoreKeepsTheGradeButTheUnitIsStillMarkedVetoed() {
        Map<String, Result> r = byCode(Grading.grade(List.of(
                unit("P", DEPT, "70", "0", GOOD),
                unit("F", DEPT, "50", "0", PASS),
                unit("E", DEPT, "95", "0", EXCELLENT),
                unit("G", DEPT, "85", "0", GOOD),
                unit("N", DEPT, "85")), NO_QUOTA));
        assertAll(
                () -> assertEquals(PASS, r.get("P").grade()),
                () -> assertTrue(r.get("P").vetoed()),
                () -> assertEquals(FAIL, r.get("F").grade()),
                () -> assertTrue(r.get("F").vetoed()),
                () -> assertEquals(EXCELLENT, r.get("E").grade()),
                () -> assertTrue(r.get("E").vetoed()),
                () -> assertEquals(GOOD, r.get("G").grade(), "a cap equal to the grade by score"),
                () -> assertTrue(r.get("G").vetoed()),
                () -> assertFalse(r.get("N").vetoed(), "no cap, not vetoed"));
    }

    @Test
    void vetoedUnitsCountInTheNumberTheQuotaIsTakenOf() {
        // 10 units, 5 of them vetoed: 20% of 10 = 2 EXCELLENT places, not 20% of 5 = 1.
        List<Candidate> units = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            units.add(unit("V" + i, TOWN, "99", "0", FAIL));
        }
        for (int i = 0; i < 5; i++) {
            units.add(unit("N" + i, TOWN, "95"));
        }
        Graded g = Grading.grade(units, rules(20, 100));
        assertEquals(new QuotaUse(TOWN, EXCELLENT, 2, 2), g.quotaUse().get(0));
        assertEquals(new QuotaUse(TOWN, FAIL, 5, null), g.quotaUse().get(3));
        assertEquals(List.of(EXCELLENT, EXCELLENT, GOOD, GOOD, GOOD), g.results().stream().filter(r -> !r.vetoed()).map(Result::grade).toList());
    }

    // --- quota use ---

    @Test
    void quotaUseListsEveryGradeOfEveryUnitTypeWithItsLimit() {
        List<Candidate> units = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            units.add(unit("T" + (10 + i), TOWN, i < 4 ? "95" : "70"));
        }
        units.add(unit("D1", DEPT, "91"));
        units.add(unit("D2", DEPT, "85"));
        units.add(unit("D3", DEPT, "82"));
        Graded g = Grading.grade(units, rules(20, 50));
        assertEquals(List.of(
                        new QuotaUse(DEPT, EXCELLENT, 1, 1),
                        new QuotaUse(DEPT, GOOD, 1, 1),
                        new QuotaUse(DEPT, PASS, 1, null),
                        new QuotaUse(DEPT, FAIL, 0, null),
                        new QuotaUse(TOWN, EXCELLENT, 2, 2),
                        new QuotaUse(TOWN, GOOD, 2, 6),
                        new QuotaUse(TOWN, PASS, 8, null),
                        new QuotaUse(TOWN, FAIL, 0, null)),
                g.quotaUse(), "the township's 12 units give it 2 EXCELLENT places; the department's 3 give it 1");
    }

    @Test
    void noUnitsGiveNoResultsAndNoQuotaUse() {
        Graded g = Grading.grade(List.of(), NO_QUOTA);
        assertTrue(g.results().isEmpty());
        assertTrue(g.quotaUse().isEmpty());
    }

    // --- refusals ---

    @Test
    void aUnitWithoutATotalIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Grading.grade(List.of(new Candidate(1, "U1", DEPT, null, BigDecimal.ZERO, null)), NO_QUOTA));
        assertTrue(e.getMessage().contains("U1"), e.getMessage());
    }

    @Test
    void inputThatWouldLeaveTheOrderToChanceOrIsIncompleteIsRefused() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> new Candidate(1, "U1", DEPT, BigDecimal.TEN, null, null)),
                () -> assertThrows(IllegalArgumentException.class, () -> new Candidate(1, "U1", DEPT, BigDecimal.TEN, new BigDecimal("-1"), null)),
                () -> assertThrows(IllegalArgumentException.class, () -> new Candidate(1, null, DEPT, BigDecimal.TEN, BigDecimal.ZERO, null)),
                () -> assertThrows(IllegalArgumentException.class, () -> new Candidate(1, "U1", null, BigDecimal.TEN, BigDecimal.ZERO, null)),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> Grading.grade(List.of(unit("U1", DEPT, "90"), unit("U1", DEPT, "80")), NO_QUOTA), "one code twice in a type"),
                () -> assertThrows(IllegalArgumentException.class, () -> Grading.grade(List.of(
                        new Candidate(7, "U1", DEPT, BigDecimal.TEN, BigDecimal.ZERO, null),
                        new Candidate(7, "U2", DEPT, BigDecimal.TEN, BigDecimal.ZERO, null)), NO_QUOTA), "one id twice"),
                () -> assertThrows(IllegalArgumentException.class, () -> Grading.grade(null, NO_QUOTA)),
                () -> assertThrows(IllegalArgumentException.class, () -> Grading.grade(List.of(), null)),
                () -> assertThrows(IllegalArgumentException.class, () -> Grading.grade(Collections.singletonList(null), NO_QUOTA)));
        assertDoesNotThrow(() -> Grading.grade(List.of(unit("U1", DEPT, "90"), unit("U1", TOWN, "80")), NO_QUOTA),
                "the same code in two unit types is two rankings");
    }

    // --- the rules ---

    @Test
    void theDefaultRulesOfATotalOf100() {
        GradeRules d = GradeRules.defaults(new BigDecimal("100"));
        assertPoints("90.00", d.excellentFrom());
        assertPoints("80.00", d.goodFrom());
        assertPoints("60.00", d.passFrom());
        assertEquals(20, d.excellentQuotaPercent());
        assertEquals(100, d.goodQuotaPercent());
    }

    @Test
    void theDefaultRulesOfATotalOf120AreTakenInProportion() {
        GradeRules d = GradeRules.defaults(new BigDecimal("120"));
        assertPoints("108.00", d.excellentFrom());
        assertPoints("96.00", d.goodFrom());
        assertPoints("72.00", d.passFrom());
        assertEquals(20, d.excellentQuotaPercent());
        assertEquals(100, d.goodQuotaPercent());
    }

    @Test
    void theDefaultThresholdsAreRoundedHalfUpToTwoDecimals() {
        GradeRules d = GradeRules.defaults(new BigDecimal("10.05"));
        assertPoints("9.05", d.excellentFrom(), "9.045 half up, not half even (9.04) nor down");
        GradeRules e = GradeRules.defaults(new BigDecimal("10.02"));
        assertPoints("9.02", e.excellentFrom(), "9.018");
        assertPoints("6.01", e.passFrom(), "6.012, not rounded up");
        assertEquals(2, e.passFrom().scale());
        assertThrows(IllegalArgumentException.class, () -> GradeRules.defaults(null));
        assertThrows(IllegalArgumentException.class, () -> GradeRules.defaults(new BigDecimal("-1")));
    }

    @Test
    void inconsistentRulesAreRefusedNamingTheProblem() {
        assertAll(
                () -> assertRefused("excellentFrom is missing", null, "80", "60", 20, 100),
                () -> assertRefused("goodFrom is missing", "90", null, "60", 20, 100),
                () -> assertRefused("passFrom is missing", "90", "80", null, 20, 100),
                () -> assertRefused("passFrom (-1) is negative", "90", "80", "-1", 20, 100),
                () -> assertRefused("excellentFrom (79.99) is below goodFrom (80)", "79.99", "80", "60", 20, 100),
                () -> assertRefused("goodFrom (59) is below passFrom (60)", "90", "59", "60", 20, 100),
                () -> assertRefused("excellentQuotaPercent (-1) is outside 0..100", "90", "80", "60", -1, 100),
                () -> assertRefused("goodQuotaPercent (101) is outside 0..100", "90", "80", "60", 20, 101));
        IllegalArgumentException all = assertThrows(IllegalArgumentException.class, () -> new GradeRules(null, null, null, -5, 200));
        assertEquals(5, GradeRules.problems(null, null, null, -5, 200).size(), "every problem at once: " + all.getMessage());
    }

    @Test
    void rulesAtTheEdgesOfWhatIsAllowedAreAccepted() {
        assertAll(
                () -> assertDoesNotThrow(() -> new GradeRules(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0)),
                () -> assertDoesNotThrow(() -> new GradeRules(new BigDecimal("90"), new BigDecimal("90.00"), new BigDecimal("90"), 100, 100)),
                () -> assertTrue(GradeRules.problems(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("60"), 20, 100).isEmpty()));
    }

    @Test
    void aSchemesOwnRulesGradeItsUnitsWhereTheDefaultsWouldGradeThemOtherwise() {
        List<Candidate> units = departments("99", "97.5", "96", "91", "89", "85", "80", "78", "75", "70", "60", "59.5");
        ScoringScheme county = schemeGradedBy(new SchemeData.GradingData(new BigDecimal("90"), new BigDecimal("75"), new BigDecimal("60"), 15, 50));
        Graded own = Grading.grade(units, GradeRules.of(county.grading()));
        assertEquals(List.of(EXCELLENT, GOOD, GOOD, GOOD, GOOD, GOOD, GOOD, PASS, PASS, PASS, PASS, FAIL), grades(own),
                "15% of 12 is 1 EXCELLENT; 50% of 12 is 6 GOOD places, so 78 and 75, GOOD by score from 75, are held back to PASS");
        assertEquals(List.of(new QuotaUse(DEPT, EXCELLENT, 1, 1), new QuotaUse(DEPT, GOOD, 6, 6)), own.quotaUse().subList(0, 2));
        assertEquals(List.of(false, true, true, true, false, false, false, true, true, false, false, false),
                own.results().stream().map(Result::heldBackByQuota).toList());
        Graded byDefault = Grading.grade(units, GradeRules.of(schemeGradedBy(null).grading()));
        assertEquals(List.of(EXCELLENT, EXCELLENT, GOOD, GOOD, GOOD, GOOD, GOOD, PASS, PASS, PASS, PASS, FAIL), grades(byDefault),
                "the same units by the defaults: 2 EXCELLENT of 12, GOOD from 80 without limit");
    }

    /** A scheme of 100 points graded by these rules, or by the defaults when null, as the boundary saves it. */
    private static ScoringScheme schemeGradedBy(SchemeData.GradingData grading) {
        SchemeData d = new SchemeData(null, null, "2026年度考评细则", "ANNUAL", java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31),
                "LEADING", List.of(), null, null, null, new BigDecimal("100"), BigDecimal.ZERO, List.of(new SchemeData.IndicatorData("A", "帮扶成效",
                new BigDecimal("100"), "MANUAL", null, null, null, List.of())), List.of(), grading, null);
        return new ScoringScheme(Fixture.threeToOne(), SchemeCheck.content(d), 1, null, "eval-li", java.time.Instant.EPOCH);
    }

    // --- helpers ---

    private static GradeRules rules(int excellentQuota, int goodQuota) {
        return new GradeRules(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("60"), excellentQuota, goodQuota);
    }

    /** Units of one type with these totals, coded UA, UB, … in the order given. */
    private List<Candidate> departments(String... totals) {
        List<Candidate> units = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            units.add(unit("U" + (char) ('A' + i), DEPT, totals[i]));
        }
        return units;
    }

    private Candidate unit(String code, String type, String total) {
        return unit(code, type, total, "0", null);
    }

    private Candidate unit(String code, String type, String total, String deducted, Grade cap) {
        return new Candidate(nextId++, code, type, new BigDecimal(total), new BigDecimal(deducted), cap);
    }

    private static Map<String, Result> byCode(Graded g) {
        return g.results().stream().collect(Collectors.toMap(Result::unitCode, Function.identity()));
    }

    private static List<String> codes(Graded g) {
        return g.results().stream().map(Result::unitCode).toList();
    }

    private static List<Grade> grades(Graded g) {
        return g.results().stream().map(Result::grade).toList();
    }

    private static void assertPoints(String expected, BigDecimal actual) {
        assertPoints(expected, actual, null);
    }

    private static void assertPoints(String expected, BigDecimal actual, String why) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), (why == null ? "" : why + ": ") + "expected " + expected + ", was " + actual);
    }

    private static void assertRefused(String problem, String excellent, String good, String pass, int excellentQuota, int goodQuota) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GradeRules(points(excellent), points(good), points(pass), excellentQuota, goodQuota));
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    private static BigDecimal points(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
