package cn.bangfu.web.ledger.api;

import cn.bangfu.ledger.boundary.Categories;
import cn.bangfu.ledger.entity.ProblemCategoryData;
import cn.bangfu.web.platform.api.Answers;
import cn.bangfu.web.platform.api.ProblemMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Problem categories. */
@Path("v1/problem-categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "problems", description = "问题台账 the problem ledger")
public class CategoriesResource {

    @Inject
    Categories categories;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listProblemCategories", summary = "Problem categories",
            description = "The defaults (融资贷款, 降本增效, 用工引才, 政策落实, 要素保障, 审批服务, 市场开拓, 其他) and your county's own: code, name "
                    + "in your language, regionCode (null for a default).")
    public List<ProblemCategoryData> list() {
        return categories.list(ProblemMapper.locale(headers));
    }

    @POST
    @Operation(operationId = "addProblemCategory", summary = "Add a category of your county",
            description = "The office: {\"code\", \"name\"}; 409 when the code or the name is taken.")
    @Answers(value = 201, body = ProblemCategoryData.class, location = false)
    public Response add(ProblemCategoryData data) {
        return Response.status(201).entity(categories.add(data, ProblemMapper.locale(headers))).build();
    }
}
