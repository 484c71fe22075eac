package cn.bangfu.inspection.control;

import java.time.LocalDate;

/** A day of the round's window, and whether it is a working day on the work calendar (调休 included). */
public record PlannedDay(LocalDate date, boolean working) {

    @Override
    public String toString() {
        return date.toString();
    }
}
