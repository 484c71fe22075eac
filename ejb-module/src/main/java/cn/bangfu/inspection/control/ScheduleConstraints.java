package cn.bangfu.inspection.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/**
 * The rules of an inspection schedule (DESIGN §6). Hard: a team's daily capacity, working days only, the days kept free
 * for a team, 回避 (no member inspects his own unit or a target his unit leads or helps), nobody on two visits of two teams
 * on one day. Soft: a team's day within one township, the team's home township, balanced loads, a target not inspected by
 * the team (its leader) of the previous round. Every broken rule and every preference worth telling (townships, previous
 * team) is justified in words per visit ({@link ScheduleViolation}); home township and balance only weigh.
 */
public class ScheduleConstraints implements ConstraintProvider {

    public static final String CAPACITY = "capacity";
    public static final String WORKING_DAY = "workingDay";
    public static final String BLOCKED_DAY = "blockedDay";
    public static final String AVOIDANCE = "avoidance";
    public static final String MEMBER_TWICE = "memberTwice";
    public static final String TOWNSHIPS = "townships";
    public static final String HOME_TOWNSHIP = "homeTownship";
    public static final String BALANCE = "balance";
    public static final String PREVIOUS_TEAM = "previousTeam";
    /** A team's day split over townships costs more than a slightly uneven load. */
    static final int TOWNSHIP_WEIGHT = 20;
    static final int PREVIOUS_TEAM_WEIGHT = 10;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {capacity(f), workingDay(f), blockedDay(f), avoidance(f), memberTwice(f),
                townships(f), homeTownship(f), balance(f), previousTeam(f)};
    }

    Constraint capacity(ConstraintFactory f) {
        return f.forEach(PlannedVisit.class)
                .groupBy(PlannedVisit::getTeam, PlannedVisit::getDay, ConstraintCollectors.toList())
                .filter((team, day, visits) -> visits.size() > team.getCapacity())
                .penalize(HardSoftScore.ONE_HARD, (team, day, visits) -> visits.size() - team.getCapacity())
                .justifyWith((team, day, visits, score) -> new ScheduleViolation(CAPACITY, true, ids(visits),
                        "inspection.violation.capacity", List.of(team.getName(), day.date().toString(), String.valueOf(visits.size()),
                        String.valueOf(team.getCapacity()))))
                .indictWith((team, day, visits) -> new ArrayList<>(visits))
                .asConstraint(CAPACITY);
    }

    Constraint workingDay(ConstraintFactory f) {
        return f.forEach(PlannedVisit.class)
                .filter(v -> !v.getDay().working())
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((v, score) -> new ScheduleViolation(WORKING_DAY, true, List.of(v.getId()), "inspection.violation.workingDay",
                        List.of(v.getName(), v.getDay().date().toString())))
                .asConstraint(WORKING_DAY);
    }

    Constraint blockedDay(ConstraintFactory f) {
        return f.forEach(PlannedVisit.class)
                .filter(v -> v.getTeam().blocks(v.getDay()))
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((v, score) -> new ScheduleViolation(BLOCKED_DAY, true, List.of(v.getId()), "inspection.violation.blockedDay",
                        List.of(v.getTeam().getName(), v.getDay().date().toString(), v.getName())))
                .asConstraint(BLOCKED_DAY);
    }

    Constraint avoidance(ConstraintFactory f) {
        return f.forEach(PlannedVisit.class)
                .filter(v -> !v.getTeam().conflictsWith(v.getAvoidUnitIds()).isEmpty())
                .penalize(HardSoftScore.ONE_HARD, v -> v.getTeam().conflictsWith(v.getAvoidUnitIds()).size())
                .justifyWith((v, score) -> new ScheduleViolation(AVOIDANCE, true, List.of(v.getId()), "inspection.violation.avoidance",
                        List.of(v.getTeam().getName(), String.join("、", v.getTeam().conflictsWith(v.getAvoidUnitIds())), v.getName())))
                .asConstraint(AVOIDANCE);
    }

    Constraint memberTwice(ConstraintFactory f) {
        return f.forEachUniquePair(PlannedVisit.class, Joiners.equal(PlannedVisit::getDay))
                .filter((a, b) -> a.getTeam().sharesMemberWith(b.getTeam()))
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((a, b, score) -> new ScheduleViolation(MEMBER_TWICE, true, List.of(a.getId(), b.getId()),
                        "inspection.violation.memberTwice", List.of(String.join("、", a.getTeam().sharedMembers(b.getTeam())),
                        a.getDay().date().toString(), a.getTeam().getName(), a.getName(), b.getTeam().getName(), b.getName())))
                .asConstraint(MEMBER_TWICE);
    }

    Constraint townships(ConstraintFactory f) {
        return f.forEach(PlannedVisit.class)
                .groupBy(PlannedVisit::getTeam, PlannedVisit::getDay, ConstraintCollectors.toList())
                .filter((team, day, visits) -> townships(visits) > 1)
                .penalize(HardSoftScore.ONE_SOFT, (team, day, visits) -> TOWNSHIP_WEIGHT * (townships(visits) - 1))
                .justifyWith((team, day, visits, score) -> new ScheduleViolation(TOWNSHIPS, false, ids(visits),
                        "inspection.violation.townships", List.of(team.getName(), day.date().toString(),
                        String.valueOf(townships(visits)))))
                .indictWith((team, day, visits) -> new ArrayList<>(visits))
                .asConstraint(TOWNSHIPS);
    }

    Constraint homeTownship(ConstraintFactory f) {
        return f.forEach(PlannedVisit.class)
                .filter(v -> v.getTeam().getHomeRegionCode() != null && !v.getTeam().getHomeRegionCode().equals(v.getTownshipCode()))
                .penalize(HardSoftScore.ONE_SOFT)
                .asConstraint(HOME_TOWNSHIP);
    }

    /** The sum of the squares of the teams' loads: least when the visits are spread evenly. */
    Constraint balance(ConstraintFactory f) {
        return f.forEach(PlannedVisit.class)
                .groupBy(PlannedVisit::getTeam, ConstraintCollectors.count())
                .penalize(HardSoftScore.ONE_SOFT, (team, count) -> count * count)
                .asConstraint(BALANCE);
    }

    Constraint previousTeam(ConstraintFactory f) {
        return f.forEach(PlannedVisit.class)
                .filter(v -> v.previouslyBy(v.getTeam()))
                .penalize(HardSoftScore.ofSoft(PREVIOUS_TEAM_WEIGHT))
                .justifyWith((v, score) -> new ScheduleViolation(PREVIOUS_TEAM, false, List.of(v.getId()), "inspection.violation.previousTeam",
                        List.of(v.getName(), v.getTeam().getName(), v.getPreviousLeaderName())))
                .asConstraint(PREVIOUS_TEAM);
    }

    private static int townships(List<PlannedVisit> visits) {
        return (int) visits.stream().map(PlannedVisit::getTownshipCode).filter(Objects::nonNull).distinct().count();
    }

    private static List<Long> ids(List<PlannedVisit> visits) {
        return visits.stream().map(PlannedVisit::getId).sorted().toList();
    }
}
