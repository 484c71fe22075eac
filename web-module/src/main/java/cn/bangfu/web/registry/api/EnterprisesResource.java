package cn.bangfu.web.registry.api;

import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.registry.boundary.EnterpriseRegistry;
import cn.bangfu.registry.entity.EnterpriseFilter;
import cn.bangfu.registry.entity.EnterpriseData;
import cn.bangfu.registry.entity.Industry;
import cn.bangfu.registry.entity.ScaleFlag;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Enterprises (企业) in the caller's scope, named by their unified social credit code. */
@Path("v1/enterprises")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "enterprises", description = "企业 enterprises")
public class EnterprisesResource {

    @Inject
    EnterpriseRegistry enterprises;

    @GET
    @Operation(operationId = "listEnterprises", summary = "List enterprises",
            description = "q matches name or credit code. Filters: regionCode (that region and below), industry (A–T), scaleFlag, "
                    + "fourAbove (true: 四上 enterprises only, false: the others), park (contains), tag (exact). "
                    + "Sort by name, creditCode, regionCode, industry, park, legalRepresentative, contactName.")
    public Listing<EnterpriseData> list(@BeanParam Paging paging, @QueryParam("regionCode") String regionCode,
                                        @QueryParam("industry") String industry,
                                        @Parameter(description = "ABOVE_SCALE_INDUSTRY, ABOVE_QUOTA_TRADE, QUALIFIED_CONSTRUCTION or ABOVE_SCALE_SERVICES")
                                        @QueryParam("scaleFlag") String scaleFlag,
                                        @QueryParam("fourAbove") Boolean fourAbove, @QueryParam("park") String park,
                                        @QueryParam("tag") String tag) {
        return Listing.of(enterprises.find(new EnterpriseFilter(regionCode, industry(industry), scaleFlag(scaleFlag), fourAbove,
                park, tag), paging.request()));
    }

    @GET
    @Path("{creditCode}")
    @Operation(operationId = "getEnterprise", summary = "One enterprise", description = "Lower case and full-width characters in the code are accepted.")
    public EnterpriseData get(@PathParam("creditCode") String creditCode) {
        return enterprises.get(creditCode);
    }

    @POST
    @Operation(operationId = "createEnterprise", summary = "Register an enterprise",
            description = "creditCode (18 characters, GB 32100 check character; spaces, full-width characters and lower case are "
                    + "normalised), name, regionCode and industry (GB/T 4754 section letter A–T) are required. scaleFlags must fit the "
                    + "industry. 409 if the credit code is already registered.")
    @Answers(value = 201, body = EnterpriseData.class)
    public Response create(EnterpriseData data, @Context UriInfo uri) {
        EnterpriseData created = enterprises.create(require(data));
        return Response.created(uri.getAbsolutePathBuilder().path(created.creditCode()).build()).entity(created).build();
    }

    @PUT
    @Path("{creditCode}")
    @Operation(operationId = "updateEnterprise", summary = "Change an enterprise",
            description = "Everything but the credit code. Send the version you read; a stale version answers 409.")
    public EnterpriseData update(@PathParam("creditCode") String creditCode, EnterpriseData data) {
        return enterprises.update(creditCode, require(data));
    }

    private static EnterpriseData require(EnterpriseData data) {
        if (data == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        return data;
    }

    static Industry industry(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Industry i = Industry.of(value);
        if (i == null) {
            throw new InvalidInputException(FieldError.of("industry", "industry.unknown", value));
        }
        return i;
    }

    static ScaleFlag scaleFlag(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        ScaleFlag f = ScaleFlag.of(value);
        if (f == null) {
            throw new InvalidInputException(FieldError.of("scaleFlag", "scaleFlag.unknown", value));
        }
        return f;
    }
}
