package cn.bangfu.web.appraisal.api;

import cn.bangfu.appraisal.boundary.AppraisalResults;
import cn.bangfu.appraisal.entity.ResultsData;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The results of a campaign's scheme (考评结果): ranking, grades, quota use. */
@Path("v1/campaigns/{code}/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "appraisal", description = "考评 year-end appraisal: scoring schemes")
public class ResultsResource {

    @Inject
    AppraisalResults results;

    @GET
    @Operation(operationId = "getResults", summary = "The results of a scheme",
            description = "?schemeId= (required). items [{unitCode, unitName, unitType, total, rank, grade, vetoed, heldBackByQuota, "
                    + "appraisalId, state}] ranked within each unit type (total, then fewer points deducted, then unit code), grades by "
                    + "the thresholds in rules, capped by vetoes, within the quotas (a limit is the unit type's units × percent, rounded "
                    + "down, at least 1); quotaUse [{unitType, grade, units, limit}]; complete once every form is finalised. A unit "
                    + "sees them once all are published.")
    public ResultsData get(@PathParam("code") String code, @QueryParam("schemeId") Long schemeId) {
        return results.of(code, schemeId);
    }
}
