package cn.bangfu.web.campaign.api;

import cn.bangfu.campaign.boundary.Assignments;
import cn.bangfu.campaign.boundary.Campaigns;
import cn.bangfu.campaign.entity.CampaignFilter;
import cn.bangfu.campaign.entity.CampaignData;
import cn.bangfu.campaign.entity.CampaignMode;
import cn.bangfu.campaign.entity.CampaignStatus;
import cn.bangfu.campaign.entity.UnitLoad;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.web.platform.api.Answers;
import cn.bangfu.web.platform.api.Listing;
import cn.bangfu.web.platform.api.Paging;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Campaigns (帮扶行动) the caller sees, named by their code. */
@Path("v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "campaigns", description = "帮扶行动 campaigns")
public class CampaignsResource {

    @Inject
    Campaigns campaigns;

    @Inject
    Assignments assignments;

    @GET
    @Operation(operationId = "listCampaigns", summary = "List campaigns",
            description = "The campaigns of your region and below, and those of the regions above you that you take part in. "
                    + "q matches code or name; filters year, status (PLANNING, ACTIVE, CLOSED) and mode (ONE_TO_ONE, THREE_TO_ONE, "
                    + "STATIONED). Sort by code, name, year, startDate, endDate, status, mode; newest year first by default.")
    public Listing<CampaignData> list(@BeanParam Paging paging, @QueryParam("year") Integer year, @QueryParam("status") String status,
                                      @QueryParam("mode") String mode) {
        return Listing.of(campaigns.find(new CampaignFilter(year, status(status), mode(mode)), paging.request()));
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getCampaign", summary = "One campaign")
    public CampaignData get(@PathParam("code") String code) {
        return campaigns.get(code);
    }

    @POST
    @Operation(operationId = "createCampaign", summary = "Create a campaign",
            description = "code, name, year, mode (ONE_TO_ONE, THREE_TO_ONE, STATIONED), startDate and endDate are required. "
                    + "coUnitCount defaults to 2 for THREE_TO_ONE and 0 otherwise; planDeadline, perUnitLimit (warn above), "
                    + "firstVisitDays (default 30), officeUnit (unit code), leadingGroup [{cadre, role: GROUP_LEADER, DEPUTY_LEADER, "
                    + "MEMBER}] are optional; regionCode defaults to yours. status starts as PLANNING. 409 if the code is taken.")
    @Answers(value = 201, body = CampaignData.class)
    public Response create(CampaignData data, @Context UriInfo uri) {
        CampaignData created = campaigns.create(require(data));
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PUT
    @Path("{code}")
    @Operation(operationId = "updateCampaign", summary = "Change a campaign",
            description = "Everything but code and region. The status only moves forward (PLANNING → ACTIVE → CLOSED); "
                    + "a closed campaign's assignments no longer change. Send the version you read; a stale version answers 409.")
    public CampaignData update(@PathParam("code") String code, CampaignData data) {
        return campaigns.update(code, require(data));
    }

    @GET
    @Path("{code}/loads")
    @Operation(operationId = "listCampaignLoads", summary = "Load per unit",
            description = "Each unit with current assignments in the campaign: how many targets it leads and helps, and whether "
                    + "that is above the campaign's per-unit limit. Most loaded first.")
    public List<UnitLoad> loads(@PathParam("code") String code) {
        return assignments.loads(code);
    }

    private static CampaignData require(CampaignData data) {
        if (data == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        return data;
    }

    private static CampaignMode mode(String value) {
        return parsed(value, CampaignMode::of, "mode", "campaign.mode.unknown");
    }

    private static CampaignStatus status(String value) {
        return parsed(value, CampaignStatus::of, "status", "campaign.status.unknown");
    }

    /** A filter's value read by {@code of}: none when blank, a field error naming the value when {@code of} knows it not. */
    private static <T> T parsed(String value, Function<String, T> of, String field, String messageKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        T parsed = of.apply(value);
        if (parsed == null) {
            throw new InvalidInputException(FieldError.of(field, messageKey, value));
        }
        return parsed;
    }
}
