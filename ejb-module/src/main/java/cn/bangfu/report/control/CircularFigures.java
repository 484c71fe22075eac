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
import java.util.TreeSet;

/**
 * What a round's circular reports, read from the records in a few grouped queries: the figures (visits, findings, the
 * serious ones, units with findings, findings rectified and verified), the table of findings by unit (the most serious
 * first), and the units to praise (they help an inspected target and had no finding) and to criticise (a serious finding,
 * or a refused inspection).
 */
@Dependent
public class CircularFigures {

    /** How the circular's table and its praise and criticism come out of the round. */
    public record Result(CircularData.Figures figures, List<CircularRow> rows, List<String> praised, List<String> criticised) {
    }

    private static final String REFUSED = "REFUSED";

    @PersistenceContext
    EntityManager em;

    public Result of(InspectionRound round) {
        Map<String, String> itemNames = new HashMap<>();
        for (ChecklistItem i : round.getChecklist()) {
            itemNames.put(i.getCode(), i.getName());
        }
        Map<Long, Unit> units = new LinkedHashMap<>();
        for (Object[] r : em.createQuery("select u.id, u.code, u.name, f.severity, count(f) from Finding f join f.unit u where f.round = :round"
                + " group by u.id, u.code, u.name, f.severity", Object[].class).setParameter("round", round).getResultList()) {
            Unit u = units.computeIfAbsent((Long) r[0], k -> new Unit((String) r[1], (String) r[2]));
            u.bySeverity.put((Severity) r[3], ((Number) r[4]).intValue());
        }
        for (Object[] r : em.createQuery("select distinct f.unit.id, f.itemCode from Finding f where f.round = :round", Object[].class)
                .setParameter("round", round).getResultList()) {
            units.get((Long) r[0]).items.add((String) r[1]);
        }
        for (Object[] r : em.createQuery("select r.unit.id, count(r) from Rectification r where r.finding.round = :round and r.state = :closed"
                + " group by r.unit.id", Object[].class).setParameter("round", round).setParameter("closed", RectificationState.CLOSED)
                .getResultList()) {
            Unit u = units.get((Long) r[0]);
            if (u != null) {
                u.rectified = ((Number) r[1]).intValue();
            }
        }
        List<Unit> ordered = new ArrayList<>(units.values());
        ordered.sort(Comparator.comparingInt((Unit u) -> -u.count(Severity.SERIOUS)).thenComparingInt(u -> -u.total())
                .thenComparing(u -> u.code));
        List<CircularRow> rows = ordered.stream().map(u -> new CircularRow(u.code, u.name, u.count(Severity.MINOR), u.count(Severity.MAJOR),
                u.count(Severity.SERIOUS), String.join("、", u.items.stream().map(c -> itemNames.getOrDefault(c, c)).toList()), u.rectified))
                .toList();
        int findings = ordered.stream().mapToInt(Unit::total).sum();
        int serious = ordered.stream().mapToInt(u -> u.count(Severity.SERIOUS)).sum();
        int rectified = ordered.stream().mapToInt(u -> u.rectified).sum();
        long visits = ((Number) em.createNamedQuery(InspectionVisit.COUNT_OF_ROUND, Object[].class).setParameter("round", round)
                .getSingleResult()[0]).longValue();
        List<String> criticised = ordered.stream().filter(u -> u.count(Severity.SERIOUS) > 0 || u.items.contains(REFUSED)).map(u -> u.name).toList();
        return new Result(new CircularData.Figures((int) visits, findings, serious, ordered.size(), rectified), rows, praised(round, units),
                criticised);
    }

    /** The units helping a target the round inspected (or inspected themselves) that no finding names, by code. */
    private List<String> praised(InspectionRound round, Map<Long, Unit> withFindings) {
        List<Object[]> helping = em.createQuery("select distinct au.unit.id, au.unit.code, au.unit.name from AssignmentUnit au join au.assignment a,"
                + " InspectionVisit v where v.round = :round and a.target = v.target and a.campaign = :campaign and a.validTo is null",
                Object[].class).setParameter("round", round).setParameter("campaign", round.getCampaign()).getResultList();
        List<Object[]> inspected = em.createQuery("select distinct u.id, u.code, u.name from InspectionVisit v join v.unit u where v.round = :round",
                Object[].class).setParameter("round", round).getResultList();
        TreeSet<String> names = new TreeSet<>();
        Map<String, String> byCode = new HashMap<>();
        for (List<Object[]> list : List.of(helping, inspected)) {
            for (Object[] r : list) {
                if (!withFindings.containsKey((Long) r[0])) {
                    byCode.put((String) r[1], (String) r[2]);
                    names.add((String) r[1]);
                }
            }
        }
        return names.stream().map(byCode::get).toList();
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
