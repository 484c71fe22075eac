package cn.bangfu.ledger.entity;

import cn.bangfu.campaign.entity.TargetRef;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A problem as the API and the pages show it: {@code deadline} is the one in force (an approved extension counted),
 * {@code originalDeadline} the one first set; {@code light} and {@code workingDaysLeft} as of today, null unless it runs;
 * {@code actions}: what the caller may do with it now, {@code attachable}: whether he may attach files; {@code events}: its history, registration first (only when one
 * problem is read, null in lists).
 */
public record ProblemData(Long id, String number, String campaignCode, TargetRef target, Long targetId, String title, String description,
                          String category, String categoryName, String source, String difficulty, LocalDate raisedOn, Long visitId,
                          String state, String responsibleUnit, String responsibleUnitName, List<String> assistingUnits, List<String> assistingUnitNames,
                          LocalDate routedOn, LocalDate acceptBy, LocalDate acceptedOn, LocalDate deadline, LocalDate originalDeadline,
                          boolean extended, String light, Integer workingDaysLeft, LocalDate extensionRequested,
                          String extensionReason, LocalDate escalatedOn, String escalationReason, String answer, LocalDate resolvedOn,
                          Boolean onTime, LocalDate closedOn, String rating, String ratingComment, Long commonProblemId,
                          String registeredBy, Instant registeredAt, long version, List<ProblemAction> actions,
                          boolean attachable, List<ProblemEventData> events) implements Serializable {

    public ProblemData {
        assistingUnits = assistingUnits == null ? List.of() : List.copyOf(assistingUnits);
        assistingUnitNames = assistingUnitNames == null ? List.of() : List.copyOf(assistingUnitNames);
        actions = actions == null ? List.of() : List.copyOf(actions);
        events = events == null ? null : List.copyOf(events);
    }

    /** Whether the caller may take this action now. */
    public boolean may(ProblemAction action) {
        return actions.contains(action);
    }

    /** The assisting units' names as a page lists them: 平江县税务局、汉昌街道. */
    public String assistingUnitsText() {
        return String.join("、", assistingUnitNames);
    }

    /** Whether the caller may take this action now, by its name (for pages). */
    public boolean may(String action) {
        return actions.stream().anyMatch(a -> a.name().equals(action));
    }
}
