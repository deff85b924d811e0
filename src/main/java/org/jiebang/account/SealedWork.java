package org.jiebang.account;

/**
 * Work of an organization that is sealed to everyone outside it for now (its bids before bidding
 * closes, SPEC §4). Accounts ask before staff add a member to an organization: a member added from
 * outside must not be given sight of sealed work (issue "sealed means sealed"). Implemented
 * downstream (by bids), as {@link org.jiebang.platform.audit.AuditSeal} is.
 */
public interface SealedWork {

    /** Whether the organization has sealed work now (a live bid on a challenge still open for bidding). */
    boolean hasSealedWork(long organizationId);
}
