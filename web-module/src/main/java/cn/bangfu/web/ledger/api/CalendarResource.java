package cn.bangfu.web.ledger.api;

import cn.bangfu.ledger.boundary.WorkingDays;
import cn.bangfu.ledger.entity.CalendarYear;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The working-day calendar that deadlines count. */
@Path("v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "calendar", description = "工作日历 the working-day calendar")
public class CalendarResource {

    @Inject
    WorkingDays days;

    @GET
    @Path("{year: [0-9]{4}}")
    @Operation(operationId = "getCalendarYear", summary = "A year's holidays and make-up working days",
            description = "{\"year\", \"days\": [{\"date\", \"kind\": \"HOLIDAY\" | \"WORKDAY\", \"name\"}]}: the days off of the public holidays "
                    + "(weekend days in them included) and the weekend days worked instead (调休), as the State Council announced them; "
                    + "every other Monday to Friday is a working day.")
    public CalendarYear year(@PathParam("year") int year) {
        return days.year(year);
    }

    @PUT
    @Path("{year: [0-9]{4}}")
    @Operation(operationId = "replaceCalendarYear", summary = "Enter a year's holidays",
            description = "Replaces the year's days with the days sent ({\"days\": [{\"date\", \"kind\", \"name\"}]}): a system administrator of "
                    + "the province only. Every bad day is a field error (a day of another year or given twice, a WORKDAY on a weekday).")
    public CalendarYear replace(@PathParam("year") int year, CalendarYear body) {
        return days.replace(year, body);
    }
}
