package org.jiebang.bid;

import java.time.Instant;
import java.util.Set;

/**
 * Who may see a bid (SPEC §4, §5): the rule of the seal in one place, for pages, the API and every
 * list. Members of the lead organization see their own bid at all times. Nobody else sees anything
 * of it before bidding closes, not even that it exists; staff and the firm only see how many bids
 * were submitted. Once opened, staff and the firm that posted the challenge see it, and an expert
 * of the challenge's panel does unless the expert belongs to the lead or a partner organization.
 * <p>
 * A member whom staff added to the lead organization sees, before it opens, only a bid that the
 * organization started after the addition: staff, who may not read sealed bids, cannot plant a
 * reader. (Staff may add no member at all while the organization bids on an open challenge,
 * {@code BidSealedWork}.)
 */
public final class BidAccess {

    /**
     * The person asking, as far as the rule needs to know; {@code addedByStaffAt} is when staff
     * added them to their organization, or null.
     */
    public record Viewer(Long organizationId, boolean staff, boolean expert, boolean ownsChallenge, boolean onPanel,
            Instant addedByStaffAt) {
        public static final Viewer ANONYMOUS = new Viewer(null, false, false, false, false);

        public Viewer(Long organizationId, boolean staff, boolean expert, boolean ownsChallenge, boolean onPanel) {
            this(organizationId, staff, expert, ownsChallenge, onPanel, null);
        }
    }

    private BidAccess() {
    }

    public static boolean canSee(Viewer viewer, long leadOrganizationId, Set<Long> partnerOrganizationIds, BidStatus status,
            Instant startedAt) {
        if (isTeam(viewer, leadOrganizationId, status, startedAt)) {
            return true;
        }
        if (!status.isOpened()) {
            return false;
        }
        if (viewer.expert() && conflicted(viewer.organizationId(), leadOrganizationId, partnerOrganizationIds)) {
            return false;
        }
        return viewer.staff() || viewer.ownsChallenge() || (viewer.expert() && viewer.onPanel());
    }

    /**
     * Members of the lead organization: the team that writes, submits and withdraws the bid; a
     * member staff added only for a bid started after that, or opened.
     */
    public static boolean isTeam(Viewer viewer, long leadOrganizationId, BidStatus status, Instant startedAt) {
        if (viewer.organizationId() == null || viewer.organizationId() != leadOrganizationId) {
            return false;
        }
        return viewer.addedByStaffAt() == null || status.isOpened()
                || (startedAt != null && startedAt.isAfter(viewer.addedByStaffAt()));
    }

    /** An expert from the lead or any partner organization is excluded from the bid (SPEC §5). */
    public static boolean conflicted(Long expertOrganizationId, long leadOrganizationId, Set<Long> partnerOrganizationIds) {
        return expertOrganizationId != null
                && (expertOrganizationId == leadOrganizationId || partnerOrganizationIds.contains(expertOrganizationId));
    }

    /** Staff and the firm that posted the challenge may know how many bids were submitted, nothing more. */
    public static boolean canCount(Viewer viewer) {
        return viewer.staff() || viewer.ownsChallenge();
    }
}
