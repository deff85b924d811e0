package org.jiebang.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jiebang.platform.change.PrivateRecord;

/** The end of the chain: locked by each append so that appends form one line, on any number of nodes. */
@Entity
@PrivateRecord
@Table(name = "audit_head")
class AuditHead {

    static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    @Column(nullable = false)
    private long entries;

    protected AuditHead() {
    }

    String lastHash() {
        return lastHash;
    }

    long entries() {
        return entries;
    }

    void advance(AuditEntry entry) {
        lastHash = entry.getHash();
        entries++;
    }
}
