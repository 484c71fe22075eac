package cn.bangfu.platform.entity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The daily run of a day has begun, once per cluster, under its database lock and in its transaction: components that
 * must do something once a day (tell the units inspected tomorrow) observe it instead of keeping timers of their own.
 */
public record DayStarted(LocalDate today, Instant now) {
}
