package org.jiebang.platform.audit;

/**
 * A capability whose entries must not be read yet (the bids of a challenge still open, SPEC §4):
 * the audit log shows such an entry's number, time, entity and hash, but not who did what.
 */
public interface AuditSeal {

    /** Whether the entries about this entity are sealed now. */
    boolean isSealed(String entityType, String entityId);
}
