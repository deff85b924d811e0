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
        return this == OPENED || this == DISQUALIFIED || this == AWARDED || this == NOT_AWARDED;
    }

    /** Counts against "one live bid per lead organization per challenge". */
    public boolean isLive() {
        return this != WITHDRAWN;
    }
}
