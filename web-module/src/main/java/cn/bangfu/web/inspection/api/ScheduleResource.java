package cn.bangfu.web.inspection.api;

import cn.bangfu.inspection.boundary.InspectionRounds;
import cn.bangfu.inspection.boundary.InspectionSchedules;
import cn.bangfu.inspection.boundary.ScheduleJobs;
import cn.bangfu.inspection.entity.InspectionVisitData;
import cn.bangfu.inspection.entity.RoundData;
import cn.bangfu.inspection.entity.ScheduleJobData;
import cn.bangfu.web.platform.api.Answers;
import cn.bangfu.web.platform.api.ProblemMapper;
import cn.bangfu.web.platform.api.Spreadsheets;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A round's schedule (督查安排): solved in the background, moved and pinned by hand, published. */
@Path("v1/campaigns/{code}/inspection-rounds/{id: [0-9]+}/schedule")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "inspection", description = "督查 inspection rounds, teams, the schedule")
public class ScheduleResource {

    @Inject
    InspectionSchedules schedules;

    @Inject
    ScheduleJobs jobs;

    @Inject
    InspectionRounds rounds;

    @Context
    HttpHeaders headers;

    /** What a solve may say: its time limit in seconds (1–600; 30 when absent). */
    public record SolveRequest(Integer limitSeconds) {
    }

    @GET
    @Operation(operationId = "getSchedule", summary = "The schedule",
            description = "Every visit of the round: id, team (its id; absent until scheduled), target ({creditCode}, {projectId} or "
                    + "{unitCode}), date, pinned, version.")
    public List<InspectionVisitData> get(@PathParam("code") String code, @PathParam("id") long id) {
        return schedules.schedule(code, id);
    }

    @GET
    @Path("export")
    @Produces(Spreadsheets.MEDIA_TYPE)
    @Operation(operationId = "exportSchedule", summary = "The schedule as xlsx (督查安排表)",
            description = "序号, 督查日期, 督查组, 组长, 成员 (with their units), 督查对象, 统一社会信用代码／单位代码, 所在乡镇, 已固定; by day, then team.")
    public Response export(@PathParam("code") String code, @PathParam("id") long id) {
        return Spreadsheets.download(schedules.export(code, id), "督查安排表.xlsx", "inspection-schedule.xlsx");
    }

    @PUT
    @Operation(operationId = "moveVisits", summary = "Move and pin visits by hand",
            description = "[{\"id\", \"team\", \"date\", \"pinned\", \"version\" (optional)}]: a pinned visit keeps its team and day when "
                    + "solved again; team and date both null take it off the schedule. A move that breaks a hard rule (capacity, working "
                    + "day, a day kept free, 回避, a member on two visits at once) is refused: 409 with the rule in words. Answers the schedule.")
    public List<InspectionVisitData> move(@PathParam("code") String code, @PathParam("id") long id, List<InspectionVisitData> moves) {
        return schedules.move(code, id, moves);
    }

    @POST
    @Path("solve")
    @Operation(operationId = "solveSchedule", summary = "Solve the schedule in the background",
            description = "{\"limitSeconds\"} (optional). 202 with the job; poll GET …/schedule/jobs/{job}. Pinned visits stay; the others "
                    + "get a team and a working day. One job per round at a time (409 otherwise).")
    @Answers(value = 202, body = ScheduleJobData.class)
    public Response solve(@PathParam("code") String code, @PathParam("id") long id, SolveRequest request, @Context UriInfo uri) {
        ScheduleJobData job = jobs.solve(code, id, request == null ? null : request.limitSeconds(), ProblemMapper.locale(headers));
        return Response.accepted(job).location(uri.getAbsolutePathBuilder().path("../jobs").path(String.valueOf(job.id())).build().normalize())
                .build();
    }

    @GET
    @Path("jobs/{job: [0-9]+}")
    @Operation(operationId = "getScheduleJob", summary = "A solver job",
            description = "id, status (QUEUED, SOLVING, DONE, STOPPED, FAILED), hardScore and softScore (the best so far; 0 hard = no rule "
                    + "broken), progress (0–100 of the time limit), and once ended the violations left [{visit, constraint, hard, message}].")
    public ScheduleJobData job(@PathParam("code") String code, @PathParam("id") long id, @PathParam("job") long job) {
        return jobs.job(code, id, job, ProblemMapper.locale(headers));
    }

    @DELETE
    @Path("jobs/{job: [0-9]+}")
    @Operation(operationId = "stopScheduleJob", summary = "Stop a solver job", description = "It ends with the best schedule found so far.")
    public ScheduleJobData stop(@PathParam("code") String code, @PathParam("id") long id, @PathParam("job") long job) {
        return jobs.stop(code, id, job, ProblemMapper.locale(headers));
    }

    @POST
    @Path("publish")
    @Operation(operationId = "publishSchedule", summary = "Publish the schedule",
            description = "Every visit scheduled and no hard rule broken (409 with the first otherwise): the round becomes SCHEDULED, the "
                    + "inspectors see their inspections and each inspected unit is told in its inbox the day before its visit.")
    public RoundData publish(@PathParam("code") String code, @PathParam("id") long id) {
        schedules.publish(code, id);
        return rounds.get(code, id);
    }
}
