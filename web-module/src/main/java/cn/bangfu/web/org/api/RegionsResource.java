package cn.bangfu.web.org.api;

import cn.bangfu.org.boundary.RegionDirectory;
import cn.bangfu.org.entity.RegionData;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrative regions (行政区划) in the caller's scope. */
@Path("v1/regions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "regions", description = "行政区划 administrative regions (GB/T 2260)")
public class RegionsResource {

    @Inject
    RegionDirectory regions;

    @GET
    @Operation(operationId = "listRegions", summary = "List regions", description = "The caller's region and everything below it, parents first; q matches code or name.")
    public Listing<RegionData> list(@BeanParam Paging paging) {
        return Listing.of(regions.find(paging.request()));
    }

    @POST
    @Operation(operationId = "createRegion", summary = "Create a region", description = "code (6 or 9 digits), name and parentCode are required.")
    @Answers(value = 201, body = RegionData.class)
    public Response create(RegionData data, @Context UriInfo uri) {
        if (data == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        RegionData created = regions.create(data);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }
}
