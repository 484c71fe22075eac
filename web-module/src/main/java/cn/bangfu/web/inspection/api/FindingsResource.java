package cn.bangfu.web.inspection.api;

import cn.bangfu.inspection.boundary.Findings;
import cn.bangfu.inspection.entity.FindingData;
import cn.bangfu.inspection.entity.FindingDraft;
import cn.bangfu.web.platform.api.Answers;
import cn.bangfu.web.platform.api.Listing;
import cn.bangfu.web.platform.api.Paging;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The findings (督查发现) of an inspection round. */
@Path("v1/campaigns/{code}/inspection-rounds/{id: [0-9]+}/findings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "inspection", description = "督查 inspection rounds, teams, the schedule")
public class FindingsResource {

    @Inject
    Findings findings;

    @GET
    @Operation(operationId = "listFindings", summary = "The round's findings",
            description = "Newest first, paged (page, size), filtered by visit, unitCode, item, severity. Each: id, visit, item, severity "
                    + "(MINOR, MAJOR, SERIOUS), description, unitCode, photos (ids), problemId, rectification {id, state, deadline, light, "
                    + "overdue}, with the round, date, target and names.")
    public Listing<FindingData> list(@PathParam("code") String code, @PathParam("id") long id, @QueryParam("visit") Long visit,
                                     @QueryParam("unitCode") String unitCode, @QueryParam("item") String item,
                                     @QueryParam("severity") String severity, @BeanParam Paging paging) {
        return Listing.of(findings.list(code, id, new Findings.Filter(visit, unitCode, item, severity), paging.request()));
    }

    @POST
    @Operation(operationId = "fileFinding", summary = "File a finding",
            description = "{\"visit\", \"item\" (a checklist code of the round), \"severity\", \"description\", \"unitCode\" (optional: the "
                    + "inspected unit or the target's leading unit by default; any unit helping the target)}. The visit's team or the "
                    + "office, from the visit's day on, while the round is SCHEDULED or IN_PROGRESS (the first finding moves it to "
                    + "IN_PROGRESS).")
    @Answers(value = 201, body = FindingData.class)
    public Response file(@PathParam("code") String code, @PathParam("id") long id, FindingDraft draft, @Context UriInfo uri) {
        FindingData saved = findings.file(code, id, draft);
        return Response.created(uri.getBaseUriBuilder().path("v1/findings/{id}").build(saved.id())).entity(saved).build();
    }
}
