package cn.bangfu.web.campaign.api;

import cn.bangfu.campaign.boundary.Assignments;
import cn.bangfu.campaign.entity.AssignmentFilter;
import cn.bangfu.campaign.entity.AssignmentData;
import cn.bangfu.campaign.entity.Assigned;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The assignments (对口联系, 三帮一) of one campaign. */
@Path("v1/campaigns/{code}/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "assignments", description = "对口联系 assignments (三帮一)")
public class AssignmentsResource {

    @Inject
    Assignments assignments;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listAssignments", summary = "List the campaign's assignments",
            description = "Current assignments by default, history=true for ended ones too. A unit sees those of its own unit, "
                    + "everyone else those of his region. q matches the target's name; filters unitCode (that unit leads or helps), "
                    + "contactLeader (cadre id). Sort by target, validFrom, validTo, contactLeader, id.")
    public Listing<AssignmentData> list(@PathParam("code") String code, @BeanParam Paging paging, @QueryParam("unitCode") String unitCode,
                                        @QueryParam("contactLeader") Long contactLeader, @QueryParam("history") boolean history) {
        return Listing.of(assignments.find(code, new AssignmentFilter(unitCode, contactLeader, history), paging.request()));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(operationId = "getAssignment", summary = "One assignment", description = "With the leader and every unit's first responsible person and contact.")
    public AssignmentData get(@PathParam("code") String code, @PathParam("id") long id) {
        return assignments.get(code, id);
    }

    @POST
    @Operation(operationId = "createAssignment", summary = "Assign a target",
            description = "target ({\"creditCode\": …} or {\"projectId\": …}), contactLeader (cadre id of a county leader), leadingUnit "
                    + "(unit code) and coUnits (exactly the campaign's coUnitCount unit codes) are required; validFrom defaults to today and lies "
                    + "between the campaign's start and today (before the campaign starts: today), never after its end. "
                    + "Every broken rule is a field error (400). 409 if the target has a current assignment (change it with PUT) or the "
                    + "campaign is closed. A unit above the campaign's per-unit limit is saved with \"warnings\": [{field, message}]. "
                    + "Every unit of the target is told in its inbox.")
    @Answers(value = 201, body = AssignmentData.class)
    public Response assign(@PathParam("code") String code, AssignmentData data, @Context UriInfo uri) {
        Assigned saved = assignments.assign(code, require(data));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(saved.assignment().id())).build())
                .entity(Warnings.into(saved, headers)).build();
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Operation(operationId = "reassignAssignment", summary = "Reassign",
            description = "The current assignment ends on validFrom (default today; valid to is exclusive) and a new one with the given "
                    + "leader and units begins that day: the answer is the new assignment, with a new id. History is kept. validFrom "
                    + "follows the rule of POST and is after the current assignment's (the same day only to correct one entered today). The same "
                    + "leader and units change nothing. Send the version you read; a stale version answers 409, so does an ended "
                    + "assignment.")
    public AssignmentData reassign(@PathParam("code") String code, @PathParam("id") long id, AssignmentData data) {
        return Warnings.into(assignments.reassign(code, id, require(data)), headers);
    }

    private static AssignmentData require(AssignmentData data) {
        if (data == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        return data;
    }
}
