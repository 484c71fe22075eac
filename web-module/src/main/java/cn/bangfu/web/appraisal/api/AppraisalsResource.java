package cn.bangfu.web.appraisal.api;

import cn.bangfu.appraisal.boundary.Appraisals;
import cn.bangfu.appraisal.boundary.ScoringJobs;
import cn.bangfu.appraisal.entity.AppraisalRow;
import cn.bangfu.appraisal.entity.ScoringJobData;
import cn.bangfu.web.platform.api.Answers;
import cn.bangfu.web.platform.api.Listing;
import cn.bangfu.web.platform.api.Paging;
import cn.bangfu.web.platform.api.ProblemMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** A campaign's appraisal forms (考评表): listed, opened for units, computed in a batch. */
@Path("v1/campaigns/{code}/appraisals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "appraisal", description = "考评 year-end appraisal: scoring schemes")
public class AppraisalsResource {

    @Inject
    Appraisals appraisals;

    @Inject
    ScoringJobs jobs;

    @Context
    HttpHeaders headers;

    /** What a batch scoring may say: the one scheme whose forms to compute (all the campaign's published schemes when absent). */
    public record ScoreRequest(Long schemeId) {
    }

    @GET
    @Operation(operationId = "listAppraisals", summary = "Appraisal forms",
            description = "The forms the caller reads (a unit its own; its total from the publicity on), by unit code, paged, filtered by "
                    + "schemeId, state (DRAFT, SELF_ASSESSED, SCORED, REVIEWED, FINALISED, PUBLICISED, PUBLISHED) and unitCode.")
    public Listing<AppraisalRow> list(@PathParam("code") String code, @QueryParam("schemeId") Long schemeId, @QueryParam("state") String state,
                                      @QueryParam("unitCode") String unitCode, @BeanParam Paging paging) {
        return Listing.of(appraisals.list(code, new Appraisals.Filter(schemeId, state, unitCode), paging.request()));
    }

    @POST
    @Operation(operationId = "openAppraisals", summary = "Open forms for units",
            description = "{\"schemeId\", \"unitCodes\": [...]} or {\"schemeId\", \"all\": true}, optional \"selfAssessBy\" (a date; 10 working "
                    + "days from today when absent). An evaluator of the campaign's region; the scheme must be published and the units "
                    + "among those it scores (400 naming the others). A unit with a form of the scheme keeps it. 201 with "
                    + "{schemeId, created, existing}.")
    @Answers(value = 201, body = Appraisals.Opened.class, location = false)
    public Response open(@PathParam("code") String code, Appraisals.Opening opening) {
        return Response.status(Response.Status.CREATED).entity(appraisals.open(code, opening)).build();
    }

    @POST
    @Path("score")
    @Operation(operationId = "scoreAppraisals", summary = "Compute the forms in the background",
            description = "{\"schemeId\"} (optional). 202 with the job; poll GET …/appraisals/score-jobs/{job}. Computes the AUTO and "
                    + "DEDUCTION points and the vetoes of every form not yet scored, freezing their inputs; one job per campaign in the "
                    + "whole cluster (409 while one runs).")
    @Answers(value = 202, body = ScoringJobData.class)
    public Response score(@PathParam("code") String code, ScoreRequest request, @Context UriInfo uri) {
        ScoringJobData job = jobs.start(code, request == null ? null : request.schemeId(), ProblemMapper.locale(headers));
        return Response.accepted(job).location(uri.getAbsolutePathBuilder().path("../score-jobs").path(String.valueOf(job.id())).build()
                .normalize()).build();
    }

    @GET
    @Path("score-jobs/{job: [0-9]+}")
    @Operation(operationId = "getScoringJob", summary = "A batch scoring job",
            description = "id, status (QUEUED, RUNNING, DONE, FAILED), total, done, failed, progress (0–100), failures (unit: indicator "
                    + "and reason), failure (why the job as a whole failed).")
    public ScoringJobData job(@PathParam("code") String code, @PathParam("job") long job) {
        return jobs.job(code, job, ProblemMapper.locale(headers));
    }
}
