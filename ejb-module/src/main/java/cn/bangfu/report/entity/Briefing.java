package cn.bangfu.report.entity;

import cn.bangfu.ledger.entity.ProblemCounts;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One month's briefing (简报) of a campaign, as generated from the records: what happened in the month ({@code from} …
 * {@code to}: the month, cut to the campaign's first day and to today) and where things stand on the day it is issued.
 * Counts of the month are by the day a record was made (a problem raised, a visit paid, a plan first submitted, a finding
 * filed, a rectification issued or closed); overdue problems and rectifications, missing plans and targets never visited
 * are as of {@code issuedOn}, as the office would count them on the day it writes the briefing.
 *
 * @param regionName the campaign's region ("平江县"), whose campaign office (帮扶办) edits the briefing
 * @param coverage   null when the briefing covers the whole campaign; otherwise what it is narrowed to, in words
 * @param units      every unit with something to report, by code; the ledger's problems not yet routed under a null code
 * @param ahead      the units ahead ({@code cn.bangfu.report.control.BriefingRanking} chooses them)
 * @param behind     the units behind, the most to catch up first
 * @param behindTotal how many units are behind, of which {@code behind} lists the first
 */
public record Briefing(String campaignName, String regionName, LocalDate campaignStart, YearMonth month, LocalDate from, LocalDate to,
                       LocalDate issuedOn, String coverage, Problems problems, Visits visits, Plans plans, Inspection inspection,
                       List<UnitLine> units, List<UnitLine> ahead, List<UnitLine> behind, int behindTotal) implements Serializable {

    public Briefing {
        units = List.copyOf(units);
        ahead = List.copyOf(ahead);
        behind = List.copyOf(behind);
    }

    /**
     * The problems of the ledger (its one definition, {@link ProblemCounts}): those raised in the month and what became of
     * them, those resolved (办结) in the month whenever raised, all raised since the campaign began, and those RED today.
     */
    public record Problems(ProblemCounts month, long resolvedInMonth, ProblemCounts cumulative, long overdue) implements Serializable {
    }

    /**
     * Visits of the month (a joint visit once, however many units were there), the units present on at least one, the
     * targets visited; the targets assigned now, and the units' targets not visited although their first-visit days are over.
     */
    public record Visits(long visits, long units, long targets, long assignedTargets, long targetsNotVisited, long unitsNotVisiting)
            implements Serializable {
    }

    /** Plans first submitted in the month; targets whose plan is not filed today (missing, draft or returned); the deadline. */
    public record Plans(long filed, long missing, LocalDate deadline) implements Serializable {

        /** Whether a plan still missing is late: the campaign's plan deadline has passed. */
        public boolean late(LocalDate today) {
            return deadline != null && today.isAfter(deadline);
        }
    }

    /** Findings filed in the month by severity; rectifications issued and closed (verified) in the month, and overdue today. */
    public record Inspection(long minor, long major, long serious, long issued, long closed, long overdue) implements Serializable {

        public long findings() {
            return minor + major + serious;
        }
    }

    /**
     * A unit's line: as responsible unit (主办) its problems raised and resolved in the month, its problems since the
     * campaign began and those RED today; its visits of the month; the findings against it in the month (serious ones
     * among them); its rectifications overdue today; the targets it helps but has not visited past the first-visit days;
     * the targets it leads without a filed plan once the plan deadline has passed (before it, a plan being written is no
     * arrear). The line of problems not yet routed has a null code and only problem counts.
     */
    public record UnitLine(String code, String name, long collectedInMonth, long resolvedInMonth, ProblemCounts cumulative, long overdueProblems,
                           long visits, long findings, long seriousFindings, long overdueRectifications, long targetsNotVisited,
                           long plansMissing) implements Serializable {

        /** What the unit has to catch up on today: the sum of overdue problems and rectifications, unvisited targets, missing plans. */
        public long arrears() {
            return overdueProblems + overdueRectifications + targetsNotVisited + plansMissing;
        }
    }

    /** 第 N 期: the months since the campaign's first month, that one counted as the first issue. */
    public int issue() {
        return (int) ChronoUnit.MONTHS.between(YearMonth.from(campaignStart), month) + 1;
    }

    /** The office that edits the briefing: the campaign region's 企业帮扶工作领导小组办公室. */
    public String office() {
        return regionName + "企业帮扶工作领导小组办公室";
    }

    /** Nothing at all was recorded in the month: no problem raised or resolved, no visit, plan, finding or rectification. */
    public boolean quiet() {
        return problems.month().collected() == 0 && problems.resolvedInMonth() == 0 && visits.visits() == 0 && plans.filed() == 0
                && inspection.findings() == 0 && inspection.issued() == 0 && inspection.closed() == 0;
    }
}
