package cn.bangfu.appraisal.control;

import cn.bangfu.appraisal.entity.Appeal;
import cn.bangfu.appraisal.entity.AppealData;
import cn.bangfu.appraisal.entity.Appraisal;
import cn.bangfu.appraisal.entity.AppraisalActor;
import cn.bangfu.appraisal.entity.AppraisalData;
import cn.bangfu.appraisal.entity.AppraisalEvent;
import cn.bangfu.appraisal.entity.AppraisalEvidence;
import cn.bangfu.appraisal.entity.AppraisalItem;
import cn.bangfu.appraisal.entity.Grade;
import cn.bangfu.appraisal.entity.Indicator;
import cn.bangfu.appraisal.entity.IndicatorKind;
import cn.bangfu.appraisal.entity.ScoringScheme;
import cn.bangfu.platform.control.ChunkedLookup;
import cn.bangfu.platform.entity.AttachmentInfo;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An appraisal form as its reader sees it: the indicator tree with the groups summed, each point's frozen inputs and the
 * records behind them (each marked when it changed since it was frozen), the steps the reader may take, the history and
 * the appeals. A unit sees the evaluators' scores, its grade and the sources only from the publicity on.
 */
@Dependent
public class AppraisalViews {

    /** The entity of each source type: its current version tells whether the record changed since it was frozen. */
    private static final Map<String, String> ENTITIES = Map.of(SourceRef.PROBLEM, "Problem", SourceRef.ASSIGNMENT, "Assignment",
            SourceRef.PLAN, "AssistancePlan", SourceRef.VISIT, "Visit", SourceRef.FINDING, "Finding", SourceRef.RECTIFICATION, "Rectification");

    @PersistenceContext
    EntityManager em;

    @Inject
    Standings standings;

    public AppraisalData data(Appraisal a, AppraisalActor reader, LocalDate today) {
        ScoringScheme scheme = a.getScheme();
        boolean scoresShown = !reader.ownUnit() || a.getState().shownToUnit();
        Map<Metric, Double> values = FrozenFigures.values(a.getMetricValues());
        Map<Metric, List<SourceRef>> records = scoresShown && a.getFrozenAt() != null ? FrozenFigures.records(a.getFrozenRecords()) : Map.of();
        Map<SourceRef, Boolean> changed = changed(records);
        CompiledScheme compiled = CompiledScheme.of(scheme);
        Map<String, AppraisalItem> items = new HashMap<>();
        a.getItems().forEach(i -> items.put(i.getIndicator(), i));
        Map<String, BigDecimal[]> sums = groupSums(scheme, items);
        List<AppraisalData.Item> lines = new ArrayList<>();
        for (Indicator i : scheme.getIndicators()) {
            AppraisalItem item = items.get(i.getCode());
            BigDecimal max = ScoringScheme.points(i.getMax());
            if (i.getKind() == IndicatorKind.GROUP) {
                BigDecimal[] s = sums.get(i.getCode());
                lines.add(new AppraisalData.Item(i.getCode(), i.getName(), i.getKind().name(), i.getParentCode(), max, ScoringScheme.points(s[0]),
                        null, scoresShown ? ScoringScheme.points(s[1]) : null, null, null, null, null));
                continue;
            }
            Set<Metric> inputs = compiled.inputsOf(i.getCode());
            boolean frozen = scoresShown && a.getFrozenAt() != null && !inputs.isEmpty();
            lines.add(new AppraisalData.Item(i.getCode(), i.getName(), i.getKind().name(), i.getParentCode(), max,
                    ScoringScheme.points(item.getSelf()), item.getSelfNote(), scoresShown ? ScoringScheme.points(item.getScore()) : null,
                    scoresShown ? item.getNote() : null, scoresShown ? item.isComputed() : null,
                    frozen ? FrozenFigures.inputs(values, inputs) : null, frozen ? sources(inputs, records, changed) : null));
        }
        Grade grade = scoresShown ? standings.gradeOf(a) : null;
        List<AppealData> appeals = em.createNamedQuery(Appeal.OF_APPRAISAL, Appeal.class).setParameter("appraisal", a).getResultStream()
                .map(Appeal::data).toList();
        Map<String, List<AttachmentInfo>> evidence = new LinkedHashMap<>();
        for (Object[] r : em.createNamedQuery(AppraisalEvidence.INFO_OF, Object[].class).setParameter("appraisal", a).getResultList()) {
            evidence.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(new AttachmentInfo((Long) r[1], (String) r[2], (String) r[3],
                    ((Number) r[4]).longValue(), (String) r[5], (java.time.Instant) r[6]));
        }
        return new AppraisalData(a.getId(), a.getCampaign().getCode(), a.getUnit().getCode(), a.getUnit().getName(), a.getUnit().getType().name(),
                scheme.getId(), scheme.getName(), a.getState().name(), scoresShown ? ScoringScheme.points(a.getTotal()) : null,
                ScoringScheme.points(a.getSelfTotal()), grade == null ? null : grade.name(), scoresShown ? !a.getVetoCodes().isEmpty() : null,
                scoresShown ? a.getVetoCodes() : null, a.getSelfAssessBy(), scoresShown ? a.getFrozenAt() : null,
                scoresShown ? a.getFrozenAsOf() : null, scoresShown && a.getFrozenAt() != null ? changed.containsValue(Boolean.TRUE) : null,
                a.getPublicityEnds(), a.getScoredBy(), a.getReviewedBy(), a.getVersion(), lines,
                a.allowed(reader, today).stream().map(Enum::name).toList(),
                events(a, scoresShown), appeals, evidence, a.takesEvidence(reader, today));
    }

