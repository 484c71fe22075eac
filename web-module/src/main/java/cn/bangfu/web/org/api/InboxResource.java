package cn.bangfu.web.org.api;

import cn.bangfu.org.boundary.Inbox;
import cn.bangfu.org.entity.NoticeData;
import cn.bangfu.web.platform.api.Listing;
import cn.bangfu.web.platform.api.Paging;
import cn.bangfu.web.platform.api.ProblemMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's inbox (his unit's, his office's, his cadre's, his region's evaluators'), its notices in the caller's language. */
@Path("v1/me/inbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "inbox", description = "单位收件箱 the unit's inbox")
public class InboxResource {

    @Inject
    Inbox inbox;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listMyNotices", summary = "My inbox's notices", description = "The notices of my unit; for an office account those of my region's campaign office (e.g. plans waiting for approval), for a contact leader those to his cadre; and besides, for an evaluator, those of my region's evaluation officers (forms self-assessed, appeals). Newest first; subject and body in the caller's language (Accept-Language: Chinese unless English is asked for); readAt is left out while unread; kind names what the notice says (e.g. appraisal.selfAssessed) and about the record to open from it, {type, id} with type APPRAISAL (GET /api/v1/appraisals/{id}), RECTIFICATION, CIRCULAR or PROBLEM, left out when it is about none (an inspection visit, a daily digest, an assignment). Empty for other users.")
    public Listing<NoticeData> list(@BeanParam Paging paging) {
        return Listing.of(inbox.find(paging.request(), ProblemMapper.locale(headers)));
    }

    @GET
    @Path("unread")
    @Operation(operationId = "countMyUnreadNotices", summary = "How many notices are unread", description = "{\"unread\": n}")
    public Unread unread() {
        return new Unread(inbox.unread());
    }

    /** How many of the caller's notices are unread. */
    public record Unread(long unread) {
    }

    @POST
    @Path("{id: [0-9]+}/read")
    @Operation(operationId = "markMyNoticeRead", summary = "Mark a notice read", description = "No body needed. A notice of another inbox is 404.")
    public NoticeData read(@PathParam("id") long id) {
        return inbox.markRead(id, ProblemMapper.locale(headers));
    }
}
