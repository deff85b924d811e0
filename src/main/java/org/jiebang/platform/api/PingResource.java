package org.jiebang.platform.api;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** The reference ceiling of benchmarks: answers without touching the database (SPEC §10). */
@Path("ping")
@Produces(MediaType.APPLICATION_JSON)
public class PingResource {

    private static final Map<String, Boolean> PONG = Map.of("pong", true);

    @GET
    @Operation(summary = "Answers {\"pong\": true} without touching the database")
    public Map<String, Boolean> ping() {
        return PONG;
    }
}
