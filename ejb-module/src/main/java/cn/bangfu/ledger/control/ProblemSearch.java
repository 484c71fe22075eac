package cn.bangfu.ledger.control;

import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.ledger.entity.Problem;
import cn.bangfu.ledger.entity.ProblemFilter;
import cn.bangfu.ledger.entity.ProblemState;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.KeysetChunks;
import cn.bangfu.platform.control.Where;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.StreamSupport;

/**
 * The problem ledger of a campaign as one user sees it ({@link ProblemScope}), filtered, sorted and paged by the
 * database; the light is a condition on stored dates ({@link LightWindow}), so it filters and counts there too.
 * Newest first unless sorted otherwise.
 */
@Dependent
public class ProblemSearch {

    /** Sortable properties, by their JSON names. */
    private static final Map<String, String> SORTS = Map.of(
            "number", "p.id", "raisedOn", "p.raisedOn", "deadline", "p.deadline.inForce", "workingDaysLeft", "p.deadline.inForce",
            "state", "p.state", "category", "p.category", "title", "p.title", "target", "t.name");

    /** A ledger lists at most this many as its total (and says there are more), so a province's is not counted on every page. */
    public static final int COUNT_CAP = 10_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProblemScope problemScope;

    public Page<Problem> find(Scope scope, Campaign campaign, ProblemFilter filter, LightWindow lights, PageRequest page) {
        String order = page.sortField() == null ? "p.id desc" : SORTS.get(page.sortField()) + (page.descending() ? " desc" : " asc") + ", p.id desc";
        Where where = where(scope, campaign, filter, lights, page.qPattern());
        // the target is joined only for the free text and its sort: a county's count then reads an index alone
        String byText = page.qPattern() == null ? "" : " join p.target t";
        return where.pageByIds(em, Problem.class, "select p.id from Problem p" + byText, "select count(p) from Problem p" + byText, "select p.id from Problem p"
                + (byText.isEmpty() && "target".equals(page.sortField()) ? " join p.target t" : byText), "select p from Problem p join fetch p.target t"
                + " join fetch t.region join fetch p.campaign left join fetch p.responsibleUnit where p.id in :ids", Problem::getId, order, page, COUNT_CAP);
    }

    /**
     * Every problem {@link #find} would list for this filter and free text but the withdrawn (they are off the ledger), by
     * id, read {@code chunk} at a time as the caller iterates, each copied by {@code copy} before its chunk leaves the
     * persistence context, so a province's ledger never sits in memory. For read-only work: it clears the persistence context.
     */
    public <T> Iterable<T> onLedger(Scope scope, Campaign campaign, ProblemFilter filter, LightWindow lights, String q, int chunk,
                                    Function<Problem, T> copy) {
        Where where = where(scope, campaign, filter, lights, new PageRequest(0, 1, null, q).qPattern())
                .and("p.state <> :withdrawn", "withdrawn", ProblemState.WITHDRAWN);
        String select = "select p from Problem p join fetch p.target t left join fetch p.responsibleUnit" + where.clause();
        Iterable<Copied<T>> chunks = KeysetChunks.of(chunk, last -> {
            TypedQuery<Problem> query = last == null ? em.createQuery(select + " order by p.id", Problem.class)
                    : em.createQuery(select + " and p.id > :after order by p.id", Problem.class).setParameter("after", last.id());
            List<Copied<T>> loaded = where.bind(query).setMaxResults(chunk).getResultList().stream()
                    .map(p -> new Copied<>(p.getId(), copy.apply(p))).toList();
            em.clear();
            return loaded;
        });
        return () -> StreamSupport.stream(chunks.spliterator(), false).map(Copied::value).iterator();
    }

    /** A problem copied, with the id the next chunk starts after. */
    private record Copied<T>(long id, T value) {
    }

    public static boolean sortable(String field) {
        return field == null || SORTS.containsKey(field);
    }

    Where where(Scope scope, Campaign campaign, ProblemFilter f, LightWindow lights, String qPattern) {
        Where where = campaign == null ? problemScope.narrow(new Where(), scope) : problemScope.of(scope, campaign);
        where.andIf(f.states(), "p.state in :states", "states")
                .andIf(f.unitId(), "p.responsibleUnitId = :unit", "unit")
                .andIf(f.category(), "p.category = :category", "category")
                .andIf(f.regionPath() == null ? null : f.regionPath() + "%", ProblemScope.inRegion("region"), "region")
                .andIf(f.targetId(), "p.targetId = :target", "target")
                .andIf(qPattern, "(lower(p.number) like :q escape '\\' or lower(p.title) like :q escape '\\' or lower(t.name) like :q escape '\\')",
                        "q");
        if (f.routedTo() != null) {
            where.and("(p.responsibleUnitId = :mine or p.id in (select pm.id from Problem pm join pm.assistingUnits pmu where pmu.id = :mine))",
                    "mine", f.routedTo());
        }
        if (f.extensionPending() != null) {
            where.and(f.extensionPending() ? "p.extensionDeadline is not null" : "p.extensionDeadline is null");
        }
        if (f.escalated() != null) {
            where.and(f.escalated() ? "p.escalatedOn is not null" : "p.escalatedOn is null");
        }
        if (f.light() != null) {
            lights.narrow(where, f.light());
        }
        return where;
    }
}
