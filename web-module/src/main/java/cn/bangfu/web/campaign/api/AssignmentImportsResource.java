package cn.bangfu.web.campaign.api;

import cn.bangfu.campaign.boundary.AssignmentSpreadsheets;
import cn.bangfu.campaign.entity.AssignmentImportResult;
import cn.bangfu.platform.entity.Messages;
import cn.bangfu.web.platform.api.Attachment;
import cn.bangfu.web.platform.api.Problem;
import cn.bangfu.web.platform.api.Spreadsheets;
import cn.bangfu.web.platform.api.ProblemMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A campaign's 对口联系企业安排表 from Excel: the template to fill in, and the import of a filled-in file. */
@Path("v1/campaigns/{code}/imports/assignments")
@Tag(name = "imports", description = "Excel 批量导入 spreadsheet imports")
public class AssignmentImportsResource {

    @Inject
    AssignmentSpreadsheets sheets;

    @Context
    HttpHeaders headers;

    /** What an import answers: the counts and every warning with its cell, in the caller's language. */
    public record Imported(int created, int reassigned, int unchanged, int undecided, List<Problem.Error> warnings) {
    }

    @POST
    @Consumes({AssignmentSpreadsheets.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importAssignments", summary = "Import the campaign's assignments from Excel",
            description = "The body is an .xlsx file filled in from the campaign's template (or an edited export). All or nothing: if any "
                    + "cell is wrong nothing is saved and the answer is 422 with every bad cell's row, column letter and reason. Targets "
                    + "are matched by credit code (key projects by name), leaders by name among the county leaders of the campaign's "
                    + "region, units by code or exact name. New targets are assigned, changed ones reassigned (history kept) from the row's "
                    + "生效日期 (an Excel date, 2026-03-01, 2026/3/1 or 2026年3月1日; empty: today), equal rows (whatever their date) "
                    + "and rows without leader and units change nothing: the same file twice changes nothing. Warnings (a unit above "
                    + "the per-unit limit) come back with row and column.")
    @RequestBody(required = true, content = {
        @Content(mediaType = AssignmentSpreadsheets.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Imported: how many targets were assigned, reassigned, unchanged, undecided",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Imported")))
    @APIResponse(responseCode = "422", description = "Rejected, nothing saved: errors[] with field, message, row and column",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Imported importAssignments(@PathParam("code") String code, InputStream body) throws IOException {
        AssignmentImportResult r = sheets.importAssignments(code, Spreadsheets.upload(body));
        Locale l = ProblemMapper.locale(headers);
        return new Imported(r.created(), r.reassigned(), r.unchanged(), r.undecided(),
                r.warnings().stream().map(w -> new Problem.Error(w.field(), Messages.text(l, w), w.row(), w.column())).toList());
    }

    @GET
    @Path("template")
    @Produces(AssignmentSpreadsheets.MEDIA_TYPE)
    @Operation(operationId = "getAssignmentTemplate", summary = "The campaign's assignment template",
            description = "An .xlsx file: 序号, 企业名称, 统一社会信用代码, 联系县领导, 牵头单位, 配合单位1..N (N: the campaign's co-units), "
                    + "生效日期 (optional), and a second sheet 说明.")
    @APIResponse(responseCode = "200", description = "对口联系企业安排表.xlsx",
            content = @Content(mediaType = AssignmentSpreadsheets.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template(@PathParam("code") String code) {
        return Response.ok(sheets.template(code), AssignmentSpreadsheets.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.contentDisposition("对口联系企业安排表.xlsx", "assignment-template.xlsx"))
                .build();
    }
}
