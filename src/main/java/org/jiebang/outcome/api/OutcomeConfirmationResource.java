package org.jiebang.outcome.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiebang.outcome.OutcomeService;
import org.jiebang.outcome.OutcomeService.OutcomeView;

/** {@code POST /outcomes/{id}/confirmation}: the client firm or staff confirm an outcome. */
@Path("outcomes")
@Tag(name = "outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class OutcomeConfirmationResource {

    @Inject
    OutcomeService outcomes;

    @POST
    @Path("{id}/confirmation")
    @Operation(summary = "Confirm or decline an outcome {\"confirmed\", \"comment\"} (the client firm or staff), once;"
            + " declining needs a comment")
    public OutcomeView confirm(@PathParam("id") long id, OutcomeService.ConfirmationForm form) {
        return outcomes.confirm(id, form);
    }
}
