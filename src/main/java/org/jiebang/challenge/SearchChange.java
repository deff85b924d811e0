package org.jiebang.challenge;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A note, written in the transaction that changes a challenge's public content, that the search
 * index must look at it again. Every node's index catches up from these rows, so all nodes find the
 * same challenges, also after a restart.
 */
@Entity
@Table(name = "search_change")
public class SearchChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long seq;

    @Column(name = "challenge_id", nullable = false)
    private Long challengeId;

    @Column(nullable = false)
    private Instant at;

    protected SearchChange() {
    }

    public SearchChange(Long challengeId, Instant at) {
        this.challengeId = challengeId;
        this.at = at;
    }

    public Long getSeq() {
        return seq;
    }

    public Long getChallengeId() {
        return challengeId;
    }
}
