package org.jiebang.account;

import java.util.Set;

/** Where an organization stands with the technology market's staff (SPEC §2). */
public enum VerificationStatus {
    PENDING, VERIFIED, REJECTED;

    /** Staff decide on pending organizations; a rejected one may be verified after a second look. */
    public boolean canMoveTo(VerificationStatus next) {
        return switch (this) {
            case PENDING -> Set.of(VERIFIED, REJECTED).contains(next);
            case REJECTED -> next == VERIFIED;
            case VERIFIED -> false;
        };
    }
}
