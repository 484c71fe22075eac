package cn.bangfu.campaign.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One entry of a target's team timeline: a visit (VISIT), a plan event (PLAN_SUBMITTED, PLAN_APPROVED,
 * PLAN_RETURNED) or a comment on the plan (PLAN_COMMENT), with the units it belongs to (every unit of
 * a joint visit), so each unit's share is visible. Newest first.
 */
public record TimelineEntry(String kind, LocalDate day, Instant at, List<String> units, List<String> unitNames, String title,
                            String text, String followUps, Long refId) implements Serializable {

    public TimelineEntry {
        units = units == null ? List.of() : List.copyOf(units);
        unitNames = unitNames == null ? List.of() : List.copyOf(unitNames);
    }

    public boolean visit() {
        return "VISIT".equals(kind);
    }
}
