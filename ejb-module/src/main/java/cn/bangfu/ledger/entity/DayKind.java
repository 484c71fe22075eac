package cn.bangfu.ledger.entity;

/**
 * What a day of the {@link WorkCalendar} is against the plain week: a HOLIDAY is a weekday off (法定节假日 and the
 * days off 调休 moves next to it), a WORKDAY a weekend day worked (调休上班).
 */
public enum DayKind {
    HOLIDAY, WORKDAY
}
