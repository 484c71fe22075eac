package cn.bangfu.web.platform.api;

import cn.bangfu.platform.entity.Messages;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.StateRefusal;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem document: status, title and detail, plus every field error with its message
 * in the caller's language (and row and column for spreadsheet imports); a state machine's refusal adds
 * the record's {@code state} and the actions {@code allowed} now (absent otherwise).
 */
public record Problem(String type, int status, String title, String detail, List<Error> errors, String state, List<String> allowed) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public record Error(String field, String message, Integer row, String column) {
    }

    public static Response response(int status, Locale locale, String titleKey, String detailKey, List<FieldError> errors, Object... args) {
        List<Error> list = errors.stream()
                .map(e -> new Error(e.field(), Messages.text(locale, e), e.row(), e.column()))
                .toList();
        Problem problem = new Problem("about:blank", status, Messages.get(locale, titleKey), Messages.get(locale, detailKey, args), list, null, null);
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }

    /** A 409 of a state machine: the record's current state and the actions allowed now, beside the errors. */
    public static Response refused(Locale locale, StateRefusal refusal, List<FieldError> errors) {
        List<Error> list = errors.stream().map(e -> new Error(e.field(), Messages.text(locale, e), e.row(), e.column())).toList();
        Problem problem = new Problem("about:blank", 409, Messages.get(locale, "problem.conflict.title"),
                Messages.get(locale, "problem.conflict.detail"), list, refusal.state(), refusal.allowed());
        return Response.status(409).type(MEDIA_TYPE).entity(problem).build();
    }
}
