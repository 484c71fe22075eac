package cn.bangfu.web.appraisal.api;

import cn.bangfu.appraisal.boundary.Appraisals;
import cn.bangfu.appraisal.entity.AppealData;
import cn.bangfu.appraisal.entity.AppraisalData;
import cn.bangfu.platform.entity.StoredFile;
import cn.bangfu.web.platform.api.Answers;
import cn.bangfu.web.platform.api.Attachment;
import jakarta.inject.Inject;
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
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One appraisal form (考评表): read, its cells, its steps, its appeals. */
@Path("v1/appraisals/{id: [0-9]+}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "appraisal", description = "考评 year-end appraisal: scoring schemes")
public class AppraisalResource {

    @Inject
    Appraisals appraisals;

    @GET
    @Operation(operationId = "getAppraisal", summary = "An appraisal form",
            description = "id, unitCode, schemeId, state, total, grade (once finalised), version, items [{indicator, max, self, selfNote, "
                    + "score, note, inputs (the frozen metric values), sources [{type, id, changed}]}] in tree order with the groups "
                    + "summed, allowed (the caller's steps), events, appeals. The unit sees the scores from the publicity on.")
    public AppraisalData get(@PathParam("id") long id) {
        return appraisals.get(id);
    }

    @PUT
    @Path("items/{indicator}")
    @Operation(operationId = "setAppraisalItem", summary = "Fill one cell",
            description = "{\"self\", \"selfNote\"} by the unit while it self-assesses; {\"score\", \"note\"} by an evaluator before the "
                    + "form is scored (MANUAL, BONUS, or a DEDUCTION corrected; AUTO is computed). 0..max, two decimals; a note is "
                    + "required below the maximum (above 0 for a BONUS). Optional \"version\" (409 when stale).")
    public AppraisalData cell(@PathParam("id") long id, @PathParam("indicator") String indicator, Appraisals.Cell cell) {
        return appraisals.cell(id, indicator, cell);
    }

    @POST
    @Path("items/{indicator}/evidence")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "attachAppraisalEvidence", summary = "Attach evidence to an indicator (佐证材料)",
            description = "The file as the body, its name in fileName: pdf, doc, docx, xls, xlsx, jpg or png, at most 10 MB, nine per "
                    + "indicator. The unit while it self-assesses or, for its appeal, during the publicity; an evaluator while scoring "
                    + "(a bonus's evidence). Answers the form, the item's evidence listed.")
    public AppraisalData attach(@PathParam("id") long id, @PathParam("indicator") String indicator, @QueryParam("fileName") String fileName,
                                InputStream body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes((int) StoredFile.MAX_BYTES + 1);
        return appraisals.attach(id, indicator, fileName, bytes);
    }

    @GET
    @Path("evidence/{file: [0-9]+}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getAppraisalEvidence", summary = "Download an evidence file of a form")
    public Response evidence(@PathParam("id") long id, @PathParam("file") long file) {
        StoredFile f = appraisals.evidence(id, file);
        return Response.ok(f.getContent(), f.getContentType())
                .header("Content-Disposition", Attachment.contentDisposition(f.getFileName(), "evidence-" + file)).build();
    }

    @POST
    @Path("compute")
    @Operation(operationId = "computeAppraisal", summary = "Compute the automatic points now",
            description = "An evaluator, before the form is scored: AUTO and DEDUCTION points and the vetoes from the unit's metrics "
                    + "today, their inputs and source records frozen. 409 naming the indicator when a formula cannot be evaluated.")
    public AppraisalData compute(@PathParam("id") long id) {
        return appraisals.compute(id);
    }

    @POST
    @Path("events")
    @Operation(operationId = "actOnAppraisal", summary = "A step of the form",
            description = "{\"action\"}: SELF_ASSESS (the unit, before its deadline), SCORE (an evaluator), REVIEW (another evaluator: "
                    + "never the one who scored), RETURN with \"reason\", FINALISE, PUBLICISE (the publicity: 5 working days), PUBLISH "
                    + "(after the publicity, no appeal waiting) by the office; optional \"version\". 409 with state and allowed.")
    public AppraisalData act(@PathParam("id") long id, Appraisals.Step step) {
        return appraisals.act(id, step);
    }

    @POST
    @Path("appeals")
    @Operation(operationId = "fileAppeal", summary = "Appeal an indicator (申诉)",
            description = "{\"indicator\", \"reason\"}: the form's unit during the publicity. 201 with the appeal.")
    @Answers(value = 201, body = AppealData.class)
    public Response appeal(@PathParam("id") long id, Appraisals.AppealFiling filing, @Context UriInfo uri) {
        AppealData saved = appraisals.appeal(id, filing);
        return Response.created(uri.getBaseUriBuilder().path("v1/appeals/{id}").build(saved.id())).entity(saved).build();
    }
}
