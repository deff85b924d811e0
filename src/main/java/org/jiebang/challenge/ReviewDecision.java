package org.jiebang.challenge;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What staff decided on one submission of a challenge (approved or returned, with comments). */
@Entity
@Table(name = "challenge_review")
public class ReviewDecision implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Decision {
        APPROVED, RETURNED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "challenge_id", nullable = false)
    private Long challengeId;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 64)
    private String reviewer;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Decision decision;

    private String comments;

    protected ReviewDecision() {
    }

    public ReviewDecision(Long challengeId, Instant at, String reviewer, Decision decision, String comments) {
        this.challengeId = challengeId;
        this.at = at;
        this.reviewer = reviewer;
        this.decision = decision;
        this.comments = comments;
    }

    public Instant getAt() {
        return at;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getComments() {
        return comments;
    }
}
