package cn.bangfu.web.campaign.api;

import cn.bangfu.campaign.boundary.Stationings;
import cn.bangfu.campaign.entity.StationingData;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The cadres the caller's unit has stationed (驻企干部), as its home page lists them. */
@Path("v1/me/stationings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "stationings")
public class MyStationingsResource {

    @Inject
    Stationings stationings;

    @GET
    @Operation(operationId = "listMyStationings", summary = "My unit's stationed cadres",
            description = "The stationings your unit dispatched that have not ended, in campaigns not closed, soonest first. "
                    + "Empty for a user without a unit.")
    public List<StationingData> mine() {
        return stationings.mine();
    }
}
