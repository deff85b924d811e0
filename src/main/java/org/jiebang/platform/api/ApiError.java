package org.jiebang.platform.api;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jiebang.platform.error.InvalidInput.FieldError;

/** The error body of SPEC §10: {@code {"error": CODE, "message": TEXT}}, with the fields at fault for bad input. */
@JsonbPropertyOrder({ "error", "message", "field", "fields" })
public record ApiError(String error, String message, String field, List<FieldError> fields) {

    public static Response response(int status, String code, String message, String field, List<FieldError> fields) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(code, message, field, fields)).build();
    }

    public static Response response(int status, String code, String message) {
        return response(status, code, message, null, null);
    }
}
