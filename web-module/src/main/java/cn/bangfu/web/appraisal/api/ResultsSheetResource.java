package cn.bangfu.web.appraisal.api;

import cn.bangfu.appraisal.boundary.AppraisalDocuments;
import cn.bangfu.web.platform.api.Spreadsheets;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The results of a scheme as a spreadsheet (考评结果汇总表); a root resource of its own for the reason {@link ResultsPdfResource} gives. */
@Path("v1/campaigns/{code}/results.xlsx")
@Tag(name = "appraisal", description = "考评 year-end appraisal: scoring schemes")
public class ResultsSheetResource {

    @Inject
    AppraisalDocuments documents;

    @GET
    @Produces(Spreadsheets.MEDIA_TYPE)
    @Operation(operationId = "getResultsSheet", summary = "The results of a scheme as xlsx (考评结果汇总表)",
            description = "?schemeId= (required). One sheet: the title naming the scheme (\"（初步结果）\" until every form is finalised), "
                    + "序号, 单位类型, 排名, 单位代码, 单位名称, 得分, 等次, 一票否决, 因名额调整, 考评表状态; then the quota use per unit type "
                    + "and grade (名额上限 \"不限\" for no limit) and the rules in words. What GET …/results shows the caller.")
    public Response sheet(@PathParam("code") String code, @QueryParam("schemeId") Long schemeId) {
        return Spreadsheets.download(documents.resultsSheet(code, schemeId), "考评结果汇总表.xlsx", "results-" + schemeId + ".xlsx");
    }
}
