package org.jiebang.review.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.review.ReviewService;

/** {@code GET /challenges/{id}/ranking} */
@Path("challenges/{id}/ranking")
@Tag(name = "review")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class RankingResource {
    @Inject
    ReviewService review;

    @OneReading
    @GET
    @Operation(summary = "The ranking (staff): items {bidId, aggregate, rank} with the breakdown per criterion,"
            + " the spread between experts and a flag where they differ by more than 30 points")
    public ReviewService.RankingView ranking(@PathParam("id") long id) {
        return review.ranking(id);
    }
}
