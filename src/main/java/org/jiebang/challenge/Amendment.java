package org.jiebang.challenge;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One amendment of a published challenge: its number, why, and what changed (JSON: field → [before, after]). */
@Entity
@Table(name = "challenge_amendment")
public class Amendment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "challenge_id", nullable = false)
    private Long challengeId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(nullable = false)
    private String changes;

    @Column(name = "old_deadline")
    private Instant oldDeadline;

    @Column(name = "new_deadline")
    private Instant newDeadline;

    protected Amendment() {
    }

    public Amendment(Long challengeId, int number, Instant at, String author, String reason, String changes,
            Instant oldDeadline, Instant newDeadline) {
        this.challengeId = challengeId;
        this.number = number;
        this.at = at;
        this.author = author;
        this.reason = reason;
        this.changes = changes;
        this.oldDeadline = oldDeadline;
        this.newDeadline = newDeadline;
    }

    public Long getId() {
        return id;
    }

    public Long getChallengeId() {
        return challengeId;
    }

    public int getNumber() {
        return number;
    }

    public Instant getAt() {
        return at;
    }

    public String getReason() {
        return reason;
    }

    public String getChanges() {
        return changes;
    }

    public Instant getOldDeadline() {
        return oldDeadline;
    }

    public Instant getNewDeadline() {
        return newDeadline;
    }
}
