package cn.bangfu.web.campaign.api;

import cn.bangfu.campaign.boundary.Workspace;
import cn.bangfu.campaign.entity.MyTarget;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's unit's workspace. */
@Path("v1/me/targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "assignments")
public class MyTargetsResource {

    @Inject
    Workspace workspace;

    @GET
    @Operation(operationId = "listMyTargets", summary = "My targets",
            description = "The targets your unit helps now: the team (leader, partner units with head, contact and phone), your role, "
                    + "plan status and days late, days since the team's and your last visit, the next deadline and what it is for "
                    + "(PLAN or FIRST_VISIT).")
    public List<MyTarget> mine() {
        return workspace.mine();
    }
}
