package cn.bangfu.web.platform.api;

import cn.bangfu.platform.entity.FieldError;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;

/**
 * Cross-site request forgery guard for the API. Browsers may replay cached Basic credentials, but
 * a page on another site can only send "simple" requests without asking first: form encodings and
 * plain text. The API therefore refuses state-changing requests with those content types, so every
 * write needs a CORS preflight, which Bangfu never grants.
 */
@Provider
@PreMatching
public class CsrfGuard implements ContainerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> SIMPLE_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        MediaType type = request.getMediaType();
        String essence = type == null ? null : type.getType() + "/" + type.getSubtype();
        if (essence != null && SIMPLE_TYPES.contains(essence.toLowerCase())) {
            request.abortWith(Problem.response(415, ProblemMapper.locale(headers), "problem.mediaType.title", "problem.csrf.detail",
                    List.<FieldError>of()));
        }
    }
}
