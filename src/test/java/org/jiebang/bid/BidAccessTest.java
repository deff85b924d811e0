package org.jiebang.bid;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.jiebang.bid.BidAccess.Viewer;
import org.junit.jupiter.api.Test;

/** SPEC §4: the seal, for every kind of viewer and every state of a bid. */
class BidAccessTest {

    static final long LEAD = 7;
    static final long PARTNER = 9;
    static final Set<Long> PARTNERS = Set.of(PARTNER);
    static final Set<BidStatus> SEALED = EnumSet.of(BidStatus.DRAFT, BidStatus.SUBMITTED, BidStatus.WITHDRAWN);
    static final Set<BidStatus> OPENED = EnumSet.complementOf(EnumSet.copyOf(SEALED));

    static final java.time.Instant STARTED = java.time.Instant.parse("2026-11-20T02:00:00Z");

    static boolean sees(Viewer viewer, BidStatus status) {
        return BidAccess.canSee(viewer, LEAD, PARTNERS, status, STARTED);
    }

    @Test
    void theTeamSeesItsBidInEveryState() {
        Viewer team = new Viewer(LEAD, false, false, false, false);
        for (BidStatus status : BidStatus.values()) {
            assertTrue(sees(team, status), status::name);
        }
    }

    @Test
    void beforeTheCloseNobodyElseSeesAnything() {
        Viewer staff = new Viewer(1L, true, false, false, false);
        Viewer firm = new Viewer(2L, false, false, true, false);
        Viewer panelExpert = new Viewer(3L, false, true, false, true);
        Viewer otherBidder = new Viewer(4L, false, false, false, false);
        Viewer partner = new Viewer(PARTNER, false, false, false, false);
        for (BidStatus status : SEALED) {
            for (Viewer viewer : new Viewer[] { staff, firm, panelExpert, otherBidder, partner, Viewer.ANONYMOUS }) {
                assertFalse(sees(viewer, status), viewer + " must not see a " + status + " bid");
            }
        }
        assertTrue(BidAccess.canCount(staff) && BidAccess.canCount(firm), "staff and the firm see the number only");
        assertFalse(BidAccess.canCount(otherBidder) || BidAccess.canCount(panelExpert) || BidAccess.canCount(Viewer.ANONYMOUS));
    }

    @Test
    void afterTheCloseStaffTheFirmAndThePanelSeeOpenedBids() {
        for (BidStatus status : OPENED) {
            assertTrue(sees(new Viewer(1L, true, false, false, false), status));
            assertTrue(sees(new Viewer(2L, false, false, true, false), status));
            assertTrue(sees(new Viewer(3L, false, true, false, true), status));
            assertFalse(sees(new Viewer(4L, false, false, false, false), status), "other bidders never");
            assertFalse(sees(new Viewer(3L, false, true, false, false), status), "an expert not on the panel");
            assertFalse(sees(Viewer.ANONYMOUS, status));
        }
    }

    @Test
    void anExpertWithAConflictNeverSeesTheBid() {
        Viewer fromPartner = new Viewer(PARTNER, false, true, false, true);
        Viewer fromPartnerAlsoStaff = new Viewer(PARTNER, true, true, false, true);
        for (BidStatus status : BidStatus.values()) {
            assertFalse(sees(fromPartner, status), status::name);
            assertFalse(sees(fromPartnerAlsoStaff, status), status::name);
        }
        assertTrue(BidAccess.conflicted(LEAD, LEAD, PARTNERS));
        assertTrue(BidAccess.conflicted(PARTNER, LEAD, PARTNERS));
        assertFalse(BidAccess.conflicted(3L, LEAD, PARTNERS));
    }

    @Test
    void aMemberStaffAddedSeesOnlyWhatItsOrganizationStartedAfterwardsUntilItOpens() {
        Viewer plantedBefore = new Viewer(LEAD, false, false, false, false, STARTED.minusSeconds(1));
        Viewer plantedAfter = new Viewer(LEAD, false, false, false, false, STARTED.plusNanos(1000));
        Viewer plantedAtTheSameMoment = new Viewer(LEAD, false, false, false, false, STARTED);
        for (BidStatus status : SEALED) {
            assertTrue(sees(plantedBefore, status), "a bid started after the addition is the new member's too");
            assertFalse(sees(plantedAfter, status), "a " + status + " bid started before the addition stays sealed to it");
            assertFalse(sees(plantedAtTheSameMoment, status), "started at the same moment: not after");
        }
        for (BidStatus status : OPENED) {
            assertTrue(sees(plantedAfter, status), "once opened, the organization's own bid is its members'");
        }
    }
}
