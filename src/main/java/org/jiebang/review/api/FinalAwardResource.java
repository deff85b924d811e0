package org.jiebang.review.api;

import jakarta.inject.Inject;
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

/** {@code POST /challenges/{id}/award} */
@Path("challenges/{id}/award")
@Tag(name = "review")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class FinalAwardResource {
    @Inject
    AwardService awards;

    @POST
    @Operation(summary = "Make the award final (staff)",
            description = "409 NOTICE_RUNNING before the notice ends, OBJECTION_OPEN while an objection is open")
    public NoticeView award(@PathParam("id") long id) {
        return awards.award(id);
    }
}
