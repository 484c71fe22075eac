package cn.bangfu.web.report.api;

import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.report.boundary.Briefings;
import cn.bangfu.web.platform.api.Attachment;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A campaign's monthly briefing (简报) as PDF. */
@Path("v1/campaigns/{code}/briefings")
@Tag(name = "report", description = "Generated documents: circulars, briefings")
public class BriefingsResource {

    static final String PDF = "application/pdf";

    @Inject
    Briefings briefings;

    @GET
    @Path("{month: [0-9]{4}-[0-9]{2}}.pdf")
    @Produces(PDF)
    @Operation(operationId = "getBriefingPdf", summary = "The monthly briefing (简报) as PDF",
            description = "Generated from the records when asked, in Chinese with the font embedded: 企业帮扶工作简报, 第 N 期 (N counts the "
                    + "months from the campaign's first), the editing office (the campaign region's 企业帮扶工作领导小组办公室) and the date, then "
                    + "一、总体情况 (problems collected, resolved, 化解率 and 销号率 of the month and since the start), 二、问题办理 (the "
                    + "responsible units' table), 三、走访与方案, 四、督查发现与整改, 五、工作靠前的单位和需要加力的单位 (with the rule "
                    + "applied). month: yyyy-MM, from the campaign's first month to the current one (400 otherwise, field month). For the "
                    + "office, contact leaders and evaluation officers (403 for others); the figures of the caller's region, a contact "
                    + "leader's of the targets he leads; 404 for a campaign the caller does not see.")
    @APIResponse(responseCode = "200", description = "企业帮扶工作简报-yyyy-MM.pdf",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("code") String code, @PathParam("month") String month) {
        YearMonth m = month(month);
        return Response.ok(briefings.pdf(code, m), PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.contentDisposition("企业帮扶工作简报-" + m + ".pdf", "briefing-" + m + ".pdf"))
                .build();
    }

    /** The path's month; its pattern lets "2026-13" through, which is a 400 naming the field, not JAX-RS' bare 404. */
    static YearMonth month(String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(FieldError.of("month", "briefing.month.format", value));
        }
    }
}
