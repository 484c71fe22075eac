package cn.bangfu.web.appraisal.api;

import cn.bangfu.appraisal.boundary.SchemePreviews;
import cn.bangfu.appraisal.entity.SchemePreview;
import cn.bangfu.web.platform.api.ProblemMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A scheme tried on one unit (试算). A root resource of its own rather than a method of {@link SchemeResource}: its
 * literal path is longer than that resource's template, so JAX-RS matches it first and {@code publish} stays where it is.
 */
@Path("v1/schemes/{id: [0-9]+}/preview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "appraisal", description = "考评 year-end appraisal: scoring schemes")
public class SchemePreviewResource {

    @Inject
    SchemePreviews previews;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "previewScheme", summary = "Try a scheme on one unit",
            description = "?unitCode= (required). The scheme's saved content (a draft as last saved) computed for the unit with its "
                    + "metrics up to today, or the period's last day once it ended (asOf); nothing is stored. items [{indicator, name, "
                    + "kind, parent, depth, max, points, inputs}] in tree order: points null for MANUAL and BONUS (scored by the "
                    + "evaluators), a GROUP's the sum of its computed descendants; inputs the metric values they came from. vetoes "
                    + "[{code, name, condition, capGrade, holds, inputs}], capGrade the best grade those that hold allow, autoTotal "
                    + "the computed points; applies whether the scheme scores this unit. A formula that fails on this unit's figures "
                    + "gives failure {indicator, name, message} (in the language of Accept-Language) and no points. The evaluators "
                    + "and the office; 404 outside their campaigns, 400 on unitCode for a unit they do not see.")
    public SchemePreview preview(@PathParam("id") long id, @QueryParam("unitCode") String unitCode) {
        return previews.preview(id, unitCode, ProblemMapper.locale(headers));
    }
}
