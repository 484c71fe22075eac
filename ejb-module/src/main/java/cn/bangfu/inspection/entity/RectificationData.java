package cn.bangfu.inspection.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A rectification with its finding, today's light, the evidence photos, its history and the steps the caller may take now
 * ({@code actions}: SUBMIT for the unit, ACCEPT and REJECT for an inspector of the round).
 */
public record RectificationData(Long id, FindingData finding, String unitCode, String unitName, LocalDate deadline, String state,
                                String light, boolean overdue, int rejections, List<Long> evidence, List<RectificationEventData> events,
                                List<String> actions, long version) implements Serializable {

    public RectificationData {
        evidence = List.copyOf(evidence);
        events = List.copyOf(events);
        actions = List.copyOf(actions);
    }
}
