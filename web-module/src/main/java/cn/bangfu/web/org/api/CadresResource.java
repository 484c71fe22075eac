package cn.bangfu.web.org.api;

import cn.bangfu.org.boundary.CadreDirectory;
import cn.bangfu.org.entity.CadreFilter;
import cn.bangfu.org.entity.CadreData;
import cn.bangfu.org.entity.CadreRank;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.web.platform.api.Answers;
import cn.bangfu.web.platform.api.Listing;
import cn.bangfu.web.platform.api.Paging;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

/** Cadres (干部) of the units in the caller's region: county leaders, unit heads, stationed cadres. */
@Path("v1/cadres")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "cadres", description = "干部 cadres and contact leaders")
public class CadresResource {

    @Inject
    CadreDirectory cadres;

    @GET
    @Operation(operationId = "listCadres", summary = "List cadres",
            description = "q matches name or position. Filters: unitCode, rank (COUNTY_LEADER, SECTION_LEVEL, STAFF), regionCode "
                    + "(units of that region and below). Sort by name, unitCode, position, rank.")
    public Listing<CadreData> list(@BeanParam Paging paging, @QueryParam("unitCode") String unitCode, @QueryParam("rank") String rank,
                                   @QueryParam("regionCode") String regionCode) {
        return Listing.of(cadres.find(new CadreFilter(unitCode, rank(rank), regionCode), paging.request()));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(operationId = "getCadre", summary = "One cadre")
    public CadreData get(@PathParam("id") long id) {
        return cadres.get(id);
    }

    @POST
    @Operation(operationId = "createCadre", summary = "Create a cadre", description = "name, unitCode and rank are required. Contact leaders have rank COUNTY_LEADER.")
    @Answers(value = 201, body = CadreData.class)
    public Response create(CadreData data, @Context UriInfo uri) {
        CadreData created = cadres.create(require(data));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Operation(operationId = "updateCadre", summary = "Change a cadre", description = "Send the version you read; a stale version answers 409.")
    public CadreData update(@PathParam("id") long id, CadreData data) {
        return cadres.update(id, require(data));
    }

    private static CadreData require(CadreData data) {
        if (data == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        return data;
    }

    private static CadreRank rank(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        CadreRank r = CadreRank.of(value);
        if (r == null) {
            throw new InvalidInputException(FieldError.of("rank", "cadre.rank.unknown", value));
        }
        return r;
    }
}
