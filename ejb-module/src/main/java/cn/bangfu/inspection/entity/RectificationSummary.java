package cn.bangfu.inspection.entity;

import java.io.Serializable;

/** The caller's rectifications counted: by state, and the open ones RED (overdue) and YELLOW (at most 3 working days left). */
public record RectificationSummary(long open, long submitted, long closed, long red, long yellow) implements Serializable {
}