    /** The history; before the publicity a unit sees the steps but not the points (no computation, no totals). */
    private static List<AppraisalData.Event> events(Appraisal a, boolean scoresShown) {
        return a.getEvents().stream().filter(e -> scoresShown || !"COMPUTE".equals(e.getAction()) && !"RESCORE".equals(e.getAction()))
                .map(AppraisalEvent::data).map(e -> scoresShown ? e : new AppraisalData.Event(e.action(), e.indicator(), null, null, e.reason(),
                        e.actor(), e.at())).toList();
    }

    /** Each group's self and evaluator points: the sums of its children, deepest first (a parent is listed before its children). */
    private static Map<String, BigDecimal[]> groupSums(ScoringScheme scheme, Map<String, AppraisalItem> items) {
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        List<Indicator> all = scheme.getIndicators();
        for (int k = all.size() - 1; k >= 0; k--) {
            Indicator i = all.get(k);
            BigDecimal[] own = i.getKind() == IndicatorKind.GROUP ? sums.computeIfAbsent(i.getCode(), c -> new BigDecimal[2])
                    : new BigDecimal[]{items.get(i.getCode()).getSelf(), items.get(i.getCode()).getScore()};
            if (i.getParentCode() != null) {
                BigDecimal[] parent = sums.computeIfAbsent(i.getParentCode(), c -> new BigDecimal[2]);
                parent[0] = plus(parent[0], own[0]);
                parent[1] = plus(parent[1], own[1]);
            }
        }
        return sums;
    }

    private static BigDecimal plus(BigDecimal a, BigDecimal b) {
        return b == null ? a : a == null ? b : a.add(b);
    }

    private static List<AppraisalData.Source> sources(Set<Metric> inputs, Map<Metric, List<SourceRef>> records, Map<SourceRef, Boolean> changed) {
        Set<SourceRef> refs = new LinkedHashSet<>();
        for (Metric m : inputs) {
            refs.addAll(records.getOrDefault(m, List.of()));
        }
        return refs.stream().sorted(SourceRef.ORDER).map(r -> new AppraisalData.Source(r.type(), r.id(), changed.getOrDefault(r, false))).toList();
    }

    /** Whether each record changed since it was frozen: its version moved on, or it is gone. */
    private Map<SourceRef, Boolean> changed(Map<Metric, List<SourceRef>> records) {
        Map<String, Map<Long, SourceRef>> byType = new HashMap<>();
        records.values().forEach(list -> list.forEach(r -> byType.computeIfAbsent(r.type(), t -> new HashMap<>()).put(r.id(), r)));
        Map<SourceRef, Boolean> changed = new HashMap<>();
        byType.forEach((type, refs) -> {
            Map<Long, Long> now = new HashMap<>();
            String jpql = "select x.id, x.version from " + ENTITIES.get(type) + " x where x.id in :ids";
            ChunkedLookup.inChunks(List.copyOf(refs.keySet()), ChunkedLookup.CHUNK,
                    ids -> em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList())
                    .forEach(r -> now.put((Long) r[0], ((Number) r[1]).longValue()));
            refs.values().forEach(r -> changed.put(r, !Long.valueOf(r.version()).equals(now.get(r.id()))));
        });
        return changed;
    }
}
