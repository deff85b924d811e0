package org.jiebang.review.api;

import java.util.List;

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
import org.jiebang.account.Role;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.platform.security.Caller;
import org.jiebang.review.AwardService;
import org.jiebang.review.ReviewService;
import org.jiebang.review.ReviewService.ScoreForm;
import org.jiebang.review.ReviewService.ScoreView;

/** Scores of a bid (SPEC §5, §10): the expert's own, staff's view of all, the bidder's feedback. */
@Path("bids/{id}/scores")
@Tag(name = "review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ScoreResource {

    /** What the caller may read: {@code scores} (the expert's own, or all with names for staff) or {@code feedback}. */
    public record Scores(List<ScoreView> scores, AwardService.Feedback feedback) {
    }

    @Inject
    ReviewService review;

    @Inject
    AwardService awards;

    @Inject
    Caller caller;

    @POST
    @Operation(summary = "Declare (no) conflict, save a draft or submit {\"noConflict\", \"criteria\", \"submit\"} (the expert)",
            description = "Each criterion 0–100 with a comment; submitted scores are read-only (409). In two-envelope"
                    + " evaluation the price is computed, not scored.")
    public ScoreView score(@PathParam("id") long id, ScoreForm form) {
        return review.score(id, form);
    }

    @OneReading
    @GET
    @Operation(summary = "The expert's own scores; staff: every expert's once all are in; the team: its feedback after the award")
    public Scores scores(@PathParam("id") long id) {
        if (caller.hasRole(Role.STAFF_NAME)) {
            return new Scores(review.allScores(id), null);
        }
        if (caller.hasRole(Role.EXPERT.name())) {
            try {
                return new Scores(List.of(review.myScore(id)), null);
            } catch (org.jiebang.platform.error.NotFound notAReviewer) {
                // an expert may also be a researcher reading its own feedback
            }
        }
        return new Scores(null, awards.feedback(id));
    }
}
