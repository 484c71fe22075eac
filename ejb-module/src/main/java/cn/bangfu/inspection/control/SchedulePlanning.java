package cn.bangfu.inspection.control;

import cn.bangfu.inspection.entity.InspectionRound;
import cn.bangfu.inspection.entity.InspectionTeam;
import cn.bangfu.inspection.entity.InspectionVisit;
import cn.bangfu.ledger.control.WorkCalendars;
import cn.bangfu.ledger.entity.WorkCalendar;
import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.UserAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copies a round into a planning problem of plain objects (its teams, the working days of its window, its visits with the
 * units each must be kept from and the previous round's team) and writes a solved schedule back to the visits. Five
 * statements for a round of any size.
 */
@Dependent
public class SchedulePlanning {

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkCalendars calendars;

    /** A round's schedule as planned, with each visit's version when it was read. */
    public record Loaded(InspectionSchedule schedule, Map<Long, Long> versions, Map<Long, InspectionVisit> visits,
                         Map<Long, InspectionTeam> teams) {

        public PlannedVisit visit(long id) {
            return schedule.getVisits().stream().filter(v -> v.getId() == id).findFirst().orElseThrow();
        }

        public PlannedTeam team(long id) {
            return schedule.getTeams().stream().filter(t -> t.getId() == id).findFirst().orElse(null);
        }
    }

    public Loaded load(InspectionRound round) {
        WorkCalendar calendar = calendars.current();
        List<PlannedDay> days = new ArrayList<>();
        for (LocalDate d = round.getFirstDay(); !d.isAfter(round.getLastDay()); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days.add(new PlannedDay(d, true));
            }
        }
        Map<LocalDate, PlannedDay> dayOf = new HashMap<>();
        days.forEach(d -> dayOf.put(d.date(), d));
        Map<Long, InspectionTeam> teams = new LinkedHashMap<>();
        for (InspectionTeam t : em.createNamedQuery(InspectionTeam.OF_ROUND, InspectionTeam.class).setParameter("round", round).getResultList()) {
            teams.put(t.getId(), t);
        }
        Map<Long, PlannedTeam> planned = new LinkedHashMap<>();
        teams.values().forEach(t -> planned.put(t.getId(), planned(t)));
        Map<Long, Set<Long>> avoid = new HashMap<>();
        for (Object[] row : em.createNamedQuery(InspectionVisit.AVOID_UNITS, Object[].class).setParameter("round", round).getResultList()) {
            avoid.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]);
        }
        Map<String, String[]> previous = previousLeaders(round);
        Map<Long, Long> versions = new HashMap<>();
        Map<Long, InspectionVisit> entities = new LinkedHashMap<>();
        List<PlannedVisit> visits = new ArrayList<>();
        for (InspectionVisit v : em.createNamedQuery(InspectionVisit.OF_ROUND, InspectionVisit.class).setParameter("round", round).getResultList()) {
            Set<Long> units = new HashSet<>(avoid.getOrDefault(v.getId(), Set.of()));
            Region region;
            String key;
            String name;
            if (v.getUnit() != null) {
                units.add(v.getUnit().getId());
                region = v.getUnit().getRegion();
                key = "U" + v.getUnit().getId();
                name = v.getUnit().getName();
            } else {
                region = v.getTarget().getRegion();
                key = "T" + v.getTarget().getId();
                name = v.getTarget().getName();
            }
            String[] leader = previous.getOrDefault(key, new String[2]);
            PlannedVisit p = new PlannedVisit(v.getId(), name, region.getCode(), units, leader[0], leader[1]);
            if (v.scheduled() && planned.containsKey(v.getTeam().getId())) {
                PlannedDay day = dayOf.getOrDefault(v.getDay(), new PlannedDay(v.getDay(), calendar.isWorkingDay(v.getDay())
                        && round.contains(v.getDay())));
                p.on(planned.get(v.getTeam().getId()), day, v.isPinned());
            }
            visits.add(p);
            versions.put(v.getId(), v.getVersion());
            entities.put(v.getId(), v);
        }
        return new Loaded(new InspectionSchedule(new ArrayList<>(planned.values()), days, visits), versions, entities, teams);
    }

    /** Writes the solved teams and days to the visits nobody moved since they were read; answers how many changed. */
    public int apply(Loaded loaded, InspectionSchedule solved) {
        int changed = 0;
        for (PlannedVisit p : solved.getVisits()) {
            InspectionVisit v = em.find(InspectionVisit.class, p.getId());
            if (v == null || p.isPinned() || p.getTeam() == null || v.getVersion() != loaded.versions().get(p.getId())) {
                continue;
            }
            InspectionTeam team = em.find(InspectionTeam.class, p.getTeam().getId());
            if (team == null) {
                continue;
            }
            if (!team.equals(v.getTeam()) || !p.getDay().date().equals(v.getDay())) {
                v.schedule(team, p.getDay().date(), false);
                changed++;
            }
        }
        return changed;
    }

    private static PlannedTeam planned(InspectionTeam t) {
        Map<Long, String> units = new HashMap<>();
        Set<String> logins = new HashSet<>();
        for (UserAccount m : t.getMembers()) {
            logins.add(m.getLogin());
            if (m.getUnit() != null) {
                units.merge(m.getUnit().getId(), m.getDisplayName() + "（" + m.getUnit().getName() + "）", (a, b) -> a + "、" + b);
            }
        }
        return new PlannedTeam(t.getId(), t.getName(), t.getLeader().getLogin(), t.getCapacity(),
                t.getHomeRegion() == null ? null : t.getHomeRegion().getCode(), t.getBlockedDays(), units, logins);
    }

    /** "T{target id}" or "U{unit id}" → the login and name of the leader of the team that inspected it in the previous round. */
    private Map<String, String[]> previousLeaders(InspectionRound round) {
        InspectionRound previous = em.createNamedQuery(InspectionRound.PREVIOUS, InspectionRound.class)
                .setParameter("campaign", round.getCampaign()).setParameter("firstDay", round.getFirstDay())
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        Map<String, String[]> m = new HashMap<>();
        if (previous == null) {
            return m;
        }
        for (Object[] row : em.createNamedQuery(InspectionVisit.LEADERS_OF_ROUND, Object[].class).setParameter("round", previous).getResultList()) {
            m.put(row[0] != null ? "T" + row[0] : "U" + row[1], new String[] {(String) row[2], (String) row[3]});
        }
        return m;
    }
}
