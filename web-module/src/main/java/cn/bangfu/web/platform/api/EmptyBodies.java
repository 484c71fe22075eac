package cn.bangfu.web.platform.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;

/**
 * A JSON request with no body at all is read as {@code {}}, so the answer names every required
 * field that is missing, as it does for an empty object, instead of a 400 without a single error.
 */
@Provider
public class EmptyBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        MediaType type = context.getMediaType();
        if (type != null && MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
            PushbackInputStream body = new PushbackInputStream(context.getInputStream(), 1);
            int first = body.read();
            if (first == -1) {
                context.setInputStream(new ByteArrayInputStream("{}".getBytes(StandardCharsets.US_ASCII)));
            } else {
                body.unread(first);
                context.setInputStream(body);
            }
        }
        return context.proceed();
    }
}
