package org.jiebang.platform.audit;

import java.util.Collection;
import java.util.Set;

/**
 * A capability whose entries must not be read yet (the bids of a challenge still open, SPEC §4):
 * the audit log shows such an entry's number, time, entity and hash, but not who did what.
 */
public interface AuditSeal {

    /** Of the given entities of {@code entityType}, the ids whose entries are sealed now. */
    Set<String> sealed(String entityType, Collection<String> entityIds);
}
