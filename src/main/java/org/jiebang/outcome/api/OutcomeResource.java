package org.jiebang.outcome.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiebang.outcome.OutcomeForm;
import org.jiebang.outcome.OutcomeService;
import org.jiebang.outcome.OutcomeService.OutcomeView;
import org.jiebang.platform.persistence.OneReading;

/** {@code /contracts/{id}/outcomes}: a contract's outcomes (成果, SPEC §8, §10). */
@Path("contracts/{id}/outcomes")
@Tag(name = "outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class OutcomeResource {

    @Inject
    OutcomeService outcomes;

    @OneReading
    @GET
    @Operation(summary = "The outcomes of a contract (whoever reads the contract)")
    public List<OutcomeView> list(@PathParam("id") long id) {
        return outcomes.list(id);
    }

    @POST
    @Operation(summary = "Record an outcome {\"type\", \"title\", \"date\", \"evidence\", \"applicationNumber\", \"patentStatus\","
            + " \"amount\"} (the contractor, on a signed or closed contract)",
            description = "A PATENT needs a Chinese application number (12 digits, a dot, the check digit; optional CN),"
                    + " refused with field applicationNumber otherwise, and its status; REVENUE needs an amount.")
    public Response record(@PathParam("id") long id, OutcomeForm form) {
        return Response.status(201).entity(outcomes.record(id, form)).build();
    }
}
