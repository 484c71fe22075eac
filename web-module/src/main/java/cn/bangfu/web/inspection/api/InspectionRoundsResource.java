package cn.bangfu.web.inspection.api;

import cn.bangfu.inspection.boundary.InspectionRounds;
import cn.bangfu.inspection.entity.InspectionVisitData;
import cn.bangfu.inspection.entity.RoundData;
import cn.bangfu.inspection.entity.TargetSelection;
import cn.bangfu.inspection.entity.TeamData;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Inspection rounds (督查轮次) of a campaign, their teams (督查组) and what they inspect. */
@Path("v1/campaigns/{code}/inspection-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "inspection", description = "督查 inspection rounds, teams, the schedule")
public class InspectionRoundsResource {

    @Inject
    InspectionRounds rounds;

    /** How many targets a POST added, and how many the round inspects now. */
    public record Added(int added, long total) {
    }

    @GET
    @Operation(operationId = "listInspectionRounds", summary = "Inspection rounds",
            description = "The campaign's rounds, newest first: id, name, from, to, status (PLANNING, SCHEDULED, IN_PROGRESS, CLOSED), "
                    + "checklist [{code, name}], version, and the counts of teams, visits and scheduled visits. An inspector sees the "
                    + "rounds he is on a team of.")
    public List<RoundData> list(@PathParam("code") String code) {
        return rounds.list(code);
    }

    @POST
    @Operation(operationId = "createInspectionRound", summary = "Create a round",
            description = "{\"name\", \"from\", \"to\" (dates, at most 92 days apart), \"checklist\" (optional: [{code, name}]; the seed's "
                    + "eight items by default)}. The office of the campaign's region.")
    @Answers(value = 201, body = RoundData.class)
    public Response create(@PathParam("code") String code, RoundData data, @Context UriInfo uri) {
        RoundData saved = rounds.create(code, data);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(saved.id())).build()).entity(saved).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(operationId = "getInspectionRound", summary = "A round")
    public RoundData get(@PathParam("code") String code, @PathParam("id") long id) {
        return rounds.get(code, id);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Operation(operationId = "updateInspectionRound", summary = "Change a round",
            description = "{\"name\", \"from\", \"to\", \"checklist\", \"status\", \"version\"}: the window only while PLANNING; status moves "
                    + "SCHEDULED → IN_PROGRESS → CLOSED, or SCHEDULED back to PLANNING (publishing is POST …/schedule/publish).")
    public RoundData update(@PathParam("code") String code, @PathParam("id") long id, RoundData data) {
        return rounds.update(code, id, data);
    }

    @GET
    @Path("{id: [0-9]+}/teams")
    @Operation(operationId = "listInspectionTeams", summary = "The round's teams",
            description = "id, name, leader (a login), members [{login, name, unitCode}] (the leader first), capacity (visits per "
                    + "working day), homeRegionCode, blockedDays, version.")
    public List<TeamData> teams(@PathParam("code") String code, @PathParam("id") long id) {
        return rounds.teams(code, id);
    }

    @POST
    @Path("{id: [0-9]+}/teams")
    @Operation(operationId = "createInspectionTeam", summary = "Form a team",
            description = "{\"name\", \"leader\", \"members\": [{\"login\"}], \"capacity\" (1–20), \"homeRegionCode\", \"blockedDays\"}: every "
                    + "member an inspector whose account names his unit (回避 needs it); the leader is a member. While PLANNING.")
    @Answers(value = 201, body = TeamData.class)
    public Response createTeam(@PathParam("code") String code, @PathParam("id") long id, TeamData data, @Context UriInfo uri) {
        TeamData saved = rounds.createTeam(code, id, data);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(saved.id())).build()).entity(saved).build();
    }

    @GET
    @Path("{id: [0-9]+}/teams/{teamId: [0-9]+}")
    @Operation(operationId = "getInspectionTeam", summary = "A team")
    public TeamData team(@PathParam("code") String code, @PathParam("id") long id, @PathParam("teamId") long teamId) {
        return rounds.team(code, id, teamId);
    }

    @PUT
    @Path("{id: [0-9]+}/teams/{teamId: [0-9]+}")
    @Operation(operationId = "updateInspectionTeam", summary = "Change a team", description = "As POST, with the version read. While PLANNING.")
    public TeamData updateTeam(@PathParam("code") String code, @PathParam("id") long id, @PathParam("teamId") long teamId, TeamData data) {
        return rounds.updateTeam(code, id, teamId, data);
    }

    @DELETE
    @Path("{id: [0-9]+}/teams/{teamId: [0-9]+}")
    @Operation(operationId = "deleteInspectionTeam", summary = "Dissolve a team", description = "Its visits lose their team and day. While PLANNING.")
    @Answers(204)
    public Response deleteTeam(@PathParam("code") String code, @PathParam("id") long id, @PathParam("teamId") long teamId) {
        rounds.deleteTeam(code, id, teamId);
        return Response.noContent().build();
    }

    @GET
    @Path("{id: [0-9]+}/targets")
    @Operation(operationId = "listInspectionTargets", summary = "What the round inspects",
            description = "Paged (page, size): each visit with its target ({creditCode}, {projectId} or {unitCode}, with name and region), "
                    + "its team and date once scheduled, pinned.")
    public Listing<InspectionVisitData> targets(@PathParam("code") String code, @PathParam("id") long id, @BeanParam Paging paging) {
        return Listing.of(rounds.targets(code, id, paging.request()));
    }

    @POST
    @Path("{id: [0-9]+}/targets")
    @Operation(operationId = "addInspectionTargets", summary = "Add what the round inspects",
            description = "{\"creditCodes\": […], \"projectIds\": […], \"unitCodes\": […]} (targets of the campaign's current assignments; "
                    + "units of its region) or {\"all\": true} (every target of the campaign). All or nothing; what the round has "
                    + "already is skipped. Answers {added, total}. While PLANNING.")
    public Added addTargets(@PathParam("code") String code, @PathParam("id") long id, TargetSelection selection) {
        int added = rounds.addTargets(code, id, selection);
        return new Added(added, rounds.get(code, id).visits());
    }
}
