package cn.bangfu.web.ledger.api;

import cn.bangfu.ledger.boundary.ProblemLedger;
import cn.bangfu.ledger.boundary.ProblemSpreadsheets;
import cn.bangfu.ledger.boundary.Problems;
import cn.bangfu.ledger.entity.LedgerSummary;
import cn.bangfu.ledger.entity.ProblemData;
import cn.bangfu.ledger.entity.ProblemDraft;
import cn.bangfu.ledger.entity.ProblemQuery;
import cn.bangfu.web.platform.api.Answers;
import cn.bangfu.web.platform.api.Listing;
import cn.bangfu.web.platform.api.Paging;
import cn.bangfu.web.platform.api.ProblemMapper;
import cn.bangfu.web.platform.api.Spreadsheets;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The problem ledger (问题台账) of one campaign. */
@Path("v1/campaigns/{code}/problems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "problems", description = "问题台账 the problem ledger")
public class CampaignProblemsResource {

    @Inject
    ProblemLedger ledger;

    @Inject
    Problems problems;

    @Inject
    ProblemSpreadsheets sheets;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listProblems", summary = "The campaign's problems",
            description = "The problems you see (the office, inspectors and evaluators: their region's; a unit: those routed to it and of "
                    + "the targets it helps; a contact leader: his targets'; an enterprise: its own), newest first. Filters: state (one or several, comma-separated: REGISTERED, "
                    + "ROUTED, ACCEPTED, REOPENED, PAUSED, RESOLVED, CLOSED, WITHDRAWN), light (GREEN, YELLOW, RED), unitCode (the responsible "
                    + "unit), category (a category code), regionCode (that region and below), creditCode, escalated=true; q matches number, "
                    + "title and target name; sort by number, raisedOn, deadline, workingDaysLeft, state, category, title or target. The total counts up to 10,000: "
                    + "past that it is 10,000 and totalCapped is true.")
    public Listing<ProblemData> list(@PathParam("code") String code, @BeanParam Paging paging, @QueryParam("state") String state,
                                     @QueryParam("light") String light, @QueryParam("unitCode") String unitCode,
                                     @QueryParam("category") String category, @QueryParam("regionCode") String regionCode,
                                     @QueryParam("creditCode") String creditCode, @QueryParam("escalated") Boolean escalated) {
        return Listing.of(ledger.find(code, new ProblemQuery(state, light, unitCode, category, regionCode, creditCode, escalated),
                paging.request(), ProblemMapper.locale(headers)));
    }

    @GET
    @Path("export")
    @Produces(Spreadsheets.MEDIA_TYPE)
    @Operation(operationId = "exportProblems", summary = "The campaign's problems as an Excel ledger (问题台账)",
            description = "Every problem the list would show for the same filters and q (withdrawn ones left out), oldest first, in the "
                    + "layout of the import: 序号, 企业名称, 统一社会信用代码, 问题描述 (the title leading the description), 问题类别, 提出日期, "
                    + "责任单位, 办理状态 (未交办, 已交办, 办理中, 已办结, 已销号), 办结日期, 办理结果. Imported again, it changes nothing.")
    @APIResponse(responseCode = "200", description = "问题台账.xlsx",
            content = @Content(mediaType = Spreadsheets.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@PathParam("code") String code, @QueryParam("q") String q, @QueryParam("state") String state,
                           @QueryParam("light") String light, @QueryParam("unitCode") String unitCode, @QueryParam("category") String category,
                           @QueryParam("regionCode") String regionCode, @QueryParam("creditCode") String creditCode,
                           @QueryParam("escalated") Boolean escalated) {
        return Spreadsheets.download(sheets.export(code, new ProblemQuery(state, light, unitCode, category, regionCode, creditCode, escalated), q),
                "问题台账.xlsx", "problem-ledger.xlsx");
    }

    @POST
    @Operation(operationId = "registerProblem", summary = "Register a problem (挂号)",
            description = "target ({\"creditCode\": …} or {\"projectId\": …}), title and category (a code of GET /problem-categories) are "
                    + "required; description, source (VISIT, ENTERPRISE, OFFICE, HOTLINE, INSPECTION), difficulty (SIMPLE, ORDINARY, "
                    + "COMPLEX, HARD; default ORDINARY), raisedOn (not in the future, not before the campaign starts; default today), "
                    + "visitId. The office registers for its region's targets, a unit for the targets it helps, an enterprise account for "
                    + "its own enterprise (its target may be left out). The number (挂号编号) is given per county and year.")
    @Answers(value = 201, body = ProblemData.class)
    public Response register(@PathParam("code") String code, ProblemDraft draft, @Context UriInfo uri) {
        ProblemData saved = problems.register(code, draft, ProblemMapper.locale(headers));
        return Response.created(uri.getBaseUriBuilder().path("v1/problems").path(String.valueOf(saved.id())).build()).entity(saved).build();
    }

    @GET
    @Path("summary")
    @Operation(operationId = "summariseProblems", summary = "Counts for the dashboard",
            description = "The campaign's problems you see, counted by state and by light (running ones), escalated and running, extensions waiting.")
    public LedgerSummary summary(@PathParam("code") String code) {
        return ledger.summary(code);
    }
}
