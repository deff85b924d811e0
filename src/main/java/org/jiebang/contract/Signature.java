package org.jiebang.contract;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One party's signature (SPEC §6): the user, the time by the cluster's clock and the SHA-256 of
 * the contract text the signer was shown. A later change of the contract voids it; a void
 * signature stays in the record.
 */
@Entity
@Table(name = "contract_signature")
public class Signature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", updatable = false)
    private Contract contract;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Party party;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private Long organizationId;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "text_version", nullable = false, updatable = false)
    private int textVersion;

    @Column(name = "voided_at")
    private Instant voidedAt;

    protected Signature() {
    }

    Signature(Contract contract, Party party, long userId, long organizationId, Instant signedAt, String sha256) {
        this.contract = contract;
        this.party = party;
        this.userId = userId;
        this.organizationId = organizationId;
        this.signedAt = signedAt;
        this.sha256 = sha256;
        this.textVersion = contract.getTextVersion();
    }

    void voidAt(Instant now) {
        if (voidedAt == null) {
            voidedAt = now;
        }
    }

    public boolean isValid() {
        return voidedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Party getParty() {
        return party;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getSha256() {
        return sha256;
    }

    public int getTextVersion() {
        return textVersion;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }
}
