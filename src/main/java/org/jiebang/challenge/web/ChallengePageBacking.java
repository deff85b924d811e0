package org.jiebang.challenge.web;

import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The challenge detail page of a logged-in user: the view keeps the bean between the page's posts. */
@Named
@ViewScoped
public class ChallengePageBacking extends ChallengePage {

    private static final long serialVersionUID = 1L;

    @Inject
    Event<ChallengeShown> shown;

    /** Tells the page's other beans (as the bids' count and the caller's bid) to read in this reading. */
    @Override
    protected void shown(long challengeId) {
        shown.fire(new ChallengeShown(challengeId));
    }

    /**
     * A logged-in user's challenge page has read its challenge: an event for the beans of later
     * packages on the same page, fired inside the page's reading, whose persistence context holds
     * the challenge and its owner, so that what they read of it costs no statement more.
     */
    public record ChallengeShown(long challengeId) {
    }
}
