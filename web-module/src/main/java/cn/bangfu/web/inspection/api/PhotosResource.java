package cn.bangfu.web.inspection.api;

import cn.bangfu.inspection.boundary.Findings;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A finding's photo or a rectification's evidence, to whoever reads the finding. */
@Path("v1/photos/{id: [0-9]+}")
@Tag(name = "inspection", description = "督查 inspection rounds, teams, the schedule")
public class PhotosResource {

    @Inject
    Findings findings;

    @GET
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getPhoto", summary = "A photo", description = "JPEG or PNG as stored, verified against its checksum; 404 outside scope.")
    @APIResponse(responseCode = "200", description = "The photo", content = {
        @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response get(@PathParam("id") long id) {
        Findings.PhotoContent p = findings.photo(id);
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(3600);
        return Response.ok(p.content(), p.contentType()).cacheControl(cache).header("X-Content-Type-Options", "nosniff").build();
    }
}
