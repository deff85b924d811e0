package org.jiebang.challenge.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.jiebang.bid.web.ChallengeBidsBacking;

/**
 * Which bean serves the detail page: {@code #{challengePage}} is the view-scoped one for a
 * logged-in user and the request-scoped one for an anonymous visitor, so that an anonymous view
 * never creates a view map (which would open a session). The beans arrive as client proxies: the
 * one not chosen is never created.
 */
@ApplicationScoped
public class ChallengePages {

    @Produces
    @Named("challengePage")
    @Dependent
    ChallengePage challengePage(HttpServletRequest request, PublicChallengePage anonymous, ChallengePageBacking user) {
        return request.getUserPrincipal() == null ? anonymous : user;
    }

    /** The page's bid panel (view-scoped): a logged-in user's only; an anonymous visitor has none (typed as
     * Object so that it does not compete with the bean itself for injection). */
    @Produces
    @Named("challengeBids")
    @Dependent
    Object challengeBids(HttpServletRequest request, ChallengeBidsBacking bids) {
        return request.getUserPrincipal() == null ? null : bids;
    }
}
