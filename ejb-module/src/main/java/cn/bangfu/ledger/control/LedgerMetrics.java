package cn.bangfu.ledger.control;

import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.ledger.entity.MetricsFilter;
import cn.bangfu.ledger.entity.MetricsGrouping;
import cn.bangfu.ledger.entity.MetricsReport;
import cn.bangfu.ledger.entity.MetricsRow;
import cn.bangfu.ledger.entity.ProblemCounts;
import cn.bangfu.ledger.entity.ProblemState;
import cn.bangfu.ledger.entity.Rating;
import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.ChunkedLookup;
import cn.bangfu.platform.control.Where;
import cn.bangfu.platform.entity.Messages;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The ledger's metrics (DESIGN §6, {@link ProblemCounts}): one aggregate query per report, grouped by the database, over
 * the problems a user sees, then named. The API, the pages, the exports and the appraisal all count here.
 */
@Dependent
public class LedgerMetrics {

    // EclipseLink parses no "in :list" inside CASE, hence the equalities; and writes TRUE as 1, which H2 will not compare with a boolean.
    private static final String RESOLVED = "(p.state = :resolved or p.state = :closed)";
    private static final String COUNTS = "count(p), sum(case when " + RESOLVED + " then 1 else 0 end),"
            + " sum(case when p.state = :closed then 1 else 0 end),"
            + " sum(case when " + RESOLVED + " and p.onTime = :yes then 1 else 0 end),"
            + " sum(case when " + RESOLVED + " and p.onTimeOriginal = :yes then 1 else 0 end),"
            + " sum(case when p.rating is not null then 1 else 0 end),"
            + " sum(case when p.rating = :satisfied or p.rating = :basicallySatisfied then 1 else 0 end)";

    @PersistenceContext
    EntityManager em;

    @Inject
    ProblemScope problemScope;

    @Inject
    ProblemCategories categories;

    /** The counts of the problems the user sees in the campaign, by the value of {@code group} (a JPQL expression over {@code p}), or in all with null. */
    public Map<Object, ProblemCounts> counts(Scope scope, Campaign campaign, MetricsFilter f, String group) {
        Map<Object, ProblemCounts> counts = new LinkedHashMap<>();
        int at = group == null ? 0 : 1;
        for (Object[] r : rows(scope, campaign, f, "", group)) {
            counts.merge(group == null ? "total" : r[0] == null ? NONE : r[0], counts(r, at), ProblemCounts::plus);
        }
        return counts;
    }

    /**
     * The rows of the aggregate: the values of {@code groups} (JPQL expressions over {@code p} and what {@code join}
     * joins; null for the total), then the seven counts.
     */
    private List<Object[]> rows(Scope scope, Campaign campaign, MetricsFilter f, String join, String groups) {
        Where where = problemScope.of(scope, campaign).and("p.state <> :withdrawn", "withdrawn", ProblemState.WITHDRAWN);
        where.andIf(f.from(), "p.raisedOn >= :from", "from").andIf(f.to(), "p.raisedOn <= :to", "to")
                .andIf(f.regionPath() == null ? null : f.regionPath() + "%", ProblemScope.inRegion("region"), "region")
                .andIf(f.unitId(), "p.responsibleUnitId = :unit", "unit");
        String jpql = "select " + (groups == null ? "" : groups + ", ") + COUNTS + " from Problem p" + join + where.clause()
                + (groups == null ? "" : " group by " + groups);
        return where.bind(em.createQuery(jpql, Object[].class))
                .setParameter("resolved", ProblemState.RESOLVED).setParameter("closed", ProblemState.CLOSED).setParameter("yes", Boolean.TRUE)
                .setParameter("satisfied", Rating.SATISFIED).setParameter("basicallySatisfied", Rating.BASICALLY_SATISFIED).getResultList();
    }

    private static ProblemCounts counts(Object[] r, int at) {
        return new ProblemCounts(n(r[at]), n(r[at + 1]), n(r[at + 2]), n(r[at + 3]), n(r[at + 4]), n(r[at + 5]), n(r[at + 6]));
    }

    /** The key of problems without a value of the grouping: not routed yet (no unit). */
    private static final Object NONE = new Object();

