package org.jiebang.analytics.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.analytics.StatsService;
import org.jiebang.challenge.ChallengeQuery;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.challenge.ChallengeSummary;

/**
 * The home page: the market's live figures (verified organizations, challenges open for bids, the
 * bounty posted, contracts signed and closed) and the challenges published last, read once per
 * request. It lives here, downstream of everything, because the figures span the whole lifecycle.
 */
@Named
@RequestScoped
public class HomeBacking {

    /** How many of the latest challenges the home page lists. */
    static final int LATEST = 6;

    @Inject
    StatsService stats;

    @Inject
    ChallengeService challenges;

    private StatsService.Headline headline;
    private List<ChallengeSummary> latest;

    /** The market's figures, one statement per request (the page itself is kept for visitors). */
    public StatsService.Headline getHeadline() {
        if (headline == null) {
            headline = stats.headline();
        }
        return headline;
    }

    /** The challenges open for bids, newest first. */
    public List<ChallengeSummary> getLatest() {
        if (latest == null) {
            latest = challenges.search(new ChallengeQuery(null, null, null, ChallengeStatus.PUBLISHED, null, null, null, null,
                    "newest", 0, LATEST)).items();
        }
        return latest;
    }
}
