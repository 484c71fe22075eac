package cn.bangfu.inspection.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A finding as the API and pages show it: the contract's {@code id, visit, item, severity, description, unitCode, photos,
 * problemId, rectification}, with the names a reader needs (round, date, what was inspected, the item's and unit's names).
 */
public record FindingData(Long id, Long visit, Long round, String roundName, String campaign, LocalDate date, InspectedRef target,
                          String item, String itemName, String severity, String description, String unitCode, String unitName,
                          List<Long> photos, Long problemId, RectificationRef rectification, String filedBy, Instant filedAt,
                          long version) implements Serializable {

    public FindingData {
        photos = List.copyOf(photos);
    }
}
