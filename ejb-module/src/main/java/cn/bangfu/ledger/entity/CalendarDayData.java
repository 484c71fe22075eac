package cn.bangfu.ledger.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** A day of the working-day calendar as the API shows it: {@code kind} HOLIDAY (a day off) or WORKDAY (a weekend day worked). */
public record CalendarDayData(LocalDate date, String kind, String name) implements Serializable {
}
