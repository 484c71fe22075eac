package cn.bangfu.web.campaign.api;

import cn.bangfu.campaign.boundary.Stationings;
import cn.bangfu.campaign.entity.StationingCounts;
import cn.bangfu.campaign.entity.StationingData;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.web.platform.api.Answers;
import cn.bangfu.web.platform.api.Listing;
import cn.bangfu.web.platform.api.Paging;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** Stationed cadres (驻企干部) of a STATIONED campaign (百名干部助百企). */
@Path("v1/campaigns/{code}/stationings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "stationings", description = "驻企干部 stationed cadres")
public class StationingsResource {

    @Inject
    Stationings stationings;

    @GET
    @Operation(operationId = "listStationings", summary = "The campaign's stationed cadres",
            description = "A unit sees the cadres it dispatched; others their region's. q filters by target, unit (name or code) or "
                    + "cadre name. Sort by target (the default), cadre, dispatchingUnit, from, to, id.")
    public Listing<StationingData> list(@PathParam("code") String code, @BeanParam Paging paging) {
        return Listing.of(stationings.find(code, paging.request()));
    }

    @GET
    @Path("counts")
    @Operation(operationId = "countStationings", summary = "How many stationings, by status",
            description = "total, active (在驻), ended (已结束) and upcoming (待驻) today, of the stationings the list shows for the same q.")
    public StationingCounts counts(@PathParam("code") String code, @QueryParam("q") String q) {
        return stationings.count(code, q);
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(operationId = "getStationing", summary = "One stationing")
    public StationingData get(@PathParam("code") String code, @PathParam("id") long id) {
        return stationings.get(code, id);
    }

    @POST
    @Operation(operationId = "createStationing", summary = "Station a cadre at a target",
            description = "cadre (id), target ({\"creditCode\": …} or {\"projectId\": …}), dispatchingUnit (the cadre's own unit) and from "
                    + "are required; to is the last day, open if left out. Only in campaigns of mode STATIONED; a cadre's stationings, "
                    + "in any campaign, must not overlap.")
    @Answers(value = 201, body = StationingData.class)
    public Response station(@PathParam("code") String code, StationingData data, @Context UriInfo uri) {
        StationingData saved = stationings.station(code, require(data));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(saved.id())).build()).entity(saved).build();
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Operation(operationId = "updateStationing", summary = "Change the period of a stationing, e.g. end it",
            description = "to (the last day) and version are required; from moves the start if given. A stale version is a 409.")
    public StationingData changePeriod(@PathParam("code") String code, @PathParam("id") long id, StationingData data) {
        return stationings.changePeriod(code, id, require(data));
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @Operation(operationId = "cancelStationing", summary = "Cancel a stationing entered by mistake",
            description = "Only one that has not begun (UPCOMING); one under way or ended is a 409: end it with PUT instead. "
                    + "version is required; a stale version is a 409. The audit trail keeps what was cancelled.")
    @Answers(204)
    public Response cancel(@PathParam("code") String code, @PathParam("id") long id, @QueryParam("version") Long version) {
        stationings.cancel(code, id, version);
        return Response.noContent().build();
    }

    private static StationingData require(StationingData data) {
        if (data == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        return data;
    }
}
