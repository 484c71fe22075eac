package cn.bangfu.inspection.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** How long the unit has to rectify: a {@code deadline} (a working day) or a number of {@code workingDays} from today. */
public record RectificationOrder(LocalDate deadline, Integer workingDays) implements Serializable {
}
