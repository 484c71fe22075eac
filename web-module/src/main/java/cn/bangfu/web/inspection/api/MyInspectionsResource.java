package cn.bangfu.web.inspection.api;

import cn.bangfu.inspection.boundary.InspectionSchedules;
import cn.bangfu.inspection.entity.MyInspectionData;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An inspector's own coming inspections. */
@Path("v1/me/inspections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "inspection", description = "督查 inspection rounds, teams, the schedule")
public class MyInspectionsResource {

    @Inject
    InspectionSchedules schedules;

    @GET
    @Operation(operationId = "myInspections", summary = "My inspections",
            description = "The caller's visits in published rounds from today on, by day: date, target, team, round, campaign.")
    public List<MyInspectionData> mine() {
        return schedules.mine();
    }
}
