package cn.bangfu.appraisal.demo;

import cn.bangfu.appraisal.control.SchemeCheck;
import cn.bangfu.appraisal.entity.SchemeData;
import cn.bangfu.appraisal.entity.SchemeData.IndicatorData;
import cn.bangfu.appraisal.entity.SchemeData.VetoData;
import cn.bangfu.appraisal.entity.ScoringScheme;
import cn.bangfu.campaign.demo.DemoAssignments;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.control.DemoMode;
import cn.bangfu.platform.entity.SchemaReady;
import cn.bangfu.inspection.demo.DemoInspection;
import jakarta.annotation.Priority;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The demo campaign's 2026 年度 scoring schemes, shaped like 平江县's 考评细则 (../shared/seeds/001): one for the leading
 * units, who answer for the enterprise's problems and plan, and one for the co-units, who answer for their share; both
 * score the ledger's rates, plans and visits by formula, the lead or the cooperation by hand, deduct for inspection
 * findings by severity, add a capped bonus, and cap the grade of a unit with a serious finding left overdue. Published.
 * The leading units are graded by the default rules; the co-units by their own, as a county's 细则 sets them: 优秀 from 90,
 * 良好 from 75, 合格 from 60 points, at most 15% of a unit type 优秀.
 */
@Singleton
public class DemoSchemes {

    public static final int PRIORITY = DemoInspection.PRIORITY + 200;
    public static final String LEADING = "2026年度企业帮扶工作考评细则（牵头单位）";
    public static final String CO_UNITS = "2026年度企业帮扶工作考评细则（配合单位）";
    /** The co-units' grade rules: 优秀 ≥ 90, 良好 ≥ 75, 合格 ≥ 60 of 100 points; 优秀 at most 15% of a unit type, 良好 unlimited. */
    public static final SchemeData.GradingData COUNTY_GRADING = new SchemeData.GradingData(new BigDecimal("90"), new BigDecimal("75"),
            new BigDecimal("60"), 15, 100);
    private static final Logger LOG = Logger.getLogger(DemoSchemes.class.getName());

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public void onSchemaReady(@Observes @Priority(PRIORITY) SchemaReady ready) {
        Campaign campaign = DemoMode.on() ? em.createNamedQuery(Campaign.BY_CODE, Campaign.class).setParameter("code", DemoAssignments.CODE)
                .getResultStream().findFirst().orElse(null) : null;
        if (campaign == null || em.createQuery("select count(s) from ScoringScheme s", Long.class).getSingleResult() > 0) {
            return;
        }
        publish(campaign, scheme(LEADING, "LEADING", null, List.of(
                group("A", "问题办理", 40,
                        auto("A1", "问题化解率", 20, "20 * resolutionRate", "按本单位主办问题的化解率计分：化解率 × 20"),
                        auto("A2", "按期办结率", 10, "10 * onTimeRate", "按期（以延期后的期限为准）办结的比例 × 10"),
                        auto("A3", "企业满意率", 10, "10 * satisfactionRate", "回访中“满意”“基本满意”的比例 × 10")),
                group("B", "方案与走访", 30,
                        auto("B1", "方案按期报送", 10, "10 * min(1, plansOnTime / max(1, targets))", "按期报送“一企一策”方案的帮扶对象占比 × 10"),
                        auto("B2", "走访覆盖", 10, "10 * min(1, targetsVisited / max(1, targets))", "走访到的帮扶对象占比 × 10"),
                        auto("B3", "首次走访及时", 10, "clamp(10 - max(0, firstVisitDays - 30) / 3, 0, 10)",
                                "安排后 30 天内首次走访得满分，每超 3 天扣 1 分，扣完为止")),
                manual("C", "牵头协调", 10, "牵头组织配合单位研究解决企业问题，有会议纪要、协调记录等台账；未牵头的酌情扣分"),
                deduction("D", "督查发现问题", 20, "督查发现一般问题每个扣 1 分、较重问题扣 3 分、严重问题扣 5 分，扣完为止"),
                bonus("E", "创新举措", 5, "帮扶经验被县级以上推广、获县级以上表彰的，每项加 2 分，最多 5 分"))));
        publish(campaign, scheme(CO_UNITS, "CO_UNIT", COUNTY_GRADING, List.of(
                group("A", "问题办理", 30,
                        auto("A1", "问题化解率", 20, "20 * resolutionRate", "按本单位承办问题的化解率计分：化解率 × 20"),
                        auto("A2", "按期办结率", 10, "10 * onTimeRate", "按期办结的比例 × 10")),
                group("B", "走访", 30,
                        auto("B1", "走访覆盖", 15, "15 * min(1, targetsVisited / max(1, targets))", "走访到的帮扶对象占比 × 15"),
                        auto("B2", "首次走访及时", 15, "clamp(15 - max(0, firstVisitDays - 30) / 2, 0, 15)",
                                "安排后 30 天内首次走访得满分，每超 2 天扣 1 分，扣完为止")),
                manual("C", "配合协作", 20, "按牵头单位安排参与走访、协调和问题办理；不配合的酌情扣分"),
                deduction("D", "督查发现问题", 20, "督查发现一般问题每个扣 1 分、较重问题扣 3 分、严重问题扣 5 分，扣完为止"),
                bonus("E", "创新举措", 5, "帮扶经验被县级以上推广、获县级以上表彰的，每项加 2 分，最多 5 分"))));
        em.flush();
        LOG.info(() -> "Bangfu demo scoring schemes published: " + LEADING + ", " + CO_UNITS);
    }

    private void publish(Campaign campaign, SchemeData data) {
        ScoringScheme s = new ScoringScheme(campaign, SchemeCheck.content(data), 1, null, "evaluator", clock.instant());
        em.persist(s);
        em.flush();
        audit.created(s);
        s.publish(clock.instant());
    }

    private static SchemeData scheme(String name, String appliesTo, SchemeData.GradingData grading, List<IndicatorData> indicators) {
        return new SchemeData(null, null, name, "ANNUAL", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), appliesTo, List.of(), null, null,
                null, new BigDecimal("100"), new BigDecimal("5"), indicators, List.of(new VetoData("V1", "严重问题逾期未整改",
                "findingsSerious > 0 && rectificationsOverdue > 0", "PASS")), grading, null);
    }

    private static IndicatorData group(String code, String name, int max, IndicatorData... children) {
        return new IndicatorData(code, name, new BigDecimal(max), "GROUP", null, null, null, List.of(children));
    }

    private static IndicatorData auto(String code, String name, int max, String formula, String rule) {
        return new IndicatorData(code, name, new BigDecimal(max), "AUTO", formula, null, rule, List.of());
    }

    private static IndicatorData manual(String code, String name, int max, String rule) {
        return new IndicatorData(code, name, new BigDecimal(max), "MANUAL", null, null, rule, List.of());
    }

    private static IndicatorData deduction(String code, String name, int max, String rule) {
        return new IndicatorData(code, name, new BigDecimal(max), "DEDUCTION", null,
                Map.of("MINOR", BigDecimal.ONE, "MAJOR", new BigDecimal("3"), "SERIOUS", new BigDecimal("5")), rule, List.of());
    }

    private static IndicatorData bonus(String code, String name, int max, String rule) {
        return new IndicatorData(code, name, new BigDecimal(max), "BONUS", null, null, rule, List.of());
    }
}
