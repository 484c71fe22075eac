package cn.bangfu.web.appraisal.api;

import cn.bangfu.appraisal.boundary.AppraisalDocuments;
import cn.bangfu.web.platform.api.Attachment;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The results of a scheme as a PDF (考评结果). A root resource of its own, as the literal suffix must be part of the root
 * path: under {@link ResultsResource} ("…/results") a sub-path could only start with "/".
 */
@Path("v1/campaigns/{code}/results.pdf")
@Tag(name = "appraisal", description = "考评 year-end appraisal: scoring schemes")
public class ResultsPdfResource {

    @Inject
    AppraisalDocuments documents;

    @GET
    @Produces("application/pdf")
    @Operation(operationId = "getResultsPdf", summary = "The results of a scheme as PDF (考评结果)",
            description = "?schemeId= (required). In Chinese with the font embedded: one table per unit type (rank, unit, total, grade, "
                    + "vetoed, held back by the quota, state), the quota use per unit type and grade, the rules in words and the day; "
                    + "\"（初步结果）\" in the title until every form is finalised. What GET …/results shows the caller.")
    public Response pdf(@PathParam("code") String code, @QueryParam("schemeId") Long schemeId) {
        return Response.ok(documents.resultsPdf(code, schemeId), "application/pdf")
                .header("Content-Disposition", Attachment.contentDisposition("考评结果.pdf", "results-" + schemeId + ".pdf")).build();
    }
}
