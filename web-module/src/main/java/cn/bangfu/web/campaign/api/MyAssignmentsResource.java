package cn.bangfu.web.campaign.api;

import cn.bangfu.campaign.boundary.Assignments;
import cn.bangfu.campaign.entity.AssignmentData;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The targets the caller's unit helps, with leader and partner units. */
@Path("v1/me/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "assignments")
public class MyAssignmentsResource {

    @Inject
    Assignments assignments;

    @GET
    @Operation(operationId = "listMyAssignments", summary = "My unit's targets",
            description = "The current assignments of running campaigns that involve your unit: each target with its contact leader and "
                    + "every unit on it (role, first responsible person, contact person and phone). Empty for a user without a unit.")
    public List<AssignmentData> mine() {
        return assignments.mine();
    }
}
