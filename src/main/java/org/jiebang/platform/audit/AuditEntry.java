package org.jiebang.platform.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jiebang.platform.change.PrivateRecord;

/**
 * One line of the append-only audit log (SPEC §12): who did what to which object, when, with the
 * state before and after, chained to the line before it by {@link AuditChain}. Never updated.
 */
@Entity
@PrivateRecord
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

    /** set for a sealed entry: the salt of its commitment, shown only once the seal is over */
    @Column(updatable = false, length = 64)
    private String salt;

    protected AuditEntry() {
    }

    AuditEntry(long seq, Instant at, String actor, String action, String entityType, String entityId,
            String before, String after, String prevHash) {
        this(seq, at, actor, action, entityType, entityId, before, after, prevHash, null);
    }

    /** A sealed entry when {@code salt} is given (see {@link AuditChain}), an ordinary one when null. */
    AuditEntry(long seq, Instant at, String actor, String action, String entityType, String entityId,
            String before, String after, String prevHash, String salt) {
        this.seq = seq;
        this.at = AuditChain.storable(at);
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.before = before;
        this.after = after;
        this.prevHash = prevHash;
        this.salt = salt;
        this.hash = expectedHash();
    }

    /** Whether this is entry {@code expectedSeq}, follows {@code expectedPrev} and matches its hash. */
    boolean isIntactAfter(long expectedSeq, String expectedPrev) {
        return seq == expectedSeq && prevHash.equals(expectedPrev) && hash.equals(expectedHash());
    }

    private String expectedHash() {
        return isSealed() ? AuditChain.sealedHash(prevHash, seq, at, entityType, getCommitment())
                : AuditChain.hash(prevHash, seq, at, actor, action, entityType, entityId, before, after);
    }

    /** Whether it was written sealed: chained through a commitment to its content. */
    public boolean isSealed() {
        return salt != null;
    }

    /** A sealed entry's commitment to its content; null for an ordinary entry. */
    public String getCommitment() {
        return isSealed() ? AuditChain.commitment(salt, actor, action, entityId, before, after) : null;
    }

    public String getSalt() {
        return salt;
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
