package cn.bangfu.inspection.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** A finding's rectification in brief: its id, state, deadline, today's light (null once closed) and whether it is overdue. */
public record RectificationRef(Long id, String state, LocalDate deadline, String light, boolean overdue) implements Serializable {
}
