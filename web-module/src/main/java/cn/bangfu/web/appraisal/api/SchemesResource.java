package cn.bangfu.web.appraisal.api;

import cn.bangfu.appraisal.boundary.ScoringSchemes;
import cn.bangfu.appraisal.entity.SchemeData;
import cn.bangfu.web.platform.api.Answers;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A campaign's scoring schemes (考评细则): listed and drafted. */
@Path("v1/campaigns/{code}/schemes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "appraisal", description = "考评 year-end appraisal: scoring schemes")
public class SchemesResource {

    @Inject
    ScoringSchemes schemes;

    @GET
    @Operation(operationId = "listSchemes", summary = "A campaign's scoring schemes",
            description = "By name, newest version first; a unit sees the published ones.")
    public List<SchemeData> list(@PathParam("code") String code) {
        return schemes.list(code);
    }

    @POST
    @Operation(operationId = "createScheme", summary = "Draft a scheme",
            description = "{\"name\", \"periodType\" (ROUTINE, HALF_YEAR, ANNUAL), \"from\", \"to\", \"appliesTo\" (LEADING, CO_UNIT, ALL), "
                    + "\"unitTypes\" (COUNTY_DEPARTMENT, TOWNSHIP, PARK, OTHER; none for all), \"total\", \"bonusCap\", \"indicators\": "
                    + "[{\"code\", \"name\", \"max\", \"kind\" (AUTO, MANUAL, DEDUCTION, BONUS, GROUP), \"formula\", \"deductions\" "
                    + "({\"MINOR\", \"MAJOR\", \"SERIOUS\"}), \"rule\", \"children\"}], \"vetoes\": [{\"code\", \"name\", \"condition\", "
                    + "\"capGrade\"}]}, or {\"copyOf\": id} with any of those replacing the copied content (last year's scheme, or the "
                    + "next version of a published one: the same name makes it version n + 1). The evaluation officers of the "
                    + "campaign's region. 400 with every problem on its field: top-level maxima (bonuses aside) not adding up to the "
                    + "total, a group's children not adding up to it, a formula naming an unknown metric, dividing by zero or leaving "
                    + "0..max on the representative cases.")
    @Answers(value = 201, body = SchemeData.class)
    public Response create(@PathParam("code") String code, SchemeData data, @Context UriInfo uri) {
        SchemeData saved = schemes.create(code, data);
        return Response.created(uri.getBaseUriBuilder().path("v1/schemes/{id}").build(saved.id())).entity(saved).build();
    }

}
