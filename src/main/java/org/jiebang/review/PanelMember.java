package org.jiebang.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jiebang.platform.error.WrongState;

/** An expert on the panel of a challenge: drawn at random (专家库随机抽取) or chosen by staff; may decline. */
@Entity
@Table(name = "panel_member")
public class PanelMember {

    public enum Status {
        ACTIVE, DECLINED, REMOVED
    }

    public enum ChosenBy {
        DRAW, HAND
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "challenge_id", nullable = false, updatable = false)
    private Long challengeId;

    @Column(name = "expert_id", nullable = false, updatable = false)
    private Long expertId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.ACTIVE;

    @Enumerated(EnumType.STRING)
    @Column(name = "chosen_by", nullable = false, length = 16)
    private ChosenBy chosenBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected PanelMember() {
    }

    public PanelMember(Long challengeId, Long expertId, ChosenBy chosenBy, Instant addedAt) {
        this.challengeId = challengeId;
        this.expertId = expertId;
        this.chosenBy = chosenBy;
        this.addedAt = addedAt;
    }

    /** The expert declines the assignment; staff draw or choose a replacement. */
    public void decline() {
        if (status != Status.ACTIVE) {
            throw new WrongState("panel membership", status, Status.DECLINED);
        }
        status = Status.DECLINED;
    }

    /** Staff take the expert off the panel (only before it submitted any score: the caller checks). */
    public void remove() {
        status = Status.REMOVED;
    }

    /** Staff put an expert back who had been removed. */
    public void restore(ChosenBy how, Instant now) {
        if (status == Status.DECLINED) {
            throw new WrongState("panel membership", status, Status.ACTIVE);
        }
        status = Status.ACTIVE;
        chosenBy = how;
        addedAt = now;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public Long getChallengeId() {
        return challengeId;
    }

    public Long getExpertId() {
        return expertId;
    }

    public Status getStatus() {
        return status;
    }

    public ChosenBy getChosenBy() {
        return chosenBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
