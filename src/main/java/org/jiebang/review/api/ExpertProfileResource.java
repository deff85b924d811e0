package org.jiebang.review.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.review.ReviewService;
import org.jiebang.review.ReviewService.ExpertForm;
import org.jiebang.review.ReviewService.ExpertView;

/** An expert's profile (SPEC §10): technology domains, title and record. */
@Path("users/{id}/expert-profile")
@Tag(name = "review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ExpertProfileResource {

    @Inject
    ReviewService review;

    @OneReading
    @GET
    @Operation(summary = "An expert's profile (admin, staff, or the expert)")
    public ExpertView profile(@PathParam("id") long id) {
        return review.profile(id);
    }

    @PUT
    @Operation(summary = "Write an expert's profile {\"fields\": [..], \"title\", \"record\"} (admin, staff, or the expert)")
    public ExpertView save(@PathParam("id") long id, ExpertForm form) {
        return review.saveProfile(id, form);
    }
}
