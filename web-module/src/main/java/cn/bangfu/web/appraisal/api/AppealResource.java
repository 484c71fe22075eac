package cn.bangfu.web.appraisal.api;

import cn.bangfu.appraisal.boundary.Appraisals;
import cn.bangfu.appraisal.entity.AppealData;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The evaluators' answer to an appeal (申诉). */
@Path("v1/appeals/{id: [0-9]+}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "appraisal", description = "考评 year-end appraisal: scoring schemes")
public class AppealResource {

    @Inject
    Appraisals appraisals;

    @POST
    @Path("answer")
    @Operation(operationId = "answerAppeal", summary = "Answer an appeal",
            description = "{\"upheld\", \"reason\", \"score\"}: an evaluator; upheld rescores the indicator (score required, checked as any "
                    + "score of it; the form's history keeps the earlier one), rejected keeps it; the reason is required either way. "
                    + "Optional \"version\"; answered once (409 after).")
    public AppealData answer(@PathParam("id") long id, Appraisals.AppealAnswer answer) {
        return appraisals.answer(id, answer);
    }
}
