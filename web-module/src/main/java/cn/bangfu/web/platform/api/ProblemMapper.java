package cn.bangfu.web.platform.api;

import cn.bangfu.platform.entity.Messages;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.ForbiddenException;
import cn.bangfu.platform.entity.ImportRejectedException;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.StateRefusal;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns whatever a call throws into a problem document with the right status. The container may
 * wrap the cause (EJB, JSON-B), so the cause chain is searched for the first exception we know.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpHeaders headers;

    /** The language of the caller (Accept-Language): English if he asks for it, else Chinese. */
    public static Locale locale(HttpHeaders headers) {
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return Messages.supported(accepted.isEmpty() || "*".equals(accepted.get(0).getLanguage()) ? null : accepted.get(0));
    }

    @Override
    public Response toResponse(RuntimeException e) {
        Locale l = locale(headers);
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            Response known = known(cause, l);
            if (known != null) {
                return known;
            }
        }
        LOG.log(Level.SEVERE, "Unexpected error in the API", e);
        return Problem.response(500, l, "problem.server.title", "problem.server.detail", List.of());
    }

    private static Response known(Throwable e, Locale l) {
        if (e instanceof ImportRejectedException r) {
            return Problem.response(422, l, "problem.import.title", "problem.import.detail", r.errors(), r.errors().size());
        }
        if (e instanceof ConflictException c && e instanceof StateRefusal r) {
            return Problem.refused(l, r, c.errors());
        }
        if (e instanceof ConflictException c) {
            return Problem.response(409, l, "problem.conflict.title", "problem.conflict.detail", c.errors());
        }
        if (e instanceof InvalidInputException i) {
            return Problem.response(400, l, "problem.invalid.title", "problem.invalid.detail", i.errors(), i.errors().size());
        }
        if (ConflictException.lostUpdate(e)) {
            return Problem.response(409, l, "problem.conflict.title", "problem.conflict.detail", List.of(FieldError.of("version", "record.stale")));
        }
        if (e instanceof NotFoundException) {
            return simple(404, "problem.notFound", l);
        }
        if (e instanceof ForbiddenException || e instanceof EJBAccessException || e instanceof AccessLocalException) {
            return simple(403, "problem.forbidden", l);
        }
        if (e instanceof JsonbException || e instanceof ProcessingException) {
            String property = property(e);
            List<FieldError> errors = property == null ? List.of() : List.of(FieldError.of(property, "json.field.type"));
            return Problem.response(400, l, "problem.invalid.title", "problem.json.detail", errors, errors.size());
        }
        if (e instanceof WebApplicationException w && !(w.getCause() instanceof ProcessingException)) {
            // JAX-RS's own refusals: unknown path, wrong method, unsupported media type.
            int status = w.getResponse().getStatus();
            String key = switch (status) {
                case 401 -> "problem.unauthorized";
                case 403 -> "problem.forbidden";
                case 404 -> "problem.notFound";
                case 405 -> "problem.method";
                case 415 -> "problem.mediaType";
                default -> status < 500 ? "problem.invalid" : "problem.server";
            };
            return Problem.response(status, l, key + ".title", key + ".detail", List.of(), 0);
        }
        return null;
    }

    /** The JSON property JSON-B could not read, as its messages name it ("… property 'version' …"), or null. */
    static String property(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            Matcher m = PROPERTY.matcher(String.valueOf(cause.getMessage()));
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z_][A-Za-z0-9_]*)'?");

    private static Response simple(int status, String key, Locale l) {
        return Problem.response(status, l, key + ".title", key + ".detail", List.of());
    }
}
