package cn.bangfu.web.appraisal.api;

import cn.bangfu.appraisal.boundary.AppraisalDocuments;
import cn.bangfu.web.platform.api.Attachment;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An appraisal form as a PDF (考评表). A root resource of its own: {@link AppraisalResource}'s {@code {id: [0-9]+}} does
 * not match "5.pdf", and JAX-RS looks for methods only in the root resources whose path matches best.
 */
@Path("v1/appraisals/{id: [0-9]+}.pdf")
@Tag(name = "appraisal", description = "考评 year-end appraisal: scoring schemes")
public class AppraisalPdfResource {

    @Inject
    AppraisalDocuments documents;

    @GET
    @Produces("application/pdf")
    @Operation(operationId = "getAppraisalPdf", summary = "An appraisal form as PDF (考评表)",
            description = "In Chinese with the font embedded: the unit and the form's state, the indicator tree with 满分, 自评, 评分 and "
                    + "the notes, the totals, the grade and vetoes when there are any, the history and the appeals. Readable as GET "
                    + "…/appraisals/{id} is; a unit's form before the publicity shows \"—\" for the evaluators' scores. "
                    + "Saved as 考评表-<unitCode>.pdf.")
    public Response pdf(@PathParam("id") long id) {
        byte[] pdf = documents.formPdf(id);
        return Response.ok(pdf, "application/pdf").header("Content-Disposition",
                Attachment.contentDisposition("考评表-" + documents.unitCodeOf(id) + ".pdf", "appraisal-" + id + ".pdf")).build();
    }
}
