package cn.bangfu.web.inspection.api;

import cn.bangfu.inspection.boundary.Rectifications;
import cn.bangfu.inspection.entity.RectificationData;
import cn.bangfu.inspection.entity.RectificationStep;
import cn.bangfu.inspection.entity.RectificationSummary;
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
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Rectifications (整改): the unit's, the inspector's to verify, the office's to follow. */
@Path("v1/rectifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "inspection", description = "督查 inspection rounds, teams, the schedule")
public class RectificationsResource {

    @Inject
    Rectifications rectifications;

    @GET
    @Operation(operationId = "listRectifications", summary = "Rectifications",
            description = "The caller's (a unit its own, an inspector his rounds', the office its region's), the earliest deadline first, "
                    + "paged, filtered by state (OPEN, SUBMITTED, CLOSED), light (RED = overdue, YELLOW, GREEN), campaign, round, unitCode.")
    public Listing<RectificationData> list(@QueryParam("state") String state, @QueryParam("light") String light,
                                           @QueryParam("campaign") String campaign, @QueryParam("round") Long round,
                                           @QueryParam("unitCode") String unitCode, @BeanParam Paging paging) {
        return Listing.of(rectifications.list(new Rectifications.Filter(state, light, campaign, round, unitCode), paging.request()));
    }

    @GET
    @Path("summary")
    @Operation(operationId = "rectificationSummary", summary = "Rectifications counted",
            description = "{open, submitted, closed, red, yellow} over the caller's rectifications (of one campaign if given).")
    public RectificationSummary summary(@QueryParam("campaign") String campaign) {
        return rectifications.summary(campaign);
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(operationId = "getRectification", summary = "A rectification",
            description = "With its finding, deadline, state, light, evidence (photo ids), events and the caller's actions.")
    public RectificationData get(@PathParam("id") long id) {
        return rectifications.get(id);
    }

    @POST
    @Path("{id: [0-9]+}/events")
    @Operation(operationId = "actOnRectification", summary = "A step of a rectification",
            description = "{\"action\": \"SUBMIT\", \"note\"} by the responsible unit; {\"action\": \"ACCEPT\"} or {\"action\": \"REJECT\", "
                    + "\"reason\"} by an inspector of the round; optional \"version\". 409 with state and allowed when the step does not fit.")
    public RectificationData act(@PathParam("id") long id, RectificationStep step) {
        return rectifications.act(id, step);
    }

    @POST
    @Path("{id: [0-9]+}/evidence")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "addRectificationEvidence", summary = "Add an evidence photo",
            description = "The responsible unit, while the rectification is open: JPEG or PNG as the body, checked by content, at most 10 MB.")
    public RectificationData addEvidence(@PathParam("id") long id, InputStream body) throws IOException {
        return rectifications.addEvidence(id, FindingResource.read(body));
    }
}
