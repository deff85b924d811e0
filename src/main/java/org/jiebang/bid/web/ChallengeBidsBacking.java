package org.jiebang.bid.web;

import java.io.IOException;
import java.io.Serializable;

import jakarta.enterprise.event.Observes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.bid.BidService;
import org.jiebang.bid.BidView;
import org.jiebang.challenge.web.ChallengePageBacking;
import org.jiebang.platform.error.NotFound;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.platform.web.Feedback;

/**
 * The bid part of the challenge page: a research team starts its bid or returns to it; staff and
 * the firm see how many bids were submitted, and nothing of their content.
 */
@Named
@ViewScoped
public class ChallengeBidsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BidService bids;

    @Inject
    ChallengePageBacking page;

    private Long challengeId;
    private Long myBid;
    private Long count;
    private boolean loaded;

    /**
     * Reads what the visitor may know, once per view, for the challenge of the page: in one
     * reading, so that the bid's challenge and owner, read with the bid, serve the count too.
     */
    @OneReading
    public void load() {
        Long id = page.getId();
        if (loaded || id == null) {
            return;
        }
        challengeId = id;
        loaded = true;
        myBid = bids.myOrganizationsBid(id);
        try {
            count = bids.countFor(id);
        } catch (NotFound notForThisVisitor) {
            count = null;
        }
    }

    /** The page's view action read its challenge: read the bids' part in the same reading. */
    void onShown(@Observes ChallengePageBacking.ChallengeShown shown) {
        load();
    }

    /** Starts the organization's bid and opens it. */
    public void start() throws IOException {
        load();
        BidView[] started = new BidView[1];
        if (Feedback.attempt(() -> started[0] = bids.start(challengeId, null))) {
            Feedback.redirect("/bid/edit?id=" + started[0].id());
        }
    }

    public Long getMyBid() {
        load();
        return myBid;
    }

    public Long getCount() {
        load();
        return count;
    }
}
