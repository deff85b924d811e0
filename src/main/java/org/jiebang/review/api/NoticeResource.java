package org.jiebang.review.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.platform.persistence.Page;
import org.jiebang.review.AwardService;
import org.jiebang.review.AwardService.NoticeSummary;
import org.jiebang.review.AwardService.NoticeView;

/** {@code GET /notices}, {@code GET /notices/{challengeId}} */
@Path("notices")
@Tag(name = "review")
@Produces(MediaType.APPLICATION_JSON)
public class NoticeResource {
    @Inject
    AwardService awards;

    @OneReading
    @GET
    @Operation(summary = "Current and past award notices (公示), newest first (anyone)")
    public Page<NoticeSummary> notices(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return awards.notices(page, size);
    }

    @OneReading
    @GET
    @Path("{challengeId}")
    @Operation(summary = "The notice of a challenge's award (anyone): winners, principals, prices, objections"
            + " and their resolution; no scores, no expert names, no objector")
    public NoticeView notice(@PathParam("challengeId") long challengeId) {
        return awards.notice(challengeId);
    }
}
