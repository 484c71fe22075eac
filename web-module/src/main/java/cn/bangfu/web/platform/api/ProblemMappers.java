package cn.bangfu.web.platform.api;

import cn.bangfu.platform.control.Messages;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.ForbiddenException;
import cn.bangfu.platform.entity.ImportRejectedException;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
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

/** Maps what boundaries throw to problem documents with the right status. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    static Locale locale(HttpHeaders headers) {
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return Messages.supported(accepted.isEmpty() || "*".equals(accepted.get(0).getLanguage()) ? null : accepted.get(0));
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(InvalidInputException e) {
            Locale l = locale(headers);
            if (e instanceof ImportRejectedException) {
                return Problem.response(422, l, "problem.import.title", "problem.import.detail", e.errors(), e.errors().size());
            }
            if (e instanceof ConflictException) {
                return Problem.response(409, l, "problem.conflict.title", "problem.conflict.detail", e.errors());
            }
            return Problem.response(400, l, "problem.invalid.title", "problem.invalid.detail", e.errors(), e.errors().size());
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(NotFoundException e) {
            return Problem.response(404, locale(headers), "problem.notFound.title", "problem.notFound.detail", List.of());
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<ForbiddenException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ForbiddenException e) {
            return Problem.response(403, locale(headers), "problem.forbidden.title", "problem.forbidden.detail", List.of());
        }
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(EJBAccessException e) {
            return Problem.response(403, locale(headers), "problem.forbidden.title", "problem.forbidden.detail", List.of());
        }
    }

    @Provider
    public static class Stale implements ExceptionMapper<OptimisticLockException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(OptimisticLockException e) {
            return Problem.response(409, locale(headers), "problem.conflict.title", "problem.conflict.detail",
                    List.of(cn.bangfu.platform.entity.FieldError.of("version", "record.stale")));
        }
    }

    /** A body that is not JSON, or JSON of the wrong shape (Jersey wraps JSON-B's complaint). */
    @Provider
    public static class BadJson implements ExceptionMapper<ProcessingException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ProcessingException e) {
            return Problem.response(400, locale(headers), "problem.invalid.title", "problem.json.detail", List.of());
        }
    }

    /** JAX-RS's own errors (unknown path, wrong method, unsupported media type) as problem documents too. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (e.getCause() instanceof JsonbException) {
                return Problem.response(400, locale(headers), "problem.invalid.title", "problem.json.detail", List.of());
            }
            String key = switch (status) {
                case 404 -> "problem.notFound";
                case 401 -> "problem.unauthorized";
                case 403 -> "problem.forbidden";
                case 405 -> "problem.method";
                case 415 -> "problem.mediaType";
                default -> status < 500 ? "problem.invalid" : "problem.server";
            };
            return Problem.response(status, locale(headers), key + ".title", key + ".detail", List.of(), 0);
        }
    }

    /** Anything else is our fault: logged, and reported without internals. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(RuntimeException e) {
            Throwable cause = e;
            while (cause != null) {
                if (cause instanceof OptimisticLockException ole) {
                    Stale s = new Stale();
                    s.headers = headers;
                    return s.toResponse(ole);
                }
                if (cause instanceof JsonbException) {
                    return Problem.response(400, locale(headers), "problem.invalid.title", "problem.json.detail", List.of());
                }
                if (cause instanceof EJBAccessException) {
                    return Problem.response(403, locale(headers), "problem.forbidden.title", "problem.forbidden.detail", List.of());
                }
                cause = cause.getCause();
            }
            LOG.log(Level.SEVERE, "Unexpected error in the API", e);
            return Problem.response(500, locale(headers), "problem.server.title", "problem.server.detail", List.of());
        }
    }
}
