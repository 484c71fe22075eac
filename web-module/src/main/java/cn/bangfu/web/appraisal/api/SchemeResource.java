package cn.bangfu.web.appraisal.api;

import cn.bangfu.appraisal.boundary.ScoringSchemes;
import cn.bangfu.appraisal.entity.SchemeData;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One scoring scheme (考评细则): read, its draft changed, published. */
@Path("v1/schemes/{id: [0-9]+}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "appraisal", description = "考评 year-end appraisal: scoring schemes")
public class SchemeResource {

    @Inject
    ScoringSchemes schemes;

    @GET
    @Operation(operationId = "getScheme", summary = "A scoring scheme")
    public SchemeData get(@PathParam("id") long id) {
        return schemes.get(id);
    }

    @PUT
    @Operation(operationId = "updateScheme", summary = "Change a draft",
            description = "The whole content as on POST, with the version read (409 when stale, or once published).")
    public SchemeData update(@PathParam("id") long id, SchemeData data) {
        return schemes.update(id, data);
    }

    @POST
    @Path("publish")
    @Operation(operationId = "publishScheme", summary = "Publish a draft", description = "Checked once more, then frozen. Optional ?version=.")
    public SchemeData publish(@PathParam("id") long id, @QueryParam("version") Long version) {
        return schemes.publish(id, version);
    }
}
