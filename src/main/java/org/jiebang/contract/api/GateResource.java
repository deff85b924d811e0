package org.jiebang.contract.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiebang.contract.ContractService;
import org.jiebang.contract.ContractService.GateView;
import org.jiebang.platform.persistence.OneReading;

/** {@code /challenges/{id}/gate}: a horse race's gate decision (赛马制, SPEC §6). */
@Path("challenges/{id}/gate")
@Tag(name = "contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class GateResource {

    @Inject
    ContractService contracts;

    @OneReading
    @GET
    @Operation(summary = "The gate of a horse race: the choice waiting or taken (the firm and staff)")
    public GateView gate(@PathParam("id") long id) {
        return contracts.gate(id);
    }

    @POST
    @Operation(summary = "Choose the teams that continue {\"continuingContractIds\": [..], \"reason\"} (the firm, and staff)",
            description = "Takes effect when the firm and staff have chosen the same contracts; the others end TERMINATED"
                    + " with their payments kept. 409 GATE_NOT_REACHED until every team's gate milestone is accepted or overdue.")
    public GateView choose(@PathParam("id") long id, ContractService.GateForm form) {
        return contracts.chooseAtGate(id, form);
    }
}
