package cn.bangfu.web.ledger.api;

import cn.bangfu.ledger.boundary.ProblemLedger;
import cn.bangfu.ledger.entity.ProblemData;
import cn.bangfu.ledger.entity.ProblemQuery;
import cn.bangfu.web.platform.api.Listing;
import cn.bangfu.web.platform.api.Paging;
import cn.bangfu.web.platform.api.ProblemMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own problems. */
@Path("v1/me/problems")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "problems", description = "问题台账 the problem ledger")
public class MyProblemsResource {

    @Inject
    ProblemLedger ledger;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listMyProblems", summary = "My problems",
            description = "A unit's: the problems routed to it (主办 or 协办); an enterprise's: its own; a contact leader's: his targets'. "
                    + "Across campaigns, by deadline unless sorted otherwise; the filters of the campaign ledger, and extensionPending=true "
                    + "for the extensions waiting for the office.")
    public Listing<ProblemData> list(@BeanParam Paging paging, @QueryParam("state") String state, @QueryParam("light") String light,
                                     @QueryParam("category") String category, @QueryParam("escalated") Boolean escalated,
                                     @QueryParam("extensionPending") boolean extensionPending) {
        return Listing.of(ledger.mine(new ProblemQuery(state, light, null, category, null, null, escalated), extensionPending,
                paging.request(), ProblemMapper.locale(headers)));
    }
}
