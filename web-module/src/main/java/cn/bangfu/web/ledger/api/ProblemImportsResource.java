package cn.bangfu.web.ledger.api;

import cn.bangfu.ledger.boundary.ProblemSpreadsheets;
import cn.bangfu.platform.entity.ImportResult;
import cn.bangfu.web.platform.api.Problem;
import cn.bangfu.web.platform.api.Spreadsheets;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A campaign's problem ledger (问题台账) from Excel: the template to fill in, and the import of the office's existing ledger. */
@Path("v1/campaigns/{code}/imports/problems")
@Tag(name = "imports", description = "Excel 批量导入 spreadsheet imports")
public class ProblemImportsResource {

    @Inject
    ProblemSpreadsheets sheets;

    @POST
    @Consumes({Spreadsheets.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importProblems", summary = "Import the office's problem ledger from Excel",
            description = "The body is an .xlsx file filled in from the template (or a ledger export): 序号, 企业名称, 统一社会信用代码, "
                    + "问题描述, 问题类别, 提出日期, 责任单位, 办理状态 (未交办, 已交办, 办理中, 已办结, 已销号), 办结日期, 办理结果. The office of a "
                    + "region the campaign lies in imports. All or nothing: if any cell is wrong nothing is saved and the answer is 422 "
                    + "with every bad cell's row, column letter and reason. Enterprises by credit code (the name must be the registered "
                    + "one; a key project by name without a code), units by code or name, categories by code or name, all inside the "
                    + "campaign's region; days as an Excel date, 2026-03-01, 2026/3/1 or 2026年3月1日. Each new row is a problem "
                    + "registered and routed on its 提出日期 and resolved (and closed) on its 办结日期, as imported events; its title is "
                    + "the description's first sentence. A row of the same enterprise, day raised and description as a problem of the "
                    + "campaign is left unchanged: the same file, or an export, imported again changes nothing.")
    @RequestBody(required = true, content = {
        @Content(mediaType = Spreadsheets.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Imported: how many problems were created and how many rows the campaign had already",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "422", description = "Rejected, nothing saved: errors[] with field, message, row and column",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public ImportResult importProblems(@PathParam("code") String code, InputStream body) throws IOException {
        return sheets.importProblems(code, Spreadsheets.upload(body));
    }

    @GET
    @Path("template")
    @Produces(Spreadsheets.MEDIA_TYPE)
    @Operation(operationId = "getProblemTemplate", summary = "The problem ledger import template",
            description = "An .xlsx file: the header row of the ledger, a drop-down for 办理状态, and a second sheet 说明 explaining each "
                    + "column and listing the states and the problem categories of the campaign's region.")
    @APIResponse(responseCode = "200", description = "问题台账导入模板.xlsx",
            content = @Content(mediaType = Spreadsheets.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template(@PathParam("code") String code) {
        return Spreadsheets.download(sheets.template(code), "问题台账导入模板.xlsx", "problem-import-template.xlsx");
    }
}
