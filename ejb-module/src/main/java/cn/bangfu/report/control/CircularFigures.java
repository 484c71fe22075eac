package cn.bangfu.report.control;

import cn.bangfu.inspection.entity.ChecklistItem;
import cn.bangfu.inspection.entity.InspectionRound;
import cn.bangfu.inspection.entity.InspectionVisit;
import cn.bangfu.inspection.entity.RectificationState;
import cn.bangfu.inspection.entity.Severity;
import cn.bangfu.report.entity.CircularData;
import cn.bangfu.report.entity.CircularRow;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a round's circular reports: the figures (visits, findings, the serious ones, units with findings, findings
 * rectified and verified), the table of findings by unit (the most serious first, then the most findings, then by code),
 * the units to praise (they help an inspected target, or were inspected, and no finding names them) and to criticise (a
 * serious finding, or a refused inspection). The records are read in a few grouped queries; {@link #tally} makes the
 * circular of them.
 */
@Dependent
public class CircularFigures {

    /** How the circular's table and its praise and criticism come out of the round. */
    public record Result(CircularData.Figures figures, List<CircularRow> rows, List<String> praised, List<String> criticised) {
    }

    /** A unit's findings of one severity. */
    public record UnitCount(long unit, String code, String name, Severity severity, int count) {
    }

    /** A checklist item a unit's findings were filed against. */
    public record UnitItem(long unit, String item) {
    }

    /** A unit the round concerns: it helps an inspected target, or was inspected itself. */
    public record UnitRef(long unit, String code, String name) {
    }

    static final String REFUSED = "REFUSED";

    @PersistenceContext
    EntityManager em;

    public Result of(InspectionRound round) {
        List<UnitCount> counts = em.createQuery("select u.id, u.code, u.name, f.severity, count(f) from Finding f join f.unit u"
                + " where f.round = :round group by u.id, u.code, u.name, f.severity", Object[].class).setParameter("round", round)
                .getResultStream().map(r -> new UnitCount((Long) r[0], (String) r[1], (String) r[2], (Severity) r[3], ((Number) r[4]).intValue()))
                .toList();
        List<UnitItem> items = em.createQuery("select distinct f.unit.id, f.itemCode from Finding f where f.round = :round", Object[].class)
                .setParameter("round", round).getResultStream().map(r -> new UnitItem((Long) r[0], (String) r[1])).toList();
        Map<Long, Integer> rectified = new HashMap<>();
        em.createQuery("select r.unit.id, count(r) from Rectification r where r.finding.round = :round and r.state = :closed group by r.unit.id",
                Object[].class).setParameter("round", round).setParameter("closed", RectificationState.CLOSED).getResultStream()
                .forEach(r -> rectified.put((Long) r[0], ((Number) r[1]).intValue()));
        long visits = ((Number) em.createNamedQuery(InspectionVisit.COUNT_OF_ROUND, Object[].class).setParameter("round", round)
                .getSingleResult()[0]).longValue();
        List<UnitRef> concerned = new ArrayList<>();
        em.createQuery("select distinct au.unit.id, au.unit.code, au.unit.name from AssignmentUnit au join au.assignment a, InspectionVisit v"
                        + " where v.round = :round and a.target = v.target and a.campaign = :campaign and a.validTo is null", Object[].class)
                .setParameter("round", round).setParameter("campaign", round.getCampaign()).getResultStream()
                .forEach(r -> concerned.add(new UnitRef((Long) r[0], (String) r[1], (String) r[2])));
        em.createQuery("select distinct u.id, u.code, u.name from InspectionVisit v join v.unit u where v.round = :round", Object[].class)
                .setParameter("round", round).getResultStream().forEach(r -> concerned.add(new UnitRef((Long) r[0], (String) r[1], (String) r[2])));
        Map<String, String> itemNames = new HashMap<>();
        for (ChecklistItem i : round.getChecklist()) {
            itemNames.put(i.getCode(), i.getName());
        }
        return tally(counts, items, rectified, (int) visits, concerned, itemNames);
    }

    /** The circular of a round's records, as {@link #of} reads them. */
    static Result tally(List<UnitCount> counts, List<UnitItem> items, Map<Long, Integer> rectified, int visits, List<UnitRef> concerned,
                        Map<String, String> itemNames) {
        Map<Long, Unit> units = new LinkedHashMap<>();
        for (UnitCount c : counts) {
            units.computeIfAbsent(c.unit(), k -> new Unit(c.code(), c.name())).bySeverity.merge(c.severity(), c.count(), Integer::sum);
        }
        for (UnitItem i : items) {
            Unit u = units.get(i.unit());
            if (u != null) {
                u.items.add(i.item());
            }
        }
        rectified.forEach((id, n) -> {
            Unit u = units.get(id);
            if (u != null) {
                u.rectified = n;
            }
        });
        List<Unit> ordered = new ArrayList<>(units.values());
        ordered.sort(Comparator.comparingInt((Unit u) -> -u.count(Severity.SERIOUS)).thenComparingInt(u -> -u.total()).thenComparing(u -> u.code));
        List<CircularRow> rows = ordered.stream().map(u -> new CircularRow(u.code, u.name, u.count(Severity.MINOR), u.count(Severity.MAJOR),
                u.count(Severity.SERIOUS), String.join("、", u.items.stream().map(c -> itemNames.getOrDefault(c, c)).toList()), u.rectified))
                .toList();
        CircularData.Figures figures = new CircularData.Figures(visits, ordered.stream().mapToInt(Unit::total).sum(),
                ordered.stream().mapToInt(u -> u.count(Severity.SERIOUS)).sum(), ordered.size(), ordered.stream().mapToInt(u -> u.rectified).sum());
        List<String> criticised = ordered.stream().filter(u -> u.count(Severity.SERIOUS) > 0 || u.items.contains(REFUSED)).map(u -> u.name)
                .toList();
        TreeMap<String, String> praised = new TreeMap<>();
        for (UnitRef r : concerned) {
            if (!units.containsKey(r.unit())) {
                praised.put(r.code(), r.name());
            }
        }
        return new Result(figures, rows, List.copyOf(praised.values()), criticised);
    }

    private static final class Unit {
        final String code;
        final String name;
        final Map<Severity, Integer> bySeverity = new HashMap<>();
        final TreeSet<String> items = new TreeSet<>();
        int rectified;

        Unit(String code, String name) {
            this.code = code;
            this.name = name;
        }

        int count(Severity s) {
            return bySeverity.getOrDefault(s, 0);
        }

        int total() {
            return bySeverity.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
