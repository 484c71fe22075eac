package cn.bangfu.web.campaign.api;

import cn.bangfu.campaign.boundary.Plans;
import cn.bangfu.platform.entity.StoredFile;
import cn.bangfu.campaign.entity.PlanData;
import cn.bangfu.campaign.entity.PlanRow;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.web.platform.api.Answers;
import cn.bangfu.web.platform.api.Attachment;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The assistance plans (帮扶方案) of one campaign. */
@Path("v1/campaigns/{code}/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "plans", description = "帮扶方案 assistance plans")
public class PlansResource {

    @Inject
    Plans plans;

    /** An action's body: the version read and, to return a plan, the reason; a comment's text. */
    public record Action(Long version, String reason, String text) {
    }

    @GET
    @Operation(operationId = "listPlans", summary = "Plans of the campaign",
            description = "Every target you see with a current assignment: leading unit, plan status (MISSING when none was drafted, "
                    + "DRAFT, SUBMITTED, APPROVED, RETURNED), first submission day and days late against the plan deadline. "
                    + "attention=true: only missing, unfiled and late plans, most days late first.")
    public List<PlanRow> list(@PathParam("code") String code, @QueryParam("attention") boolean attention) {
        return plans.overview(code, attention);
    }

    @POST
    @Operation(operationId = "filePlan", summary = "File a plan",
            description = "The leading unit of the target files its plan: target ({\"creditCode\": …} or {\"projectId\": …}) or targetId, "
                    + "goals, measures [{text, unit (code of one of the target's units), dueDate}]; status SUBMITTED submits it at once. "
                    + "Filing again changes the draft or the returned plan (send the version read). 403 for anyone but the leading unit, "
                    + "404 for a target you do not help.")
    @Answers(value = 201, body = PlanData.class)
    public Response file(@PathParam("code") String code, PlanData data, @Context UriInfo uri) {
        PlanData saved = plans.file(code, data);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(saved.id())).build()).entity(saved).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(operationId = "getPlan", summary = "One plan", description = "With measures, comments, attachments (without their bytes) and days late.")
    public PlanData get(@PathParam("code") String code, @PathParam("id") long id) {
        return plans.get(code, id);
    }

    @POST
    @Path("{id: [0-9]+}/submit")
    @Operation(operationId = "submitPlan", summary = "Submit a plan", description = "The leading unit submits a draft or returned plan: {version}.")
    public PlanData submit(@PathParam("code") String code, @PathParam("id") long id, Action a) {
        return plans.submit(code, id, require(a).version());
    }

    @POST
    @Path("{id: [0-9]+}/approve")
    @Operation(operationId = "approvePlan", summary = "Approve a plan", description = "The office approves a submitted plan: {version}.")
    public PlanData approve(@PathParam("code") String code, @PathParam("id") long id, Action a) {
        return plans.approve(code, id, require(a).version());
    }

    @POST
    @Path("{id: [0-9]+}/return")
    @Operation(operationId = "returnPlan", summary = "Return a plan", description = "The office returns a submitted plan to the leading unit: {version, reason}; the reason is required.")
    public PlanData returnPlan(@PathParam("code") String code, @PathParam("id") long id, Action a) {
        return plans.returnPlan(code, id, require(a).reason(), a.version());
    }

    @POST
    @Path("{id: [0-9]+}/comments")
    @Operation(operationId = "commentOnPlan", summary = "Comment on a plan", description = "A unit of the target (a co-unit, or the leading unit) or the office: {text}.")
    public PlanData comment(@PathParam("code") String code, @PathParam("id") long id, Action a) {
        return plans.comment(code, id, require(a).text());
    }

    @POST
    @Path("{id: [0-9]+}/attachments")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "attachToPlan", summary = "Attach a file to a plan",
            description = "The leading unit uploads the file as the body, its name in fileName: pdf, doc, docx, xls, xlsx, jpg or png, at most 10 MB.")
    public PlanData attach(@PathParam("code") String code, @PathParam("id") long id, @QueryParam("fileName") String fileName,
                           InputStream body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes((int) StoredFile.MAX_BYTES + 1);
        return plans.attach(code, id, fileName, bytes);
    }

    @GET
    @Path("{id: [0-9]+}/attachments/{file: [0-9]+}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getPlanAttachment", summary = "Download an attachment of a plan")
    public Response download(@PathParam("code") String code, @PathParam("id") long id, @PathParam("file") long file) {
        Plans.FileData f = plans.attachment(code, id, file);
        return Response.ok(f.content(), f.contentType())
                .header("Content-Disposition", Attachment.contentDisposition(f.fileName(), "attachment-" + file)).build();
    }

    private static Action require(Action a) {
        if (a == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        return a;
    }
}
