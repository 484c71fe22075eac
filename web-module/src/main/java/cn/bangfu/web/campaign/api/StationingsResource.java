package cn.bangfu.web.campaign.api;

import cn.bangfu.campaign.boundary.Stationings;
import cn.bangfu.campaign.entity.StationingData;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
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
    @Operation(summary = "The campaign's stationed cadres", description = "A unit sees the cadres it dispatched; others their region's.")
    public List<StationingData> list(@PathParam("code") String code) {
        return stationings.find(code);
    }

    @POST
    @Operation(summary = "Station a cadre at a target",
            description = "cadre (id), target ({\"creditCode\": …} or {\"projectId\": …}), dispatchingUnit (the cadre's own unit) and from "
                    + "are required; to is the last day, open if left out. Only in campaigns of mode STATIONED.")
    public Response station(@PathParam("code") String code, StationingData data) {
        if (data == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        return Response.status(Response.Status.CREATED).entity(stationings.station(code, data)).build();
    }
}
