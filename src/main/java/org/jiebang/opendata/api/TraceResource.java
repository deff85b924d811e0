package org.jiebang.opendata.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiebang.opendata.TraceService;
import org.jiebang.opendata.TraceService.Trace;
import org.jiebang.platform.persistence.OneReading;

/** {@code GET /challenges/{id}/trace}: the whole chain of a challenge (溯源, SPEC §8). */
@Path("challenges/{id}/trace")
@Tag(name = "open data")
@Produces(MediaType.APPLICATION_JSON)
public class TraceResource {

    @Inject
    TraceService traces;

    @OneReading
    @GET
    @Operation(summary = "The trace of a challenge: posted → published → questions and amendments → close → panel and notice"
            + " → award and teams → contracts, registration → milestones, payments, vouchers → outcomes",
            description = "Visitors get the public parts (404 before publication); the parties of a contract and staff more.")
    public Trace trace(@PathParam("id") long id) {
        return traces.trace(id);
    }
}
