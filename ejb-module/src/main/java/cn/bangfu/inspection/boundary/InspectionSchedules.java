package cn.bangfu.inspection.boundary;

import cn.bangfu.inspection.control.PlannedDay;
import cn.bangfu.inspection.control.PlannedTeam;
import cn.bangfu.inspection.control.PlannedVisit;
import cn.bangfu.inspection.control.RoundAccess;
import cn.bangfu.inspection.control.SchedulePlanning;
import cn.bangfu.inspection.control.ScheduleSolver;
import cn.bangfu.inspection.control.ScheduleViolation;
import cn.bangfu.inspection.control.VisitNotices;
import cn.bangfu.inspection.entity.InspectionRound;
import cn.bangfu.inspection.entity.InspectionVisit;
import cn.bangfu.inspection.entity.InspectionVisitData;
import cn.bangfu.inspection.entity.MyInspectionData;
import cn.bangfu.ledger.control.WorkCalendars;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import cn.bangfu.inspection.control.ScheduleColumn;
import cn.bangfu.inspection.entity.InspectedRef;
import cn.bangfu.inspection.entity.InspectionTeam;
import cn.bangfu.platform.control.SheetWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A round's schedule (督查安排): read by whoever reads the round; the office moves and pins visits by hand (refused with the
 * rule in words when the move breaks a hard one) and publishes it once every visit has a team and a day and no hard rule
 * is broken. An inspector reads his coming inspections, day by day.
 */
@Stateless
public class InspectionSchedules {

    /** How many days back "my inspections" reaches. */
    public static final int RECENT_DAYS = 14;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    RoundAccess access;

    @Inject
    SchedulePlanning planning;

    @Inject
    WorkCalendars calendars;

    @Inject
    VisitNotices notices;

    @Inject
    AuditTrail audit;

    @RolesAllowed({Roles.OFFICE, Roles.INSPECTOR, Roles.EVALUATOR, Roles.LEADER})
    public List<InspectionVisitData> schedule(String campaignCode, long roundId) {
        InspectionRound round = access.readable(caller.get(), campaignCode, roundId);
        return visits(round).stream().map(InspectionVisit::data).toList();
    }

