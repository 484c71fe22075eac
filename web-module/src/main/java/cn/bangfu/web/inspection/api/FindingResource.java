package cn.bangfu.web.inspection.api;

import cn.bangfu.inspection.boundary.Findings;
import cn.bangfu.inspection.entity.FindingData;
import cn.bangfu.inspection.entity.RectificationData;
import cn.bangfu.inspection.entity.RectificationOrder;
import cn.bangfu.platform.control.Images;
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
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One finding: its photos, its registration in the ledger and its rectification. */
@Path("v1/findings/{id: [0-9]+}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "inspection", description = "督查 inspection rounds, teams, the schedule")
public class FindingResource {

    @Inject
    Findings findings;

    /** The ledger's category a finding is registered under. */
    public record Registration(String category) {
    }

    @GET
    @Operation(operationId = "getFinding", summary = "A finding", description = "To readers of its round and to its responsible unit.")
    public FindingData get(@PathParam("id") long id) {
        return findings.get(id);
    }

    @POST
    @Path("photos")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "addFindingPhoto", summary = "Add a photo",
            description = "The image as the body: JPEG or PNG, checked by content whatever the Content-Type says, at most 10 MB, nine to a "
                    + "finding. 201 with the finding (its photos' ids) and the new photo's Location.")
    @Answers(value = 201, body = FindingData.class, description = "The finding with the photo added; Location is the new photo's address")
    public Response addPhoto(@PathParam("id") long id, InputStream body, @Context UriInfo uri) throws IOException {
        FindingData f = findings.addPhoto(id, read(body));
        Long photo = f.photos().get(f.photos().size() - 1);
        return Response.created(uri.getBaseUriBuilder().path("v1/photos/{id}").build(photo)).entity(f).build();
    }

    @POST
    @Path("problem")
    @Operation(operationId = "registerFindingAsProblem", summary = "Register in the problem ledger",
            description = "{\"category\"}: registers the finding as a problem of the inspected target (source INSPECTION) and links it "
                    + "(problemId). Once; not for a unit's visit.")
    public FindingData register(@PathParam("id") long id, Registration registration) {
        return findings.registerProblem(id, registration == null ? null : registration.category());
    }

    @POST
    @Path("rectification")
    @Operation(operationId = "issueRectification", summary = "Send a rectification to the responsible unit",
            description = "{\"deadline\"} (a working day) or {\"workingDays\"} (from today). The visit's team or the office; once per "
                    + "finding. 201 with the rectification.")
    @Answers(value = 201, body = RectificationData.class)
    public Response rectify(@PathParam("id") long id, RectificationOrder order, @Context UriInfo uri) {
        RectificationData r = findings.rectify(id, order);
        return Response.created(uri.getBaseUriBuilder().path("v1/rectifications/{id}").build(r.id())).entity(r).build();
    }

    /** The body up to one byte past the limit, so that a larger one is told it is too large rather than cut. */
    static byte[] read(InputStream body) throws IOException {
        return body == null ? new byte[0] : body.readNBytes((int) Images.MAX_BYTES + 1);
    }
}
