package org.jiebang.challenge;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A confidentiality undertaking (保密承诺, SPEC §3): a researcher of a verified research
 * organization promises to keep a challenge's confidential details to itself, and from then on may
 * read them. One per user and challenge; never withdrawn; listed for the owner.
 */
@Entity
@Table(name = "challenge_undertaking")
public class Undertaking {

    /** The promise the researcher accepts, as the page shows it (the bundles word it for people). */
    public static final String TEXT_KEY = "undertaking.text";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "challenge_id", nullable = false, updatable = false)
    private Long challengeId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private Long organizationId;

    @Column(name = "accepted_at", nullable = false, updatable = false)
    private Instant acceptedAt;

    protected Undertaking() {
    }

    public Undertaking(Long challengeId, Long userId, Long organizationId, Instant acceptedAt) {
        this.challengeId = challengeId;
        this.userId = userId;
        this.organizationId = organizationId;
        this.acceptedAt = acceptedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getChallengeId() {
        return challengeId;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }
}
