package org.jiebang.platform.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the append-only audit log (SPEC §12): who did what to which object, when, with the
 * state before and after, chained to the line before it by {@link AuditChain}. Never updated.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Place in the chain: 1, 2, 3, ... given under the head's lock (ids need not follow commit order). */
    @Column(nullable = false, updatable = false)
    private long seq;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(nullable = false, updatable = false, length = 64)
    private String action;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 64)
    private String entityType;

    @Column(name = "entity_id", updatable = false, length = 64)
    private String entityId;

    @Column(name = "before_state", updatable = false)
    private String before;

    @Column(name = "after_state", updatable = false)
    private String after;

    @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditEntry() {
    }

    AuditEntry(long seq, Instant at, String actor, String action, String entityType, String entityId,
            String before, String after, String prevHash) {
        this.seq = seq;
        this.at = AuditChain.storable(at);
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.before = before;
        this.after = after;
        this.prevHash = prevHash;
        this.hash = AuditChain.hash(prevHash, seq, this.at, actor, action, entityType, entityId, before, after);
    }

    /** Whether this is entry {@code expectedSeq}, follows {@code expectedPrev} and matches its hash. */
    boolean isIntactAfter(long expectedSeq, String expectedPrev) {
        return seq == expectedSeq && prevHash.equals(expectedPrev)
                && hash.equals(AuditChain.hash(prevHash, seq, at, actor, action, entityType, entityId, before, after));
    }

    public Long getId() {
        return id;
    }

    public long getSeq() {
        return seq;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
