package cn.bangfu.ledger.boundary;

import cn.bangfu.ledger.control.WorkCalendars;
import cn.bangfu.ledger.entity.CalendarDay;
import cn.bangfu.ledger.entity.CalendarYear;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import cn.bangfu.platform.entity.Audited;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The working-day calendar (工作日历) that deadlines count: a year's holidays and weekend days worked, for everyone to
 * read; entered for a later year (or corrected) by a system administrator of the province, the whole year at once.
 */
@Stateless
public class WorkingDays {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    WorkCalendars calendars;

    @Inject
    AuditTrail audit;

    @PermitAll
    public CalendarYear year(int year) {
        check(year);
        return new CalendarYear(year, em.createNamedQuery(CalendarDay.OF_YEAR, CalendarDay.class).setParameter("first", LocalDate.of(year, 1, 1))
                .setParameter("last", LocalDate.of(year, 12, 31)).getResultList().stream().map(CalendarDay::data).toList());
    }

    /** Replaces the year's days with these: a province-level system administrator only (403 for any other). */
    @RolesAllowed(Roles.SYSADMIN)
    public CalendarYear replace(int year, CalendarYear days) {
        check(year);
        caller.atProvince();
        if (days == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        List<CalendarDay> checked = new CalendarYear(year, days.days()).checked();
        audit.change(new Year(year), "REPLACE", () -> {
            em.createNamedQuery(CalendarDay.DELETE_YEAR).setParameter("first", LocalDate.of(year, 1, 1))
                    .setParameter("last", LocalDate.of(year, 12, 31)).executeUpdate();
            checked.forEach(em::persist);
            em.flush();
        });
        calendars.changed();
        return year(year);
    }

    /** A year of the calendar as the audit trail compares it: its days, one "date kind name" a line. */
    private final class Year implements Audited {

        private final int year;

        Year(int year) {
            this.year = year;
        }

        @Override
        public String auditType() {
            return "WorkCalendar";
        }

        @Override
        public String auditId() {
            return String.valueOf(year);
        }

        @Override
        public Map<String, String> auditSnapshot() {
            return Map.of("days", year(year).days().stream().map(d -> d.date() + " " + d.kind() + " " + d.name())
                    .collect(Collectors.joining("\n")));
        }
    }

    private static void check(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException(FieldError.of("year", "field.range", FIRST_YEAR, LAST_YEAR));
        }
    }
}