    /**
     * Moves visits by hand: {@code team} and {@code date} (both, or neither to take a visit off the schedule) and
     * {@code pinned}. All or nothing: a move that breaks a hard rule is refused (409) with the rule in words.
     */
    @RolesAllowed(Roles.OFFICE)
    public List<InspectionVisitData> move(String campaignCode, long roundId, List<InspectionVisitData> moves) {
        InspectionRound round = access.managed(caller.get(), campaignCode, roundId);
        round.requirePlanning();
        if (moves == null || moves.isEmpty()) {
            throw new InvalidInputException(FieldError.of("visits", "field.required"));
        }
        SchedulePlanning.Loaded loaded = planning.load(round);
        List<FieldError> errors = new ArrayList<>();
        Set<Long> moved = new HashSet<>();
        for (int i = 0; i < moves.size(); i++) {
            InspectionVisitData m = moves.get(i);
            String at = "visits[" + i + "]";
            InspectionVisit visit = m == null || m.id() == null ? null : loaded.visits().get(m.id());
            if (visit == null) {
                errors.add(FieldError.of(at + ".id", "inspection.schedule.visitUnknown", m == null ? "" : String.valueOf(m.id())));
                continue;
            }
            if (m.version() != null && m.version() != visit.getVersion()) {
                throw new ConflictException(FieldError.of(at + ".version", "record.stale"));
            }
            if ((m.team() == null) != (m.date() == null)) {
                errors.add(FieldError.of(at + (m.team() == null ? ".team" : ".date"), "inspection.schedule.teamAndDate"));
                continue;
            }
            PlannedTeam team = m.team() == null ? null : loaded.team(m.team());
            if (m.team() != null && team == null) {
                errors.add(FieldError.of(at + ".team", "inspection.schedule.teamUnknown", String.valueOf(m.team())));
                continue;
            }
            if (m.date() != null && !round.contains(m.date())) {
                errors.add(FieldError.of(at + ".date", "inspection.schedule.outsideWindow", m.date(), round.getFirstDay(), round.getLastDay()));
                continue;
            }
            PlannedDay day = m.date() == null ? null : new PlannedDay(m.date(), calendars.current().isWorkingDay(m.date()));
            loaded.visit(m.id()).on(team, day, m.team() != null && Boolean.TRUE.equals(m.pinned()));
            moved.add(m.id());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<ScheduleViolation> broken = ScheduleSolver.brokenBy(loaded.schedule(), moved);
        if (!broken.isEmpty()) {
            ScheduleViolation first = broken.get(0);
            throw new ConflictException(FieldError.of("visits", first.messageKey(), first.args().toArray()));
        }
        for (Long id : moved) {
            PlannedVisit p = loaded.visit(id);
            InspectionVisit v = loaded.visits().get(id);
            audit.update(v, () -> {
                if (p.getTeam() == null) {
                    v.unschedule();
                } else {
                    v.schedule(loaded.teams().get(p.getTeam().getId()), p.getDay().date(), p.isPinned());
                }
            });
        }
        em.flush();
        return visits(round).stream().map(InspectionVisit::data).toList();
    }

    /**
     * Publishes the schedule: every visit on a team and a day, no hard rule broken (409 with the first one otherwise). The
     * teams see their inspections; the units inspected tomorrow or today are told now, the others the day before.
     */
    @RolesAllowed(Roles.OFFICE)
    public void publish(String campaignCode, long roundId) {
        InspectionRound round = access.managed(caller.get(), campaignCode, roundId);
        round.requirePlanning();
        SchedulePlanning.Loaded loaded = planning.load(round);
        if (loaded.visits().isEmpty()) {
            throw new ConflictException(FieldError.of("visits", "inspection.publish.empty"));
        }
        long open = loaded.visits().values().stream().filter(v -> !v.scheduled()).count();
        if (open > 0) {
            throw new ConflictException(FieldError.of("visits", "inspection.publish.unscheduled", open));
        }
        ScheduleSolver.violations(loaded.schedule()).stream().filter(ScheduleViolation::hard).findFirst().ifPresent(v -> {
            throw new ConflictException(FieldError.of("visits", v.messageKey(), v.args().toArray()));
        });
        audit.change(round, "PUBLISH", () -> round.publish(clock.instant()));
        em.flush();
        notices.tellFrom(LocalDate.now(clock), clock.instant());
    }

    /** The 督查安排表: every visit by day, then team, with the team's leader and members and what it inspects. */
    @RolesAllowed({Roles.OFFICE, Roles.INSPECTOR, Roles.EVALUATOR, Roles.LEADER})
    public byte[] export(String campaignCode, long roundId) {
        InspectionRound round = access.readable(caller.get(), campaignCode, roundId);
        Map<Long, InspectionTeam> teams = new HashMap<>();
        em.createNamedQuery(InspectionTeam.OF_ROUND, InspectionTeam.class).setParameter("round", round).getResultList()
                .forEach(t -> teams.put(t.getId(), t));
        List<InspectionVisit> visits = visits(round).stream()
                .sorted(Comparator.comparing(InspectionVisit::getDay, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(v -> v.getTeam() == null ? "" : v.getTeam().getName()).thenComparing(InspectionVisit::getId))
                .toList();
        int[] no = {0};
        return SheetWriter.write(w -> w.values(w.dataSheet("督查安排表", ScheduleColumn.values(), 3), visits, v -> {
            InspectionTeam t = v.getTeam() == null ? null : teams.get(v.getTeam().getId());
            InspectedRef ref = v.data().target();
            return new Object[] {++no[0], v.getDay() == null ? null : v.getDay().toString(), t == null ? null : t.getName(),
                    t == null ? null : t.getLeader().getDisplayName(), t == null ? null : members(t), ref.name(),
                    ref.creditCode() != null ? ref.creditCode() : ref.unitCode(), ref.regionName(), v.isPinned() ? "是" : null};
        }));
    }

    private static String members(InspectionTeam team) {
        return team.data().members().stream().map(m -> m.name() + "（" + m.unitName() + "）").collect(Collectors.joining("、"));
    }

    /**
     * The caller's inspections in published rounds still open, by day: the coming ones and those of the last
     * {@link #RECENT_DAYS} days, whose findings a team often files after the day.
     */
    @RolesAllowed(Roles.INSPECTOR)
    public List<MyInspectionData> mine() {
        Scope scope = caller.get();
        return em.createNamedQuery(InspectionVisit.OF_MEMBER, InspectionVisit.class).setParameter("login", scope.login())
                .setParameter("from", LocalDate.now(clock).minusDays(RECENT_DAYS)).getResultList().stream().map(MyInspectionData::of).toList();
    }

    private List<InspectionVisit> visits(InspectionRound round) {
        return em.createNamedQuery(InspectionVisit.OF_ROUND, InspectionVisit.class).setParameter("round", round).getResultList();
    }
}
