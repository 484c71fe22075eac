package cn.bangfu.web.campaign.api;

import cn.bangfu.campaign.boundary.LedTargets;
import cn.bangfu.campaign.entity.MyTarget;
import cn.bangfu.web.platform.api.Listing;
import cn.bangfu.web.platform.api.Paging;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The targets the caller, a contact leader, leads (我联系的企业). */
@Path("v1/me/led-targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "assignments")
public class MyLedTargetsResource {

    @Inject
    LedTargets ledTargets;

    @GET
    @Operation(operationId = "listMyLedTargets", summary = "Targets I am contact leader for",
            description = "Contact leaders (LEADER) only. The current assignments of running campaigns whose contact leader is the cadre "
                    + "your account names, newest campaign first, then by target name, paged (page, size): each with the team (leader, "
                    + "units with head, contact and phone), plan status and days late, days since the team's last visit and the team's "
                    + "next deadline (PLAN or FIRST_VISIT); myRole and daysSinceMyVisit are null. campaign narrows it to one campaign "
                    + "(its code). Empty when your account names no cadre: ask the system administrator to link it.")
    public Listing<MyTarget> mine(@BeanParam Paging paging, @QueryParam("campaign") String campaign) {
        return Listing.of(ledTargets.mine(campaign, paging.request()));
    }
}
