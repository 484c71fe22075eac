package cn.bangfu.ledger.boundary;

import cn.bangfu.ledger.entity.ReminderOutcome;
import cn.bangfu.platform.control.Clocks;
import cn.bangfu.platform.control.Mailer;
import cn.bangfu.platform.control.Mailer.Mail;
import cn.bangfu.platform.entity.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The daily reminders (每日提醒), once a day at {@code BANGFU_REMINDER_TIME} (HH:mm, China time, 08:30 unless set): the
 * problems RED for their campaign's working days are escalated (督办), and each unit with problems to accept, YELLOW or
 * RED gets one digest in its inbox and, when SMTP is configured and it has a contact e-mail, by mail.
 *
 * <p>Every node of a cluster fires its own (non-persistent) timer; {@link ReminderDay} runs under a database lock and
 * marks the day done, so the second node and any later run of the day do nothing. The mails go out after that
 * transaction committed; a mail that fails is logged and not sent again that day. {@link #run} is the same run on
 * demand, for the office and for tests. A malformed time stops the deployment with its reason. The timer fires on the
 * server's real clock; the day the run counts is the injected {@link Clock}'s.
 */
@Singleton
@Startup
public class DailyReminders {

    /** The job's name for its database lock. */
    public static final String JOB = "ledger.daily";
    static final LocalTime DEFAULT_TIME = LocalTime.of(8, 30);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final Logger LOG = Logger.getLogger(DailyReminders.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Clock clock;

    @Inject
    Mailer mailer;

    @Inject
    ReminderDay day;

    @Inject
    cn.bangfu.org.control.CallerScope caller;

    @PostConstruct
    void schedule() {
        LocalTime at = timeOfDay(ConfigProvider.getConfig().getOptionalValue("BANGFU_REMINDER_TIME", String.class));
        ScheduleExpression daily = new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(0)
                .timezone(Clocks.CHINA.getId());
        timers.createCalendarTimer(daily, new TimerConfig(JOB, false));
        LOG.info(() -> "Bangfu daily reminders at " + at + " China time" + (mailer.configured() ? ", mailed" : ", inbox only (no BANGFU_SMTP_HOST)"));
    }

    /** The time of day {@code BANGFU_REMINDER_TIME} sets: HH:mm (China time); 08:30 when unset. */
    static LocalTime timeOfDay(Optional<String> value) {
        return value.map(String::strip).filter(v -> !v.isEmpty()).map(v -> {
            try {
                return LocalTime.parse(v, HH_MM);
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("BANGFU_REMINDER_TIME=" + v + " is no time of day such as 08:30 (HH:mm, China time)", e);
            }
        }).orElse(DEFAULT_TIME);
    }

    @Timeout
    @Lock(LockType.READ)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fire(Timer timer) {
        try {
            ReminderOutcome outcome = remind();
            LOG.info(() -> "Bangfu daily reminders: " + outcome);
        } catch (RuntimeException e) {
            // Not thrown on: the container would fire again at once, and the run is there on demand for the office.
            LOG.log(Level.SEVERE, "Bangfu daily reminders failed; nothing of the day's run was kept", e);
        }
    }

    /**
     * Runs today's reminders now unless they ran already today (on any node): the province's way to catch up after an
     * outage, and the tests'. The run is the whole province's, so only an administrator or office of the province may
     * start it (403 for a county's). Concurrent calls meet at the database lock, as two nodes' timers do.
     */
    @RolesAllowed({Roles.SYSADMIN, Roles.OFFICE})
    @Lock(LockType.READ)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ReminderOutcome run() {
        caller.atProvince();
        return remind();
    }

    private ReminderOutcome remind() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        ReminderDay.Done done = day.run(today, now);
        int mailed = 0;
        for (Mail mail : done.mails()) {
            try {
                mailer.send(mail);
                mailed++;
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "Bangfu daily reminder of " + today + " not mailed to " + mail.to() + ": " + e);
            }
        }
        return new ReminderOutcome(done.ran(), today, done.digests(), mailed, done.escalated());
    }
}