    /**
     * The metrics of the campaign by a grouping, in the reader's language: units by code, regions one level below the
     * one asked for (or the campaign's), categories in their order, months in order; the total over all of them.
     */
    public MetricsReport report(Scope scope, Campaign campaign, MetricsFilter f, MetricsGrouping by, Locale locale) {
        List<MetricsRow> items = new ArrayList<>();
        ProblemCounts total = ProblemCounts.NONE;
        switch (by) {
            case UNIT -> {
                // the units' codes and names grouped in the aggregate itself: a province has 20,000 units to name
                for (Object[] r : rows(scope, campaign, f, " left join p.responsibleUnit u", "u.code, u.name")) {
                    items.add(counts(r, 2).row((String) r[0], r[0] == null ? Messages.get(locale, "ledger.metrics.unrouted") : (String) r[1]));
                }
                items.sort(Comparator.comparing(MetricsRow::key, Comparator.nullsLast(Comparator.naturalOrder())));
            }
            case REGION -> items.addAll(byRegion(counts(scope, campaign, f, "p.regionCode"), f.regionPath() == null
                    ? campaign.getRegion() : region(f.regionPath())));
            case CATEGORY -> {
                Map<Object, ProblemCounts> counts = counts(scope, campaign, f, "p.category");
                for (ProblemCategories.Category c : categories.all()) {
                    ProblemCounts n = counts.remove(c.code());
                    if (n != null) {
                        items.add(n.row(c.code(), c.name(locale)));
                    }
                }
                counts.forEach((k, n) -> items.add(n.row(String.valueOf(k), String.valueOf(k))));
            }
            case MONTH -> {
                Map<Object, ProblemCounts> counts = counts(scope, campaign, f, "p.raisedMonth");
                counts.entrySet().stream().sorted(Comparator.comparing(e -> ((Number) e.getKey()).intValue())).forEach(e -> {
                    int m = ((Number) e.getKey()).intValue();
                    String key = String.format("%d-%02d", m / 100, m % 100);
                    items.add(e.getValue().row(key, key));
                });
            }
            case TOTAL -> {
            }
        }
        if (by == MetricsGrouping.TOTAL) {
            total = counts(scope, campaign, f, null).values().stream().reduce(ProblemCounts.NONE, ProblemCounts::plus);
        } else {
            for (MetricsRow r : items) {
                total = total.plus(new ProblemCounts(r.collected(), r.resolved(), r.closed(), r.resolvedOnTime(), r.resolvedOnTimeOriginal(),
                        r.rated(), r.satisfied()));
            }
        }
        return new MetricsReport(by.name().toLowerCase(Locale.ROOT), items, total.row("total", Messages.get(locale, "ledger.metrics.total")));
    }

    private Region region(String path) {
        String[] codes = path.split("/");
        return em.find(Region.class, codes[codes.length - 1]);
    }

    /** Counts by region code rolled up to the regions one level below {@code base} (problems of {@code base} itself under its own name). */
    private List<MetricsRow> byRegion(Map<Object, ProblemCounts> counts, Region base) {
        List<String> codes = counts.keySet().stream().filter(k -> k instanceof String).map(String.class::cast).toList();
        Map<String, Region> regions = new HashMap<>();
        ChunkedLookup.all(em, Region.BY_CODES, Region.class, "codes", codes).forEach(r -> regions.put(r.getCode(), r));
        Map<String, ProblemCounts> rolled = new LinkedHashMap<>();
        for (Map.Entry<Object, ProblemCounts> e : counts.entrySet()) {
            Region r = regions.get(e.getKey());
            if (r == null || !r.getPath().startsWith(base.getPath())) {
                continue;
            }
            String rest = r.getPath().substring(base.getPath().length());
            String child = rest.isEmpty() ? base.getCode() : rest.substring(0, rest.indexOf('/'));
            rolled.merge(child, e.getValue(), ProblemCounts::plus);
        }
        Map<String, Region> named = new HashMap<>();
        ChunkedLookup.all(em, Region.BY_CODES, Region.class, "codes", List.copyOf(rolled.keySet())).forEach(r -> named.put(r.getCode(), r));
        List<MetricsRow> rows = new ArrayList<>();
        rolled.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> rows.add(e.getValue().row(e.getKey(),
                Objects.requireNonNullElse(named.get(e.getKey()), base).getName())));
        return rows;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
