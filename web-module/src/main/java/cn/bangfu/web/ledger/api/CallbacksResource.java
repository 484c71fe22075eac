package cn.bangfu.web.ledger.api;

import cn.bangfu.ledger.boundary.Callbacks;
import cn.bangfu.ledger.entity.CallbackData;
import cn.bangfu.ledger.entity.CallbackInput;
import cn.bangfu.ledger.entity.CallbackSampleData;
import cn.bangfu.web.platform.api.Answers;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Callbacks (回访) of one campaign's resolved problems. */
@Path("v1/campaigns/{code}/callbacks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "problems", description = "问题台账 the problem ledger")
public class CallbacksResource {

    @Inject
    Callbacks callbacks;

    @GET
    @Operation(operationId = "listCallbackSamples", summary = "Callback samples",
            description = "The office's draws, newest first: percentage, seed, the period of resolution, how many problems they were drawn "
                    + "from, and each callback: the problem, its answer and rating, the result recorded (SOLVED, UNSOLVED, UNREACHABLE; "
                    + "absent until called) and its flags: SATISFIED_BUT_UNSOLVED, THIN_ANSWER, QUICK_RESOLVE.")
    public List<CallbackSampleData> list(@PathParam("code") String code) {
        return callbacks.samples(code);
    }

    @POST
    @Operation(operationId = "drawCallbackSample", summary = "Draw a callback sample",
            description = "{\"percentage\" (1–100), \"seed\" (optional: the same seed over the same problems draws the same sample), "
                    + "\"resolvedFrom\", \"resolvedTo\" (optional)}: a random share, at least one, of the campaign's resolved and closed "
                    + "problems in your area. The office only.")
    @Answers(value = 201, body = CallbackSampleData.class, location = false)
    public Response draw(@PathParam("code") String code, CallbackSampleData input) {
        return Response.status(201).entity(callbacks.draw(code, input)).build();
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Operation(operationId = "recordCallback", summary = "Record a callback's result",
            description = "{\"result\": SOLVED | UNSOLVED | UNREACHABLE, \"note\", \"version\"}. Answers the callback with its flags.")
    public CallbackData record(@PathParam("code") String code, @PathParam("id") long id, CallbackInput input) {
        return callbacks.record(code, id, input);
    }
}
