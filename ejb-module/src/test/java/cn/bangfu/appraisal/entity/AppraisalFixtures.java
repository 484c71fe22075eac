package cn.bangfu.appraisal.entity;

import cn.bangfu.appraisal.control.SchemeCheck;
import cn.bangfu.appraisal.entity.SchemeData.IndicatorData;
import cn.bangfu.appraisal.entity.SchemeData.VetoData;
import cn.bangfu.campaign.entity.Fixture;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 平江县工业和信息化局's year-end form of 2026 for the appraisal tests, without a database: a scheme written as the editor
 * sends it and checked by {@link SchemeCheck} (so every scheme here is one an evaluator could have saved), the form of the
 * unit, the people who act on it and the form at each step of its way.
 *
 * <p>The scheme (100 points, bonuses held together to 5): A 问题化解 (GROUP 60) = A1 化解率 (AUTO 30, {@code 30 * resolutionRate})
 * + A2 帮扶方案落实 (MANUAL 30); B 督查发现问题 (DEDUCTION 40: 2 / 5 / 10 points per MINOR / MAJOR / SERIOUS finding); C 创新做法
 * (BONUS 4); D 上级表扬 (BONUS 3); vetoes V1 严重问题 (findingsSerious > 0 → at best PASS) and V2 逾期整改
 * (rectificationsOverdue >= 3 → at best GOOD).
 *
 * <p>The way: the unit self-assesses by {@link #SELF_ASSESS_BY} (A1 28, A2 30, B 40, C 4, D 3); the evaluator 李 computes
 * (A1 27.50 from a resolution rate of 0.9167, B 36 for two minor findings) and scores A2 26, C 2, D 0 (total 91.50); 王
 * reviews; the office finalises, publicises until {@link #PUBLICITY_ENDS} and publishes after it.
 */
public final class AppraisalFixtures {

    /** Friday 15 January 2027: the unit's last day to self-assess. */
    public static final LocalDate SELF_ASSESS_BY = LocalDate.of(2027, 1, 15);
    public static final LocalDate BEFORE_DEADLINE = LocalDate.of(2027, 1, 11);
    public static final LocalDate AFTER_DEADLINE = LocalDate.of(2027, 1, 18);
    public static final LocalDate PUBLICISED_ON = LocalDate.of(2027, 1, 22);
    /** The publicity's last day: appeals until then, the results published after it. */
    public static final LocalDate PUBLICITY_ENDS = LocalDate.of(2027, 1, 29);
    public static final LocalDate AFTER_PUBLICITY = LocalDate.of(2027, 2, 1);
    public static final Instant NOW = Instant.parse("2027-01-11T02:00:00Z");
    public static final Instant LATER = Instant.parse("2027-01-18T03:00:00Z");

    /** The unit whose form it is (平江县工业和信息化局). */
    public static final AppraisalActor UNIT = new AppraisalActor("pj-gxj", true, false, false);
    /** Another unit of the county: not the form's own. */
    public static final AppraisalActor OTHER_UNIT = new AppraisalActor("pj-fgj", false, false, false);
    /** The evaluator who scores (李). */
    public static final AppraisalActor LI = new AppraisalActor("eval-li", false, true, false);
    /** A second evaluator (王), who reviews. */
    public static final AppraisalActor WANG = new AppraisalActor("eval-wang", false, true, false);
    /** The campaign office (帮扶办). */
    public static final AppraisalActor OFFICE = new AppraisalActor("office-zhao", false, false, true);

    public static final String A2_NOTE = "帮扶方案有两项措施未落实";
    public static final String C_NOTE = "获评市级优化营商环境创新案例";

    private AppraisalFixtures() {
    }

    // --- schemes ---

    /** The scheme of the class comment. */
    public static ScoringScheme scheme() {
        return scheme("5", List.of(
                        group("A", 60, auto("A1", 30, "30 * resolutionRate"), manual("A2", 30)),
                        deduction("B", 40, "2", "5", "10"),
                        bonus("C", 4),
                        bonus("D", 3)),
                List.of(veto("V1", "findingsSerious > 0", Grade.PASS), veto("V2", "rectificationsOverdue >= 3", Grade.GOOD)));
    }

    /** A scheme of these indicators (their top-level maxima, bonuses aside, are its total) and vetoes, checked as the editor checks it. */
    public static ScoringScheme scheme(String bonusCap, List<IndicatorData> indicators, List<VetoData> vetoes) {
        BigDecimal total = indicators.stream().filter(i -> !"BONUS".equals(i.kind())).map(IndicatorData::max).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        SchemeData d = new SchemeData(null, null, "2026年度帮扶工作考评细则（牵头单位）", "ANNUAL", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), "LEADING", List.of("COUNTY_DEPARTMENT"), null, null, null, total,
                bonusCap == null ? null : new BigDecimal(bonusCap), indicators, vetoes, null, null);
        return new ScoringScheme(Fixture.threeToOne(), SchemeCheck.content(d), 1, null, "eval-li", NOW);
    }

    public static IndicatorData group(String code, int max, IndicatorData... children) {
        return new IndicatorData(code, "分组" + code, new BigDecimal(max), "GROUP", null, null, null, List.of(children));
    }

    public static IndicatorData auto(String code, int max, String formula) {
        return new IndicatorData(code, "自动" + code, new BigDecimal(max), "AUTO", formula, null, null, List.of());
    }

    public static IndicatorData manual(String code, int max) {
        return new IndicatorData(code, "评分" + code, new BigDecimal(max), "MANUAL", null, null, "按细则评分", List.of());
    }

    /** A DEDUCTION with its points off per MINOR, MAJOR and SERIOUS finding (null: that severity takes nothing off). */
    public static IndicatorData deduction(String code, int max, String minor, String major, String serious) {
        Map<String, BigDecimal> off = new LinkedHashMap<>();
        if (minor != null) {
            off.put("MINOR", new BigDecimal(minor));
        }
        if (major != null) {
            off.put("MAJOR", new BigDecimal(major));
        }
        if (serious != null) {
            off.put("SERIOUS", new BigDecimal(serious));
        }
        return new IndicatorData(code, "扣分" + code, new BigDecimal(max), "DEDUCTION", null, off, null, List.of());
    }

    public static IndicatorData bonus(String code, int max) {
        return new IndicatorData(code, "加分" + code, new BigDecimal(max), "BONUS", null, null, null, List.of());
    }

    public static VetoData veto(String code, String condition, Grade cap) {
        return new VetoData(code, "否决" + code, condition, cap.name());
    }

    // --- the form at each step ---

    /** A blank form of 平江县工业和信息化局 by the scheme of the class comment. */
    public static Appraisal form() {
        return new Appraisal(Fixture.threeToOne(), scheme(), Fixture.GXJ, SELF_ASSESS_BY, "office-zhao", NOW);
    }

    /** The indicator of a code of the form's scheme. */
    public static Indicator indicator(Appraisal a, String code) {
        return a.getScheme().indicator(code).orElseThrow(() -> new AssertionError("no indicator " + code));
    }

    /** The form's item of an indicator. */
    public static AppraisalItem item(Appraisal a, String code) {
        return a.getItems().stream().filter(i -> i.getIndicator().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + code));
    }

    public static BigDecimal points(String p) {
        return new BigDecimal(p);
    }

    /** Every self cell of the form filled by the unit before the deadline (A1 28, A2 30, B 40, C 4, D 3), not yet submitted. */
    public static Appraisal selfFilled() {
        Appraisal a = form();
        Map<String, String> self = Map.of("A1", "28", "A2", "30", "B", "40", "C", "4", "D", "3");
        self.forEach((code, p) -> a.selfAssess(indicator(a, code), points(p), "自评说明" + code, UNIT, BEFORE_DEADLINE));
        return a;
    }

    /** The self-assessment submitted by the unit. */
    public static Appraisal selfAssessed() {
        Appraisal a = selfFilled();
        a.act(AppraisalAction.SELF_ASSESS, UNIT, null, BEFORE_DEADLINE, NOW, null);
        return a;
    }

    /** What the computation found for the unit: a resolution rate of 0.9167 (A1 27.50), two minor findings (B 36), no veto. */
    public static void compute(Appraisal a) {
        a.freeze(Map.of("A1", points("27.50"), "B", points("36.00")), List.of(), null, "resolutionRate=0.9167;findingsMinor=2",
                "problem 4711 3 8\n", LocalDate.of(2026, 12, 31), LATER, "eval-li");
    }

    /** The evaluator's cells: A2 26 (with why), C 2 (with the work recognised), D 0. */
    public static void scoreCells(Appraisal a, AppraisalActor evaluator) {
        a.score(indicator(a, "A2"), points("26"), A2_NOTE, evaluator, AFTER_DEADLINE);
        a.score(indicator(a, "C"), points("2"), C_NOTE, evaluator, AFTER_DEADLINE);
        a.score(indicator(a, "D"), BigDecimal.ZERO, null, evaluator, AFTER_DEADLINE);
    }

    /** Self-assessed, computed and scored by 李: total 91.50. */
    public static Appraisal scored() {
        Appraisal a = selfAssessed();
        compute(a);
        scoreCells(a, LI);
        a.act(AppraisalAction.SCORE, LI, null, AFTER_DEADLINE, LATER, null);
        return a;
    }

    /** Scored by 李, reviewed by 王. */
    public static Appraisal reviewed() {
        Appraisal a = scored();
        a.act(AppraisalAction.REVIEW, WANG, null, AFTER_DEADLINE, LATER, null);
        return a;
    }

    public static Appraisal finalised() {
        Appraisal a = reviewed();
        a.act(AppraisalAction.FINALISE, OFFICE, null, AFTER_DEADLINE, LATER, null);
        return a;
    }

    /** Publicised on {@link #PUBLICISED_ON} until {@link #PUBLICITY_ENDS}. */
    public static Appraisal publicised() {
        Appraisal a = finalised();
        a.act(AppraisalAction.PUBLICISE, OFFICE, null, PUBLICISED_ON, LATER, PUBLICITY_ENDS);
        return a;
    }

    public static Appraisal published() {
        Appraisal a = publicised();
        a.act(AppraisalAction.PUBLISH, OFFICE, null, AFTER_PUBLICITY, LATER, null);
        return a;
    }
}
