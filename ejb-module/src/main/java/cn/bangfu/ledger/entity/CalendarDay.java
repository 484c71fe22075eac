package cn.bangfu.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of the {@link WorkCalendar} that differs from the plain week: a HOLIDAY (a day off of a public holiday
 * period) or a WORKDAY (a weekend day worked instead, 调休上班), with the holiday it belongs to. The State Council's
 * notices give them a year at a time.
 */
@Entity
@Table(name = "calendar_day")
@NamedQuery(name = CalendarDay.ALL, query = "select d from CalendarDay d order by d.date")
@NamedQuery(name = CalendarDay.OF_YEAR, query = "select d from CalendarDay d where d.date between :first and :last order by d.date")
@NamedQuery(name = CalendarDay.DELETE_YEAR, query = "delete from CalendarDay d where d.date between :first and :last")
public class CalendarDay {

    public static final String ALL = "CalendarDay.all";
    public static final String OF_YEAR = "CalendarDay.ofYear";
    public static final String DELETE_YEAR = "CalendarDay.deleteYear";
    public static final int NAME_MAX = 50;

    @Id
    @Column(name = "calendar_date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DayKind kind;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Version
    private long version;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate date, DayKind kind, String name) {
        this.date = Objects.requireNonNull(date);
        this.kind = Objects.requireNonNull(kind);
        this.name = Objects.requireNonNull(name);
    }

    public CalendarDayData data() {
        return new CalendarDayData(date, kind.name(), name);
    }

    public LocalDate getDate() {
        return date;
    }

    public DayKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }
}
