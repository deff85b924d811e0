package org.jiebang.bid;

/**
 * The states of a bid (SPEC §4):
 *
 * <pre>
 * DRAFT -> SUBMITTED -> OPENED -> AWARDED | NOT_AWARDED | DISQUALIFIED
 *            |   ^
 *            v   |
 *          WITHDRAWN
 * </pre>
 *
 * Until bidding closes a bid may be edited, withdrawn and resubmitted; at the close every
 * {@code SUBMITTED} bid is {@code OPENED}; drafts and withdrawn bids never open.
 */
public enum BidStatus {
    DRAFT, SUBMITTED, WITHDRAWN, OPENED, DISQUALIFIED, AWARDED, NOT_AWARDED;

    /** The states of a bid opened at the close: the seal is over for it. */
    public static final java.util.Set<BidStatus> OPENED_STATES = java.util.EnumSet.of(OPENED, DISQUALIFIED, AWARDED,
            NOT_AWARDED);
    /** The states of a bid never opened: sealed to all but its team, before the close and after. */
    public static final java.util.Set<BidStatus> UNOPENED_STATES = java.util.EnumSet.complementOf(
            java.util.EnumSet.copyOf(OPENED_STATES));

    public boolean canMoveTo(BidStatus next) {
        return switch (this) {
            case DRAFT -> next == SUBMITTED;
            case SUBMITTED -> next == SUBMITTED || next == WITHDRAWN || next == OPENED;
            case WITHDRAWN -> next == SUBMITTED;
            case OPENED -> next == DISQUALIFIED || next == AWARDED || next == NOT_AWARDED;
            case DISQUALIFIED, AWARDED, NOT_AWARDED -> false;
        };
    }

    /** Whether the team may still change it (before the deadline). */
    public boolean isEditable() {
        return this == DRAFT || this == SUBMITTED || this == WITHDRAWN;
    }

    /** Opened at the close: its content may be seen by those who evaluate it. */
    public boolean isOpened() {
        return OPENED_STATES.contains(this);
    }

    /** Counts against "one live bid per lead organization per challenge". */
    public boolean isLive() {
        return this != WITHDRAWN;
    }
}
