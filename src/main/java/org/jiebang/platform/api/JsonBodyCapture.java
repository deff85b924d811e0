package org.jiebang.platform.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * Keeps the JSON body of a request (up to {@link #LIMIT} bytes) so that, when it cannot be bound,
 * {@link ErrorMappers} can name the field whose value has the wrong type: JSON-B does not say which
 * property held an unknown enum constant.
 */
@Provider
public class JsonBodyCapture implements ReaderInterceptor {

    static final String ATTRIBUTE = "jiebang.jsonBody";
    static final int LIMIT = 1 << 20;

    @Context
    HttpServletRequest request;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        if (MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            InputStream in = context.getInputStream();
            byte[] body = in.readNBytes(LIMIT + 1);
            if (body.length > LIMIT) {
                throw new WebApplicationException(413);
            }
            request.setAttribute(ATTRIBUTE, body);
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }
}
