package org.jiebang.analytics.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiebang.analytics.StatsService;
import org.jiebang.analytics.StatsService.Summary;

/** {@code GET /stats/summary}: the market's headline figures (public; SPEC §10). */
@Path("stats")
@Tag(name = "statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    @Inject
    StatsService stats;

    @GET
    @Path("summary")
    @Operation(summary = "Headline figures: challenges by state, bounty posted, registered transaction amount, award rate,"
            + " median days to award, on-time milestone rate, failed rate and the funnel (public)",
            description = "Counted over every challenge ever published, every bid ever submitted, every contract signed by"
                    + " both parties; amounts only from registered contracts. Rates are fractions (0.2500 = 25 %), null"
                    + " when nothing was decided yet.")
    public Summary summary() {
        return stats.summary();
    }
}
