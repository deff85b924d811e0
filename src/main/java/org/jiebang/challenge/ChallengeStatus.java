package org.jiebang.challenge;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a challenge (SPEC §3):
 * <pre>
 * DRAFT -> PENDING_REVIEW -> PUBLISHED -> EVALUATING -> AWARD_PROPOSED -> AWARDED -> IN_EXECUTION -> COMPLETED
 *             |    ^              |            |              |                           |
 *             v    |              v            v              v                           v
 *           RETURNED          CANCELLED      FAILED (流榜)                              TERMINATED
 * </pre>
 * At the close a challenge with no opened bid fails at once ({@code PUBLISHED -> FAILED}). An owner
 * may also withdraw a challenge that is not yet published ({@code CANCELLED}); an upheld
 * objection sends an award proposal back to {@code EVALUATING} (SPEC §5). Contracts ended by
 * agreement before any was signed end an awarded challenge {@code TERMINATED} (SPEC §6).
 */
public enum ChallengeStatus {
    DRAFT, PENDING_REVIEW, RETURNED, PUBLISHED, CANCELLED, EVALUATING, FAILED, AWARD_PROPOSED, AWARDED,
    IN_EXECUTION, COMPLETED, TERMINATED;

    /** States anyone may see: from publication on. */
    public static final Set<ChallengeStatus> PUBLIC = EnumSet.of(PUBLISHED, EVALUATING, FAILED, AWARD_PROPOSED, AWARDED,
            IN_EXECUTION, COMPLETED, TERMINATED);

    public boolean canMoveTo(ChallengeStatus next) {
        return switch (this) {
            case DRAFT -> next == PENDING_REVIEW || next == CANCELLED;
            case PENDING_REVIEW -> next == PUBLISHED || next == RETURNED || next == CANCELLED;
            case RETURNED -> next == PENDING_REVIEW || next == CANCELLED;
            case PUBLISHED -> next == EVALUATING || next == CANCELLED || next == FAILED;
            case EVALUATING -> next == AWARD_PROPOSED || next == FAILED;
            case AWARD_PROPOSED -> next == AWARDED || next == EVALUATING || next == FAILED;
            case AWARDED -> next == IN_EXECUTION || next == TERMINATED;
            case IN_EXECUTION -> next == COMPLETED || next == TERMINATED;
            case CANCELLED, FAILED, COMPLETED, TERMINATED -> false;
        };
    }

    /** The owner edits drafts and returned challenges only. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean isPublic() {
        return PUBLIC.contains(this);
    }
}
