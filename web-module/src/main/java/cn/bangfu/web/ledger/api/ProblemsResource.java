package cn.bangfu.web.ledger.api;

import cn.bangfu.ledger.boundary.Problems;
import cn.bangfu.ledger.entity.ProblemData;
import cn.bangfu.ledger.entity.ProblemEventData;
import cn.bangfu.ledger.entity.ProblemStep;
import cn.bangfu.ledger.entity.RoutingProposal;
import cn.bangfu.platform.entity.StoredFile;
import cn.bangfu.web.platform.api.Attachment;
import cn.bangfu.web.platform.api.ProblemMapper;
import jakarta.inject.Inject;
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
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One problem of the ledger: its history, its transitions, its files. */
@Path("v1/problems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "problems", description = "问题台账 the problem ledger")
public class ProblemsResource {

    @Inject
    Problems problems;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{id: [0-9]+}")
    @Operation(operationId = "getProblem", summary = "One problem, with its events",
            description = "deadline is the one in force, originalDeadline the one first set; light and workingDaysLeft as of today (only "
                    + "while it runs); actions: what you may do with it now; events: its history, registration first.")
    public ProblemData get(@PathParam("id") long id) {
        return problems.get(id, ProblemMapper.locale(headers));
    }

    @GET
    @Path("{id: [0-9]+}/events")
    @Operation(operationId = "listProblemEvents", summary = "A problem's history", description = "Its events, registration first: action, from, to, actor, at, reason, note, attachments.")
    public List<ProblemEventData> events(@PathParam("id") long id) {
        return problems.get(id, ProblemMapper.locale(headers)).events();
    }

    @POST
    @Path("{id: [0-9]+}/events")
    @Operation(operationId = "actOnProblem", summary = "Take a step of a problem's life",
            description = "{\"action\": …} with what it needs: ROUTE (unitCode, assistingUnits; default the target's leading unit and "
                    + "co-units), ACCEPT, SEND_BACK (reason), RESOLVE (answer), CLOSE, REOPEN (reason), PAUSE (reason), RESUME, ESCALATE "
                    + "(reason), WITHDRAW (reason), REQUEST_EXTENSION (newDeadline, reason), APPROVE_EXTENSION, REJECT_EXTENSION (reason), "
                    + "RATE (rating: SATISFIED, BASICALLY_SATISFIED, DISSATISFIED; comment); optional version (stale: 409). The office "
                    + "routes, closes, reopens, withdraws, escalates and decides extensions; the responsible unit accepts, sends back, "
                    + "resolves, pauses, resumes and asks for extensions; the enterprise rates. A step not allowed now is 409 with the "
                    + "problem's state and the actions allowed. Answers the problem as it now is.")
    public ProblemData act(@PathParam("id") long id, ProblemStep step) {
        return problems.act(id, step, ProblemMapper.locale(headers));
    }

    @GET
    @Path("{id: [0-9]+}/routing")
    @Operation(operationId = "proposeRouting", summary = "Whom routing proposes", description = "The target's leading unit as responsible unit, its co-units assisting. The office only.")
    public RoutingProposal routing(@PathParam("id") long id) {
        return problems.proposal(id);
    }

    @GET
    @Path("{id: [0-9]+}/similar")
    @Operation(operationId = "listSimilarProblems", summary = "Similar open problems of other enterprises",
            description = "Up to five open problems of other enterprises of the county with the same category and text that reads alike: candidates for a common problem (共性问题).")
    public List<ProblemData> similar(@PathParam("id") long id) {
        return problems.similarTo(id, ProblemMapper.locale(headers));
    }

    @POST
    @Path("{id: [0-9]+}/attachments")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "attachToProblem", summary = "Attach a file to a problem",
            description = "The office, the responsible unit or the enterprise uploads the file as the body, its name in fileName: pdf, doc, "
                    + "docx, xls, xlsx, jpg or png, at most 10 MB; eventId (optional) attaches it to one of the problem's events, such as "
                    + "the resolution it documents, else it belongs to the problem. Each event lists its attachments.")
    public ProblemData attach(@PathParam("id") long id, @QueryParam("fileName") String fileName, @QueryParam("eventId") Long eventId,
                              InputStream body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes((int) StoredFile.MAX_BYTES + 1);
        return problems.attach(id, eventId, fileName, bytes, ProblemMapper.locale(headers));
    }

    @GET
    @Path("{id: [0-9]+}/attachments/{file: [0-9]+}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getProblemAttachment", summary = "Download an attachment of a problem")
    public Response download(@PathParam("id") long id, @PathParam("file") long file) {
        StoredFile f = problems.attachment(id, file);
        return Response.ok(f.getContent(), f.getContentType())
                .header("Content-Disposition", Attachment.contentDisposition(f.getFileName(), "attachment-" + file)).build();
    }
}
