package cn.bangfu.ledger.control;

import cn.bangfu.ledger.entity.CalendarDay;
import cn.bangfu.ledger.entity.DayKind;
import cn.bangfu.ledger.entity.WorkCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The working-day calendar as the {@code calendar_day} table holds it, read once and kept: a few hundred rows that
 * every deadline and light counts. An edit on this node drops it at once; other nodes of a cluster read it again
 * within {@link #FRESH}.
 */
@ApplicationScoped
public class WorkCalendars {

    static final Duration FRESH = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The calendar and when it was read, swapped as one so a concurrent reader never sees half of it. */
    private record Kept(WorkCalendar calendar, Instant readAt) {
    }

    private volatile Kept kept;

    public WorkCalendar current() {
        Instant now = clock.instant();
        Kept k = kept;
        if (k == null || k.readAt().plus(FRESH).isBefore(now)) {
            Map<LocalDate, DayKind> days = new HashMap<>();
            for (CalendarDay d : em.createNamedQuery(CalendarDay.ALL, CalendarDay.class).getResultList()) {
                days.put(d.getDate(), d.getKind());
            }
            k = new Kept(WorkCalendar.of(days), now);
            kept = k;
        }
        return k.calendar();
    }

    /** The calendar changed: read it again on next use. */
    public void changed() {
        kept = null;
    }
}
