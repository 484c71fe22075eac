package cn.bangfu.inspection.entity;

import java.io.Serializable;

/** A requested step of a rectification: {@code SUBMIT} with a {@code note}, {@code ACCEPT}, or {@code REJECT} with a {@code reason}. */
public record RectificationStep(String action, String note, String reason, Long version) implements Serializable {
}
