package cn.bangfu.web.report.api;

import cn.bangfu.report.boundary.Circulars;
import cn.bangfu.report.entity.CircularData;
import cn.bangfu.report.entity.CircularText;
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

/** The circulars of an inspection round: listed, and drafted from its findings. */
@Path("v1/campaigns/{code}/inspection-rounds/{id: [0-9]+}/circulars")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "report", description = "Generated documents: circulars, briefings")
public class RoundCircularsResource {

    @Inject
    Circulars circulars;

    @GET
    @Operation(operationId = "listRoundCirculars", summary = "The round's circulars", description = "Drafts and published ones, newest first.")
    public List<CircularData> list(@PathParam("code") String code, @PathParam("id") long id) {
        return circulars.ofRound(code, id);
    }

    @POST
    @Operation(operationId = "draftCircular", summary = "Draft a circular",
            description = "The office, once the round's schedule is published: the figures and the table of findings by unit from the "
                    + "records now, the title, 文号, issuer and four paragraphs worded from them; any of {\"title\", \"docNumber\", "
                    + "\"issuer\", \"summary\", \"praise\", \"criticism\", \"requirements\"} sent replaces the generated text. 201.")
    @Answers(value = 201, body = CircularData.class)
    public Response draft(@PathParam("code") String code, @PathParam("id") long id, CircularText text, @Context UriInfo uri) {
        CircularData c = circulars.draft(code, id, text);
        return Response.created(uri.getBaseUriBuilder().path("v1/circulars/{id}").build(c.id())).entity(c).build();
    }
}
