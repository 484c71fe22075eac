package cn.bangfu.web.org.api;

import cn.bangfu.org.boundary.UnitDirectory;
import cn.bangfu.org.entity.UnitFilter;
import cn.bangfu.org.entity.UnitData;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.web.platform.api.Answers;
import cn.bangfu.web.platform.api.Listing;
import cn.bangfu.web.platform.api.Paging;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** Units (责任单位) in the caller's scope. */
@Path("v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "units", description = "责任单位 responsible units")
public class UnitsResource {

    @Inject
    UnitDirectory units;

    @GET
    @Operation(operationId = "listUnits", summary = "List units", description = "Filter by q (code or name), type and regionCode (that region and below); sort by code, name, type, regionCode.")
    public Listing<UnitData> list(@BeanParam Paging paging, @QueryParam("type") String type, @QueryParam("regionCode") String regionCode) {
        return Listing.of(units.find(new UnitFilter(type(type), regionPath(regionCode)), paging.request()));
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getUnit", summary = "One unit")
    public UnitData get(@PathParam("code") String code) {
        return units.get(code);
    }

    @POST
    @Operation(operationId = "createUnit", summary = "Create a unit", description = "code, name, type and regionCode are required; headName, contactName, contactPhone and "
            + "contactEmail (where the unit's daily reminders are mailed, when the server has SMTP) are optional.")
    @Answers(value = 201, body = UnitData.class)
    public Response create(UnitData data, @Context UriInfo uri) {
        UnitData created = units.create(require(data));
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PUT
    @Path("{code}")
    @Operation(operationId = "updateUnit", summary = "Change a unit", description = "Send every field and the version you read (a field left out is cleared, contactEmail too); a stale "
            + "version answers 409.")
    public UnitData update(@PathParam("code") String code, UnitData data) {
        return units.update(code, require(data));
    }

    @DELETE
    @Path("{code}")
    @Operation(operationId = "deleteUnit", summary = "Delete a unit", description = "Refused with 409 while the unit is in use.")
    @Answers(204)
    public Response delete(@PathParam("code") String code) {
        units.delete(code);
        return Response.noContent().build();
    }

    private static UnitData require(UnitData data) {
        if (data == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        return data;
    }

    private static cn.bangfu.org.entity.UnitType type(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        cn.bangfu.org.entity.UnitType t = UnitData.unitType(type);
        if (t == null) {
            throw new InvalidInputException(FieldError.of("type", "unit.type.unknown", type));
        }
        return t;
    }

    private String regionPath(String regionCode) {
        return regionCode == null || regionCode.isBlank() ? null : units.regionPath(regionCode.strip());
    }
}
