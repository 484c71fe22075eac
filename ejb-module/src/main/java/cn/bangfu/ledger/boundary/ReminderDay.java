package cn.bangfu.ledger.boundary;

import cn.bangfu.ledger.control.DailyDigest;
import cn.bangfu.ledger.control.EscalationNotices;
import cn.bangfu.ledger.control.LightWindow;
import cn.bangfu.ledger.control.ProblemNotice;
import cn.bangfu.ledger.control.WorkCalendars;
import cn.bangfu.ledger.entity.Problem;
import cn.bangfu.ledger.entity.ProblemAction;
import cn.bangfu.ledger.entity.ProblemActor;
import cn.bangfu.ledger.entity.ProblemDigest;
import cn.bangfu.ledger.entity.ProblemEvent;
import cn.bangfu.ledger.entity.WorkCalendar;
import cn.bangfu.org.entity.InboxNotice;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.control.JobLocks;
import cn.bangfu.platform.control.Mailer;
import cn.bangfu.platform.control.Mailer.Mail;
import cn.bangfu.platform.entity.JobLock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import cn.bangfu.platform.entity.DayStarted;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One day's reminders in one transaction, under the database lock of the job {@link DailyReminders#JOB}: nothing when
 * the day's run was made already (by this node or another); otherwise the problems RED long enough are escalated (督办)
 * by the system, each unit with something to do gets its digest in its inbox, and the day is marked done. The mails go
 * out only after this transaction has committed: it returns them to {@link DailyReminders}, its only caller (from its
 * timer, where there is no caller, or from its run on demand, which checks the caller's role).
 */
@Stateless
@PermitAll
public class ReminderDay {

    /** Where a run happened, for the job's row: process and host. */
    private static final String NODE = node();

    @PersistenceContext
    EntityManager em;

    @Inject
    JobLocks locks;

    @Inject
    WorkCalendars calendars;

    @Inject
    DailyDigest digest;

    @Inject
    EscalationNotices escalationNotices;

    @Inject
    AuditTrail audit;

    @Inject
    Mailer mailer;

    @Inject
    Event<DayStarted> dayStarted;

    /** What a run did, and the mails it leaves to send. */
    public record Done(boolean ran, int digests, int escalated, List<Mail> mails) {

        static Done already() {
            return new Done(false, 0, 0, List.of());
        }
    }

    public Done run(LocalDate today, Instant now) {
        JobLock lock = locks.lock(DailyReminders.JOB);
        if (lock.doneOn(today)) {
            return Done.already();
        }
        lock.started(NODE, now);
        WorkCalendar calendar = calendars.current();
        int escalated = escalate(calendar, today, now);
        List<Mail> mails = new ArrayList<>();
        int digests = digests(LightWindow.of(calendar, today), today, now, mails);
        dayStarted.fire(new DayStarted(today, now));
        lock.finished(today, now);
        em.flush();
        return new Done(true, digests, escalated, List.copyOf(mails));
    }

    /** Escalates what has been RED for its campaign's working days, as the system, telling whom the office's escalation tells. */
    private int escalate(WorkCalendar calendar, LocalDate today, Instant now) {
        ProblemActor system = ProblemActor.system();
        List<ProblemEvent> events = new ArrayList<>();
        for (DailyDigest.Due due : digest.dueForEscalation(calendar, today)) {
            Problem p = due.problem();
            ProblemEvent e = audit.change(AuditTrail.SYSTEM, p, ev -> ProblemAction.ESCALATE.name(),
                    () -> p.escalate(system, DailyDigest.reason(due.redDays()), now, today));
            em.persist(e);
            events.add(e);
        }
        escalationNotices.tell(events, now, today);
        return events.size();
    }

    /** One digest a unit with something to do, in its inbox, and a mail to its address when mail is configured. */
    private int digests(LightWindow window, LocalDate today, Instant now, List<Mail> mails) {
        // A unit digested today already (the day's mark reset by hand to run it again) is not told twice.
        Set<Long> told = new HashSet<>(em.createNamedQuery(ProblemDigest.UNITS_OF_DAY, Long.class).setParameter("day", today).getResultList());
        List<DailyDigest.Counts> due = digest.counts(window).stream().filter(DailyDigest.Counts::anything).filter(c -> !told.contains(c.unitId()))
                .toList();
        Map<Long, String> emails = mailer.configured() ? digest.emails(due.stream().map(DailyDigest.Counts::unitId).toList()) : Map.of();
        for (DailyDigest.Counts c : due) {
            InboxNotice notice = ProblemNotice.toUnit(em.getReference(Unit.class, c.unitId()), ProblemNotice.DIGEST, c.notice(today), now);
            em.persist(notice);
            String to = emails.get(c.unitId());
            em.persist(new ProblemDigest(c.unitId(), today, Math.toIntExact(c.toAccept()), Math.toIntExact(c.yellow()), Math.toIntExact(c.red()), to));
            if (to != null) {
                mails.add(new Mail(to, notice.getSubject(), notice.getBody()));
            }
        }
        return due.size();
    }

    private static String node() {
        String name = ManagementFactory.getRuntimeMXBean().getName();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
