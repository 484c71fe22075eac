package cn.bangfu.appraisal.demo;

import cn.bangfu.appraisal.control.AppraisalNotice;
import cn.bangfu.appraisal.control.FormComputation;
import cn.bangfu.appraisal.control.SchemeUnits;
import cn.bangfu.appraisal.entity.Appeal;
import cn.bangfu.appraisal.entity.Appraisal;
import cn.bangfu.appraisal.entity.AppraisalAction;
import cn.bangfu.appraisal.entity.AppraisalActor;
import cn.bangfu.appraisal.entity.AppraisalItem;
import cn.bangfu.appraisal.entity.AppraisalState;
import cn.bangfu.appraisal.entity.Indicator;
import cn.bangfu.appraisal.entity.IndicatorKind;
import cn.bangfu.appraisal.entity.ScoringScheme;
import cn.bangfu.campaign.demo.DemoAssignments;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.ledger.control.WorkCalendars;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.control.DemoMode;
import cn.bangfu.platform.entity.SchemaReady;
import jakarta.annotation.Priority;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo campaign's appraisal forms: every unit the two 2026 schemes score has one. The leading units' forms stand in
 * every state of the workflow, a few of each, so that each role finds work; the co-units' forms went the whole way and
 * are published, with one appeal upheld (its indicator rescored) and one rejected, so the results page shows grades
 * within the quota. Self-assessments were due on 2026-11-20; the publicity ran from 2026-11-25 to 2026-12-02. Forms
 * still waiting for a self-assessment are given until the end of the year, or ten working days from the day the demo is
 * seeded if that is later.
 */
@Singleton
public class DemoAppraisals {

    public static final int PRIORITY = DemoSchemes.PRIORITY + 100;
    private static final Logger LOG = Logger.getLogger(DemoAppraisals.class.getName());
    private static final LocalDate SELF_ASSESS_BY = LocalDate.of(2026, 11, 20);
    private static final LocalDate SELF_ASSESSED_ON = LocalDate.of(2026, 11, 18);
    private static final LocalDate SCORED_ON = LocalDate.of(2026, 11, 21);
    private static final LocalDate PUBLICISED_ON = LocalDate.of(2026, 11, 25);
    private static final LocalDate PUBLISHED_ON = LocalDate.of(2026, 12, 3);
    private static final AppraisalActor EVALUATOR = new AppraisalActor("evaluator", false, true, false);
    private static final AppraisalActor REVIEWER = new AppraisalActor("evaluator2", false, true, false);
    private static final AppraisalActor OFFICE = new AppraisalActor("office", false, false, true);

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    SchemeUnits schemeUnits;

    @Inject
    FormComputation computation;

    @Inject
    WorkCalendars calendars;

    public void onSchemaReady(@Observes @Priority(PRIORITY) SchemaReady ready) {
        Campaign campaign = DemoMode.on() ? em.createNamedQuery(Campaign.BY_CODE, Campaign.class).setParameter("code", DemoAssignments.CODE)
                .getResultStream().findFirst().orElse(null) : null;
        if (campaign == null || em.createQuery("select count(a) from Appraisal a", Long.class).getSingleResult() > 0) {
            return;
        }
        List<ScoringScheme> schemes = em.createNamedQuery(ScoringScheme.OF_CAMPAIGN, ScoringScheme.class).setParameter("campaign", campaign)
                .getResultList();
        LocalDate later = calendars.current().plusWorkingDays(LocalDate.now(clock), 10);
        LocalDate draftsDue = later.isAfter(LocalDate.of(2026, 12, 31)) ? later : LocalDate.of(2026, 12, 31);
        for (ScoringScheme scheme : schemes) {
            boolean leading = DemoSchemes.LEADING.equals(scheme.getName());
            List<Appraisal> forms = new ArrayList<>();
            List<Long> units = List.copyOf(schemeUnits.of(scheme));
            for (int k = 0; k < units.size(); k++) {
                AppraisalState target = leading ? AppraisalState.values()[k % AppraisalState.values().length] : AppraisalState.PUBLISHED;
                Appraisal a = new Appraisal(campaign, scheme, em.find(Unit.class, units.get(k)),
                        target == AppraisalState.DRAFT ? draftsDue : SELF_ASSESS_BY, "evaluator", clock.instant());
                em.persist(a);
                forms.add(a);
            }
            em.flush();
            forms.forEach(em::refresh);
            for (FormComputation.Failure f : computation.compute(forms, LocalDate.now(clock), clock.instant(), "evaluator")) {
                LOG.warning(() -> "Bangfu demo form of " + f.form().getUnit().getCode() + " not computed: " + f.reason().getMessage());
            }
            for (int k = 0; k < forms.size(); k++) {
                Appraisal a = forms.get(k);
                AppraisalState target = leading ? AppraisalState.values()[k % AppraisalState.values().length] : AppraisalState.PUBLISHED;
                advance(a, target, k);
                if (!leading && (k == 1 || k == 2)) {
                    appeal(a, k == 1);
                }
                if (target == AppraisalState.PUBLISHED) {
                    a.act(AppraisalAction.PUBLISH, OFFICE, null, PUBLISHED_ON, clock.instant(), null);
                }
            }
        }
        em.flush();
        LOG.info("Bangfu demo appraisal forms opened and taken through the workflow");
    }

