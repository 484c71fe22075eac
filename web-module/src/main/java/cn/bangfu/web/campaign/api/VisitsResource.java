package cn.bangfu.web.campaign.api;

import cn.bangfu.campaign.boundary.Visits;
import cn.bangfu.campaign.entity.VisitData;
import cn.bangfu.web.platform.api.Answers;
import cn.bangfu.web.platform.api.Listing;
import cn.bangfu.web.platform.api.Paging;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Visits (走访) to one campaign's targets. */
@Path("v1/campaigns/{code}/visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "visits", description = "走访 visits and the team timeline")
public class VisitsResource {

    @Inject
    Visits visits;

    @GET
    @Operation(operationId = "listVisits", summary = "Visits of the campaign",
            description = "Newest first. A unit sees the visits of the targets it helps, everyone else those of his region. "
                    + "Filters targetId and unitCode (a unit present).")
    public Listing<VisitData> list(@PathParam("code") String code, @BeanParam Paging paging, @QueryParam("targetId") Long targetId,
                                   @QueryParam("unitCode") String unitCode) {
        return Listing.of(visits.find(code, targetId, unitCode, paging.request()));
    }

    @POST
    @Operation(operationId = "logVisit", summary = "Log a visit",
            description = "A unit helping the target: target ({\"creditCode\": …} or {\"projectId\": …}) or targetId, visitDate (not in "
                    + "the future), form (FIELD 实地走访, MEETING 座谈会, PHONE 电话, ONLINE 线上), units (codes of the target's units "
                    + "present, yours among them; yours alone if none), cadres (ids of cadres of those units), learned (required), "
                    + "followUps. A joint visit counts for every unit present.")
    @Answers(value = 201, body = VisitData.class)
    public Response log(@PathParam("code") String code, VisitData data, @Context UriInfo uri) {
        VisitData saved = visits.log(code, data);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(saved.id())).build()).entity(saved).build();
    }
}
