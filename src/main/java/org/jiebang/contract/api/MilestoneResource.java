package org.jiebang.contract.api;

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
import org.jiebang.contract.ContractService;
import org.jiebang.contract.ContractViews.MilestoneView;

/** {@code POST /milestones/{id}/submission} (contractor), {@code …/acceptance} (client). */
@Path("milestones")
@Tag(name = "contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class MilestoneResource {

    @Inject
    ContractService contracts;

    @POST
    @Path("{id}/submission")
    @Operation(summary = "Submit a milestone {\"deliverables\", \"evidenceFileIds\", \"measurements\": [{\"indicator\", \"measured\"}]}"
            + " (the contractor); again after a rejection",
            description = "Every indicator the milestone covers needs a measured value. In a horse race the milestones"
                    + " after the gate wait for the gate decision (409 GATE_PENDING).")
    public MilestoneView submit(@PathParam("id") long id, ContractService.SubmissionForm form) {
        return contracts.submit(id, form);
    }

    @POST
    @Path("{id}/acceptance")
    @Operation(summary = "Accept or reject a submitted milestone {\"accepted\", \"comment\"} (the client firm)",
            description = "A rejection needs a reason. Accepting the final milestone closes the contract (验收) and, when no"
                    + " other contract of the challenge is running, completes the challenge.")
    public MilestoneView decide(@PathParam("id") long id, ContractService.AcceptanceForm form) {
        return contracts.decide(id, form);
    }
}
