package cn.bangfu.web.ledger.api;

import cn.bangfu.ledger.boundary.ProblemLedger;
import cn.bangfu.ledger.boundary.ProblemSpreadsheets;
import cn.bangfu.ledger.entity.MetricsReport;
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
import jakarta.ws.rs.core.Response;
import cn.bangfu.web.platform.api.QueryDates;
import cn.bangfu.web.platform.api.Spreadsheets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ledger's rates of one campaign. */
@Path("v1/campaigns/{code}/metrics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "metrics", description = "化解率、销号率、按时办结率、满意率 the ledger's rates")
public class MetricsResource {

    @Inject
    ProblemLedger ledger;

    @Inject
    ProblemSpreadsheets sheets;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "getMetrics", summary = "The ledger's metrics",
            description = "by=unit (as responsible unit) | region (one level below the region asked for) | category | month | total; "
                    + "from, to: the days the problems were raised (a period's problems and what became of them); regionCode, unitCode narrow. "
                    + "Each item and the total: collected (withdrawn ones left out), resolved (RESOLVED or CLOSED), closed, resolvedOnTime "
                    + "(by the deadline in force), resolvedOnTimeOriginal, rated, satisfied (满意 or 基本满意) and the rates resolutionRate = "
                    + "resolved/collected, closureRate = closed/collected, onTimeRate = resolvedOnTime/resolved, onTimeRateOriginal, "
                    + "satisfactionRate = satisfied/rated: 0–1, 4 decimals, null when the denominator is 0. sort ranks the items by a count "
                    + "or rate: -onTimeRate highest first, onTimeRate lowest first; ties by more collected.")
    public MetricsReport metrics(@PathParam("code") String code, @QueryParam("by") String by, @QueryParam("from") String from,
                                 @QueryParam("to") String to, @QueryParam("regionCode") String regionCode,
                                 @QueryParam("unitCode") String unitCode, @QueryParam("sort") String sort) {
        return ledger.metrics(code, by, QueryDates.parse("from", from), QueryDates.parse("to", to), regionCode, unitCode, sort, ProblemMapper.locale(headers));
    }

    @GET
    @Path("export")
    @Produces(Spreadsheets.MEDIA_TYPE)
    @Operation(operationId = "exportMetrics", summary = "The ledger's metrics as an Excel sheet",
            description = "The rows GET …/metrics answers for the same by, from, to, regionCode, unitCode and sort, then the total row: "
                    + "the group's name and key, the counts as numbers (collected, resolved, closed, resolved on time, on time by the "
                    + "original deadline, rated, satisfied) and the five rates as percentages with one decimal rounded from the exact "
                    + "ratio (98.9%; — where the denominator is 0); a second sheet 说明 defines them.")
    @APIResponse(responseCode = "200", description = "问题办理情况统计.xlsx",
            content = @Content(mediaType = Spreadsheets.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@PathParam("code") String code, @QueryParam("by") String by, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("regionCode") String regionCode,
                           @QueryParam("unitCode") String unitCode, @QueryParam("sort") String sort) {
        return Spreadsheets.download(sheets.exportMetrics(code, by, QueryDates.parse("from", from), QueryDates.parse("to", to), regionCode, unitCode,
                sort, ProblemMapper.locale(headers)), "问题办理情况统计.xlsx", "ledger-metrics.xlsx");
    }
}
