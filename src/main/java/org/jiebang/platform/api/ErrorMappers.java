package org.jiebang.platform.api;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.jiebang.platform.error.Causes;
import org.jiebang.platform.error.DomainException;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.error.InvalidInput.FieldError;

/**
 * Turns every exception of an API call into the JSON error of SPEC §10 with a fitting status. No
 * stack trace ever reaches a client: what is not a known refusal is logged and answered 500.
 */
@Provider
public class ErrorMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());
    private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_]+)'");
    private static final Pattern ENUM = Pattern.compile("No enum constant [A-Za-z0-9_.$]+\\.([^.]*)$");

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable thrown) {
        DomainException refusal = Causes.find(thrown, DomainException.class);
        if (refusal instanceof InvalidInput invalid) {
            return ApiError.response(400, invalid.code(), invalid.getMessage(), invalid.field(), invalid.errors());
        }
        if (refusal != null) {
            return ApiError.response(refusal.status(), refusal.code(), refusal.getMessage(), refusal.field(), null);
        }
        if (Causes.find(thrown, OptimisticLockException.class) != null) {
            return ApiError.response(409, "CHANGED_BY_SOMEONE_ELSE",
                    "Someone else changed this in the meantime: reload it and try again.");
        }
        if (Causes.find(thrown, SQLIntegrityConstraintViolationException.class) != null) {
            return ApiError.response(409, "CONFLICT", "This conflicts with a record that exists already.");
        }
        JsonbException json = Causes.find(thrown, JsonbException.class);
        JsonParsingException parsing = Causes.find(thrown, JsonParsingException.class);
        if (json != null || parsing != null || thrown instanceof ProcessingException) {
            return badJson(thrown);
        }
        String parameter = badParameter(thrown);
        if (parameter != null) {
            String rule = "the value has the wrong type or is not one of the allowed values";
            return ApiError.response(400, "INVALID_INPUT", parameter + ": " + rule, parameter,
                    List.of(new FieldError(parameter, rule)));
        }
        if (thrown instanceof NotFoundException) {
            return ApiError.response(404, "NOT_FOUND", "No such resource.");
        }
        if (thrown instanceof NotAllowedException) {
            return ApiError.response(405, "METHOD_NOT_ALLOWED", "This resource does not take that method.");
        }
        if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return ApiError.response(status, Response.Status.fromStatusCode(status) == null ? "HTTP_" + status
                    : Response.Status.fromStatusCode(status).name(), "The request cannot be served: HTTP " + status + ".");
        }
        LOG.log(Level.SEVERE, "unexpected error in an API call", thrown);
        return ApiError.response(500, "INTERNAL_ERROR", "Something went wrong on our side; it has been logged.");
    }

    /** A body that is not JSON, or a value of the wrong type: 400 naming the field where it can. */
    private Response badJson(Throwable thrown) {
        String field = fieldOf(thrown);
        if (field == null) {
            return ApiError.response(400, "MALFORMED_JSON", "The body is not valid JSON of the expected shape.");
        }
        String rule = "the value has the wrong type or is not one of the allowed values";
        return ApiError.response(400, "INVALID_INPUT", field + ": " + rule, field, List.of(new FieldError(field, rule)));
    }

    /**
     * The path of the property JSON-B could not bind: from its messages ("Unable to deserialize
     * property 'organization' because of: ... property 'name' ..."), or, for an unknown enum
     * constant, by finding the value in the body.
     */
    private String fieldOf(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            List<String> path = new ArrayList<>();
            Matcher m = PROPERTY.matcher(message);
            while (m.find()) {
                path.add(m.group(1));
            }
            if (!path.isEmpty()) {
                return String.join(".", path);
            }
            Matcher e = ENUM.matcher(message);
            if (e.find() && request != null && request.getAttribute(JsonBodyCapture.ATTRIBUTE) instanceof byte[] body) {
                return JsonPaths.find(body, e.group(1));
            }
        }
        return null;
    }

    /**
     * The name of a query, path or header parameter that could not be converted (Jersey's
     * ParamException, read without depending on Jersey), or null.
     */
    static String badParameter(Throwable thrown) {
        if (thrown instanceof WebApplicationException && thrown.getClass().getName().contains("ParamException")) {
            try {
                return String.valueOf(thrown.getClass().getMethod("getParameterName").invoke(thrown));
            } catch (ReflectiveOperationException e) {
                return "parameter";
            }
        }
        return null;
    }

}
