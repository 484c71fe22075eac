package cn.bangfu.campaign.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** A measure of a plan: text, the responsible unit's code (and name on the way out), due date. */
public record MeasureData(String text, String unit, String unitName, LocalDate dueDate) implements Serializable {
}
