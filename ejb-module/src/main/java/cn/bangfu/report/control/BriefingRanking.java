package cn.bangfu.report.control;

import cn.bangfu.report.entity.Briefing.UnitLine;
import java.util.Comparator;
import java.util.List;

/**
 * Which units a briefing names as ahead (工作靠前) and behind (需要加力), from the units' lines alone, so the rule is one
 * place and the briefing prints it as it is applied ({@link #AHEAD_RULE}, {@link #BEHIND_RULE}).
 * <ul>
 * <li>Behind: a unit with anything to catch up on today — a problem it handles as 主办 RED (overdue), a rectification
 * open past its deadline, a target it helps not visited although the campaign's first-visit days are over, or (once the
 * plan deadline has passed) a target it leads without a filed plan; ranked by the sum of these, most first, then by
 * overdue problems, then by code. The briefing lists the first {@link #BEHIND_LISTED}.</li>
 * <li>Ahead: among the units not behind, those handling at least {@link #MIN_PROBLEMS} problems since the campaign began,
 * ranked by resolution rate (化解率), then closure rate (销号率), then visits in the month, then problems handled, then
 * code; the first {@link #AHEAD_LISTED}. The minimum keeps a unit with one quickly resolved problem from heading the
 * list, and a unit behind on anything is never also praised.</li>
 * </ul>
 * The line of problems not yet routed (no unit) is never ranked.
 */
public final class BriefingRanking {

    public static final int MIN_PROBLEMS = 3;
    public static final int AHEAD_LISTED = 5;
    public static final int BEHIND_LISTED = 10;

    public static final String AHEAD_RULE = "在没有超期问题、逾期整改、超期未走访和未报方案的单位中，选取活动开展以来承办问题不少于"
            + MIN_PROBLEMS + "个的单位，按问题化解率从高到低排序，化解率相同的依次按销号率、本月走访次数、承办问题数排序，列前"
            + AHEAD_LISTED + "名。";
    public static final String BEHIND_RULE = "截至成文日，有超期未办结问题、逾期未整改事项、超过首次走访期限仍未走访的帮扶对象，"
            + "或方案报送截止后仍未报送方案的单位，按上述事项合计数从多到少排序。";

    private static final Comparator<UnitLine> AHEAD = Comparator
            .comparing((UnitLine u) -> u.cumulative().resolutionRate(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(u -> u.cumulative().closureRate(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Comparator.comparingLong(UnitLine::visits).reversed())
            .thenComparing(Comparator.comparingLong((UnitLine u) -> u.cumulative().collected()).reversed())
            .thenComparing(UnitLine::code);

    private static final Comparator<UnitLine> BEHIND = Comparator.comparingLong(UnitLine::arrears).reversed()
            .thenComparing(Comparator.comparingLong(UnitLine::overdueProblems).reversed())
            .thenComparing(UnitLine::code);

    private BriefingRanking() {
    }

    /** The units ahead, best first. */
    public static List<UnitLine> ahead(List<UnitLine> units) {
        return units.stream().filter(u -> u.code() != null && u.arrears() == 0 && u.cumulative().collected() >= MIN_PROBLEMS)
                .sorted(AHEAD).limit(AHEAD_LISTED).toList();
    }

    /** Every unit behind, the most to catch up first (the briefing prints the first {@link #BEHIND_LISTED}). */
    public static List<UnitLine> behind(List<UnitLine> units) {
        return units.stream().filter(u -> u.code() != null && u.arrears() > 0).sorted(BEHIND).toList();
    }
}
