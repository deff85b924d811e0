package org.jiebang.review.api;

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
import org.jiebang.review.AwardService;
import org.jiebang.review.AwardService.NoticeView;

/** {@code POST /challenges/{id}/award-proposal} */
@Path("challenges/{id}/award-proposal")
@Tag(name = "review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class AwardProposalResource {
    @Inject
    AwardService awards;

    @POST
    @Operation(summary = "Propose the award {\"bidIds\", \"justification\"} (staff); the public notice starts",
            description = "409 SCORING_INCOMPLETE before every score is in; 422 JUSTIFICATION_REQUIRED when the"
                    + " proposal departs from the ranking without a justification")
    public NoticeView propose(@PathParam("id") long id, AwardService.ProposalForm form) {
        return awards.propose(id, form);
    }
}
