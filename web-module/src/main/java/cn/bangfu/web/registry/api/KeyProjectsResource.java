package cn.bangfu.web.registry.api;

import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.registry.boundary.KeyProjectRegistry;
import cn.bangfu.registry.entity.KeyProjectFilter;
import cn.bangfu.registry.entity.CategoryData;
import cn.bangfu.registry.entity.KeyProjectData;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Key projects (重点项目) in the caller's scope. */
@Path("v1/key-projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "key-projects", description = "重点项目 key projects")
public class KeyProjectsResource {

    @Inject
    KeyProjectRegistry projects;

    @GET
    @Operation(operationId = "listKeyProjects", summary = "List key projects",
            description = "q matches name or owner. Filters: regionCode (that region and below), category. "
                    + "Sort by name, category, totalInvestment, regionCode, owner.")
    public Listing<KeyProjectData> list(@BeanParam Paging paging, @QueryParam("regionCode") String regionCode,
                                        @QueryParam("category") String category) {
        return Listing.of(projects.find(new KeyProjectFilter(regionCode, category), paging.request()));
    }

    @GET
    @Path("categories")
    @Operation(operationId = "listKeyProjectCategories", summary = "The key project categories", description = "Codes with Chinese and English names, in their order.")
    public List<CategoryData> categories() {
        return projects.categories();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(operationId = "getKeyProject", summary = "One key project")
    public KeyProjectData get(@PathParam("id") long id) {
        return projects.get(id);
    }

    @POST
    @Operation(operationId = "createKeyProject", summary = "Create a key project",
            description = "name, category (a code from /categories) and regionCode are required; totalInvestment is in 万元 (10,000 yuan).")
    @Answers(value = 201, body = KeyProjectData.class)
    public Response create(KeyProjectData data, @Context UriInfo uri) {
        KeyProjectData created = projects.create(require(data));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Operation(operationId = "updateKeyProject", summary = "Change a key project", description = "Send the version you read; a stale version answers 409.")
    public KeyProjectData update(@PathParam("id") long id, KeyProjectData data) {
        return projects.update(id, require(data));
    }

    private static KeyProjectData require(KeyProjectData data) {
        if (data == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        return data;
    }
}