    /** Takes a form as far as {@code target}, but not to PUBLISHED: the publicity, and its appeals, come first. */
    private void advance(Appraisal a, AppraisalState target, int k) {
        if (target == AppraisalState.DRAFT) {
            return;
        }
        AppraisalActor unit = new AppraisalActor(a.getUnit().getCode(), true, false, false);
        for (Indicator i : a.getScheme().getIndicators()) {
            if (i.getKind() != IndicatorKind.GROUP) {
                BigDecimal self = i.getKind() == IndicatorKind.BONUS ? BigDecimal.ZERO : i.getMax();
                a.selfAssess(i, self, i.getKind() == IndicatorKind.MANUAL ? "按要求牵头或参与协调，台账齐全" : null, unit, SELF_ASSESSED_ON);
            }
        }
        a.act(AppraisalAction.SELF_ASSESS, unit, null, SELF_ASSESSED_ON, clock.instant(), null);
        if (target == AppraisalState.SELF_ASSESSED) {
            em.persist(AppraisalNotice.selfAssessed(a, clock.instant()));
            return;
        }
        for (Indicator i : a.getScheme().getIndicators()) {
            if (i.getKind() == IndicatorKind.MANUAL) {
                boolean full = k % 3 == 0;
                a.score(i, full ? i.getMax() : i.getMax().subtract(BigDecimal.valueOf(1 + k % 4)),
                        full ? null : "协调记录不全，个别问题未牵头研究", EVALUATOR, SCORED_ON);
            } else if (i.getKind() == IndicatorKind.BONUS) {
                boolean bonus = k % 5 == 1;
                a.score(i, bonus ? new BigDecimal("2") : BigDecimal.ZERO, bonus ? "帮扶经验被县政府办简报推广" : null, EVALUATOR, SCORED_ON);
            }
        }
        a.act(AppraisalAction.SCORE, EVALUATOR, null, SCORED_ON, clock.instant(), null);
        List<AppraisalAction> rest = List.of(AppraisalAction.REVIEW, AppraisalAction.FINALISE, AppraisalAction.PUBLICISE);
        for (AppraisalAction step : rest) {
            if (a.getState() == target) {
                return;
            }
            AppraisalActor by = step == AppraisalAction.REVIEW ? REVIEWER : OFFICE;
            a.act(step, by, null, step == AppraisalAction.PUBLICISE ? PUBLICISED_ON : SCORED_ON, clock.instant(),
                    step == AppraisalAction.PUBLICISE ? calendars.current().plusWorkingDays(PUBLICISED_ON, 5) : null);
        }
    }

    /** During its publicity the unit appeals its manual indicator; the evaluators uphold it (full points) or reject it. */
    private void appeal(Appraisal a, boolean upheld) {
        AppraisalActor unit = new AppraisalActor(a.getUnit().getCode(), true, false, false);
        Indicator manual = a.getScheme().getIndicators().stream().filter(i -> i.getKind() == IndicatorKind.MANUAL).findFirst().orElseThrow();
        Appeal p = Appeal.file(a, manual.getCode(), upheld ? "本单位全年参与协调会 6 次，会议纪要已补充上传，请求复核" : "认为扣分偏重，请求复核",
                unit, PUBLICISED_ON.plusDays(2), false, clock.instant());
        em.persist(p);
        BigDecimal max = manual.getMax();
        AppraisalItem item = a.getItems().stream().filter(x -> x.getIndicator().equals(manual.getCode())).findFirst().orElseThrow();
        p.answer(upheld, upheld ? "补充的会议纪要属实，恢复满分" : "协调记录仍不完整，维持原评分", upheld ? max : null, EVALUATOR,
                clock.instant());
        if (!upheld && item.getScore() == null) {
            throw new IllegalStateException("demo form " + a.getId() + " has no score of " + manual.getCode());
        }
    }
}
