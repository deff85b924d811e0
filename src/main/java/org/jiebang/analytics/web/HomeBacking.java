package org.jiebang.analytics.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.account.AccountService;
import org.jiebang.account.AccountService.Figures;
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
    AccountService accounts;

    @Inject
    StatsService stats;

    @Inject
    ChallengeService challenges;

    private Figures figures;
    private StatsService.Summary market;
    private List<ChallengeSummary> latest;

    public Figures getFigures() {
        if (figures == null) {
            figures = accounts.figures();
        }
        return figures;
    }

    private StatsService.Summary market() {
        if (market == null) {
            market = stats.summary();
        }
        return market;
    }

    /** Challenges open for bids now. */
    public long getOpen() {
        return market().challengesByStatus().getOrDefault(ChallengeStatus.PUBLISHED.name(), 0L);
    }

    public BigDecimal getBountyPosted() {
        return market().bountyPosted();
    }

    public long getSigned() {
        return market().funnel().signed();
    }

    public long getCompleted() {
        return market().funnel().completed();
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
