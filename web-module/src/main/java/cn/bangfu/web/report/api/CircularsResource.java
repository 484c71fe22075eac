package cn.bangfu.web.report.api;

import cn.bangfu.report.boundary.Circulars;
import cn.bangfu.report.entity.CircularData;
import cn.bangfu.report.entity.CircularText;
import cn.bangfu.web.platform.api.Attachment;
import cn.bangfu.web.platform.api.Spreadsheets;
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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Inspection circulars (督查通报): read, edited while a draft, published; as PDF and the table as xlsx. */
@Path("v1/circulars")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "report", description = "Generated documents: circulars, briefings")
public class CircularsResource {

    @Inject
    Circulars circulars;

    @GET
    @Operation(operationId = "listPublishedCirculars", summary = "Published circulars",
            description = "The published circulars of the campaigns the caller sees, newest first (what a unit reads).")
    public List<CircularData> published() {
        return circulars.published();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(operationId = "getCircular", summary = "A circular",
            description = "id, campaign, round, title, docNumber, issuer, status (DRAFT, PUBLISHED), summary, praise, criticism, requirements, "
                    + "figures {visits, findings, serious, units, rectified}, rows [{unitCode, unitName, findings, minor, major, serious, "
                    + "items, rectified}], publishedOn, editable, version. A draft to the readers of its round; published, to everyone who "
                    + "sees the campaign.")
    public CircularData get(@PathParam("id") long id) {
        return circulars.get(id);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Operation(operationId = "updateCircular", summary = "Edit a draft",
            description = "{\"title\", \"docNumber\", \"issuer\", \"summary\", \"praise\", \"criticism\", \"requirements\", \"version\"}: the "
                    + "office of the campaign's region, while DRAFT (409 once published, or when the version is stale).")
    public CircularData update(@PathParam("id") long id, CircularText text) {
        return circulars.update(id, text);
    }

    @POST
    @Path("{id: [0-9]+}/publish")
    @Operation(operationId = "publishCircular", summary = "Publish a draft",
            description = "Every unit of the campaign's current assignments (and every unit its table names) gets it in its inbox; the "
                    + "campaign's first circular dates its first-visit list. Optional ?version=.")
    public CircularData publish(@PathParam("id") long id, @QueryParam("version") Long version) {
        return circulars.publish(id, version);
    }

    @GET
    @Path("{id: [0-9]+}.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "getCircularPdf", summary = "The circular as PDF",
            description = "In Chinese with the font embedded: title, 文号, the figures, the table of findings by unit, praise, criticism, "
                    + "requirements and the issuer's 落款; a draft says so in its title.")
    public Response pdf(@PathParam("id") long id) {
        return Response.ok(circulars.pdf(id), "application/pdf")
                .header("Content-Disposition", Attachment.contentDisposition("督查通报-" + id + ".pdf", "circular-" + id + ".pdf")).build();
    }

    @GET
    @Path("{id: [0-9]+}.xlsx")
    @Produces(Spreadsheets.MEDIA_TYPE)
    @Operation(operationId = "getCircularSheet", summary = "The circular's table as xlsx (督查发现问题情况表)")
    public Response sheet(@PathParam("id") long id) {
        return Spreadsheets.download(circulars.sheet(id), "督查发现问题情况表-" + id + ".xlsx", "circular-" + id + ".xlsx");
    }
}
