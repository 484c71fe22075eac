package cn.bangfu.web.campaign.api;

import cn.bangfu.campaign.boundary.Visits;
import cn.bangfu.campaign.entity.Timeline;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The team timeline of one campaign's targets. */
@Path("v1/campaigns/{code}/targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "visits")
public class TimelineResource {

    @Inject
    Visits visits;

    @GET
    @Path("{target: [0-9]+}/timeline")
    @Operation(operationId = "getTargetTimeline", summary = "A target's team timeline",
            description = "The team (leader, units with head, contact and phone), the plan, every visit and plan event of all the "
                    + "target's units newest first, each with its units, and each unit's share (first and last visit, visits).")
    public Timeline timeline(@PathParam("code") String code, @PathParam("target") long target) {
        return visits.timeline(code, target);
    }
}
