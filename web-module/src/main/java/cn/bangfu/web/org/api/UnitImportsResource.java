package cn.bangfu.web.org.api;

import cn.bangfu.org.boundary.UnitSpreadsheets;
import cn.bangfu.platform.entity.ImportResult;
import cn.bangfu.web.platform.api.Problem;
import cn.bangfu.web.platform.api.Spreadsheets;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

/** Units from Excel: the template to fill in, and the import of a filled-in file. */
@Path("v1/imports/units")
@Tag(name = "imports", description = "Excel 批量导入 spreadsheet imports")
public class UnitImportsResource {

    @Inject
    UnitSpreadsheets sheets;

    @POST
    @Consumes({Spreadsheets.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importUnits", summary = "Import units from Excel",
            description = "The body is an .xlsx file filled in from the template. All or nothing: if any cell is wrong nothing is "
                    + "saved and the answer is 422 with every bad cell's row, column letter and reason. New codes create units, "
                    + "codes of units in your area update them; importing the same file again changes nothing.")
    @RequestBody(required = true, content = {
        @Content(mediaType = Spreadsheets.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Imported: how many units were created, updated and left unchanged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "422", description = "Rejected, nothing saved: errors[] with field, message, row and column",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public ImportResult importUnits(InputStream body) throws IOException {
        return sheets.importUnits(Spreadsheets.upload(body));
    }

    @GET
    @Path("template")
    @Produces(Spreadsheets.MEDIA_TYPE)
    @Operation(operationId = "getUnitTemplate", summary = "The unit import template",
            description = "An .xlsx file: the header row, a drop-down for the unit type, and a second sheet 说明 explaining each column.")
    @APIResponse(responseCode = "200", description = "单位导入模板.xlsx",
            content = @Content(mediaType = Spreadsheets.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        return Spreadsheets.download(sheets.template(), "单位导入模板.xlsx", "unit-import-template.xlsx");
    }
}
