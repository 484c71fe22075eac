package cn.bangfu.web.ledger.api;

import cn.bangfu.ledger.boundary.CommonProblems;
import cn.bangfu.ledger.entity.CommonProblemData;
import cn.bangfu.ledger.entity.CommonProblemDraft;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.web.platform.api.Answers;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Common problems (共性问题) of one campaign. */
@Path("v1/campaigns/{code}/common-problems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "problems", description = "问题台账 the problem ledger")
public class CommonProblemsResource {

    @Inject
    CommonProblems common;

    @Context
    HttpHeaders headers;

    /** The answer of a common problem: the policy answer and the version read. */
    public record Answer(String policyAnswer, Long version) {
    }

    @GET
    @Operation(operationId = "listCommonProblems", summary = "Common problems", description = "Newest first, each with its members. The office only.")
    public List<CommonProblemData> list(@PathParam("code") String code) {
        return common.list(code, ProblemMapper.locale(headers));
    }

    @POST
    @Operation(operationId = "mergeCommonProblem", summary = "Merge problems into a common problem",
            description = "{\"title\", \"category\", \"problems\": [ids]}: open problems of the campaign you see, of at least two enterprises.")
    @Answers(value = 201, body = CommonProblemData.class, location = false)
    public Response merge(@PathParam("code") String code, CommonProblemDraft draft) {
        return Response.status(201).entity(common.merge(code, draft, ProblemMapper.locale(headers))).build();
    }

    @POST
    @Path("{id: [0-9]+}/resolve")
    @Operation(operationId = "resolveCommonProblem", summary = "Answer a common problem",
            description = "{\"policyAnswer\", \"version\"}: every open member is resolved with the answer; each enterprise still rates its own.")
    public CommonProblemData resolve(@PathParam("code") String code, @PathParam("id") long id, Answer answer) {
        if (answer == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        return common.resolve(code, id, answer.policyAnswer(), answer.version(), ProblemMapper.locale(headers));
    }
}
