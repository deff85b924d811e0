package org.jiebang.review.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.review.ReviewService;
import org.jiebang.review.ReviewService.ExpertView;

/** The expert pool (专家库, SPEC §10): the staff's list. */
@Path("experts")
@Tag(name = "review")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ExpertResource {

    @Inject
    ReviewService review;

    @OneReading
    @GET
    @Operation(summary = "The expert pool (staff); filter by field code and by text in name, title or organization")
    public List<ExpertView> experts(@QueryParam("field") String field, @QueryParam("q") String q) {
        return review.experts(field, q);
    }
}
