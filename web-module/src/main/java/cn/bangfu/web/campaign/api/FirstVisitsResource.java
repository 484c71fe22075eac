package cn.bangfu.web.campaign.api;

import cn.bangfu.campaign.boundary.Visits;
import cn.bangfu.campaign.entity.FirstVisit;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Each unit's first visit to each target of one campaign: who has not visited in time. */
@Path("v1/campaigns/{code}/first-visits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "visits")
public class FirstVisitsResource {

    @Inject
    Visits visits;

    @GET
    @Operation(operationId = "listFirstVisits", summary = "First visits per unit and target",
            description = "Each unit of each current assignment you see: assigned on, due on (plus the campaign's firstVisitDays), "
                    + "first and last visit, visits. state=MISSING lists the units that have not visited in time (also LATE, "
                    + "ON_TIME, PENDING). afterCircular=true keeps the units that first visited late and only after the campaign's "
                    + "first published inspection circular. Most days overdue first.")
    public List<FirstVisit> firstVisits(@PathParam("code") String code, @QueryParam("state") String state,
                                        @QueryParam("afterCircular") boolean afterCircular) {
        FirstVisit.State s = null;
        if (state != null && !state.isBlank()) {
            try {
                s = FirstVisit.State.valueOf(state.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(FieldError.of("state", "visit.state.unknown", state));
            }
        }
        return visits.firstVisits(code, s, afterCircular);
    }
}
