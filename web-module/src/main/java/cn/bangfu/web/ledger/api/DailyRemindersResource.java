package cn.bangfu.web.ledger.api;

import cn.bangfu.ledger.boundary.DailyReminders;
import cn.bangfu.ledger.entity.ReminderOutcome;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The daily reminders job, run on demand. */
@Path("v1/jobs/daily-reminders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "jobs", description = "定时任务 scheduled jobs")
public class DailyRemindersResource {

    @Inject
    DailyReminders reminders;

    @POST
    @Operation(operationId = "runDailyReminders", summary = "Run today's daily reminders now",
            description = "A system administrator or the office of the province (403 for a county's: the run is the whole province's); no body needed. Does what the daily timer (BANGFU_REMINDER_TIME) does, "
                    + "once a day for the whole cluster: escalates the problems RED for their campaign's escalateAfterRedDays, gives each "
                    + "unit with problems to accept, YELLOW or RED one digest in its inbox and mails it to the unit's contactEmail when "
                    + "SMTP is configured. Answers {ran, day, digests, mailed, escalated}; ran is false, and nothing was done, when the "
                    + "day's run had been made already.")
    public ReminderOutcome run() {
        return reminders.run();
    }
}
