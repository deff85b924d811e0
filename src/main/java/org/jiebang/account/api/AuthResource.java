package org.jiebang.account.api;

import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiebang.account.security.AuthService;
import org.jiebang.account.security.AuthService.Login;
import org.jiebang.platform.api.ApiError;
import org.jiebang.platform.error.InvalidInput;

/** {@code POST /api/v1/auth/token}: a bearer token for a user name and password (SPEC §10). */
@Path("auth")
@Tag(name = "accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    public record Credentials(String username, String password) {
    }

    public record TokenView(String token, Instant expiresAt) {
    }

    @Inject
    AuthService auth;

    @POST
    @Path("token")
    @Operation(summary = "Exchange a user name and password for a bearer token",
            description = "401 for wrong credentials; 429 after 5 failures in a row, for at least 60 s, "
                    + "with the same answer whether or not the user exists.")
    public Response token(Credentials credentials) {
        if (credentials == null || credentials.username() == null || credentials.username().isBlank()) {
            throw new InvalidInput("username", "a user name is required");
        }
        if (credentials.password() == null || credentials.password().isEmpty()) {
            throw new InvalidInput("password", "a password is required");
        }
        Login login = auth.login(credentials.username(), credentials.password());
        return switch (login.outcome()) {
            case OK -> {
                AuthService.IssuedToken token = auth.issueToken(login.username());
                yield Response.ok(new TokenView(token.token(), token.expiresAt())).build();
            }
            case LOCKED -> Response.fromResponse(ApiError.response(429, "TOO_MANY_FAILURES",
                    "Too many failed logins for this user name: wait a minute and try again."))
                    .header("Retry-After", Math.max(1, login.lockedUntil().getEpochSecond() - Instant.now().getEpochSecond()))
                    .build();
            case INVALID -> ApiError.response(401, "INVALID_CREDENTIALS", "The user name or password is not correct.");
        };
    }
}
