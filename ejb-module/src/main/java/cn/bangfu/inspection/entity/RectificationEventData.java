package cn.bangfu.inspection.entity;

import java.io.Serializable;
import java.time.Instant;

/** A step of a rectification as the API and pages show it: {@code action}, the note or reason, who and when. */
public record RectificationEventData(String action, String note, String actor, Instant at) implements Serializable {
}
