package org.jiebang.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jiebang.challenge.Criterion;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.error.InvalidInput.FieldError;
import org.jiebang.platform.error.WrongState;
import org.jiebang.platform.persistence.BaseEntity;

/**
 * One expert's scores of one bid (SPEC §5). Lifecycle: the expert first declares no conflict
 * ({@link #declareNoConflict}, recorded with its time) or a conflict ({@code CONFLICT}: the expert
 * is off that bid for good); then scores each
 * criterion 0–100 with a comment, saving {@code DRAFT}s; {@link #submit} makes it
 * {@code SUBMITTED} and read-only. In two-envelope evaluation the price is not scored by experts.
 */
@Entity
@Table(name = "bid_score")
public class Score extends BaseEntity {

    public enum Status {
        DRAFT, SUBMITTED, CONFLICT
    }

    public static final int COMMENT_LENGTH = 4000;

    /** One criterion's score and comment as the expert gives them. */
    public record Mark(Integer score, String comment) {
    }

    @Column(name = "bid_id", nullable = false, updatable = false)
    private Long bidId;

    @Column(name = "challenge_id", nullable = false, updatable = false)
    private Long challengeId;

    @Column(name = "expert_id", nullable = false, updatable = false)
    private Long expertId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.DRAFT;

    private Integer technical;
    @Column(name = "technical_comment")
    private String technicalComment;
    private Integer team;
    @Column(name = "team_comment")
    private String teamComment;
    private Integer price;
    @Column(name = "price_comment")
    private String priceComment;
    private Integer schedule;
    @Column(name = "schedule_comment")
    private String scheduleComment;
    private Integer commercialization;
    @Column(name = "commercialization_comment")
    private String commercializationComment;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** when the expert declared that it has no conflict of interest with the bid (SPEC §5) */
    @Column(name = "no_conflict_at")
    private Instant noConflictAt;

    protected Score() {
    }

    public Score(Long bidId, Long challengeId, Long expertId) {
        this.bidId = bidId;
        this.challengeId = challengeId;
        this.expertId = expertId;
    }

    /** The expert declares a conflict of interest: off this bid for good. */
    public void declareConflict() {
        requireDraft();
        if (noConflictAt != null) {
            throw new WrongState("score", "NO_CONFLICT_DECLARED", "declared in conflict (no conflict was declared)");
        }
        status = Status.CONFLICT;
    }

    /** The expert declares that it has no conflict of interest: only then may it score (SPEC §5). */
    public void declareNoConflict(Instant now) {
        requireDraft();
        if (noConflictAt == null) {
            noConflictAt = now;
        }
    }

    private void requireDeclared() {
        if (noConflictAt == null) {
            throw new org.jiebang.platform.error.RuleBroken("CONFLICT_UNDECLARED", "noConflict",
                    "Declare first that you have no conflict of interest with this bid.");
        }
    }

    /** Saves marks as a draft; each given score must lie in 0–100 (errors name {@code criteria.<name>.score}). */
    public void save(Map<Criterion, Mark> marks, boolean priceScored) {
        requireDraft();
        requireDeclared();
        List<FieldError> errors = new ArrayList<>();
        marks.forEach((criterion, mark) -> {
            if (mark == null || (criterion == Criterion.PRICE && !priceScored)) {
                return;
            }
            if (mark.score() != null && (mark.score() < 0 || mark.score() > 100)) {
                errors.add(new FieldError("criteria." + criterion.key() + ".score", "a whole number from 0 to 100",
                        "scoreRange"));
            }
            if (mark.comment() != null && mark.comment().length() > COMMENT_LENGTH) {
                errors.add(new FieldError("criteria." + criterion.key() + ".comment",
                        "at most " + COMMENT_LENGTH + " characters", "commentLength"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        marks.forEach((criterion, mark) -> {
            if (mark != null && (criterion != Criterion.PRICE || priceScored)) {
                set(criterion, mark.score(), mark.comment() == null || mark.comment().isBlank() ? null : mark.comment().strip());
            }
        });
    }

    /** Submits: every criterion the expert scores needs a score and a comment; read-only afterwards. */
    public void submit(boolean priceScored, Instant now) {
        requireDraft();
        requireDeclared();
        List<FieldError> errors = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            if (c == Criterion.PRICE && !priceScored) {
                continue;
            }
            Mark mark = mark(c);
            if (mark.score() == null) {
                errors.add(new FieldError("criteria." + c.key() + ".score", "a score from 0 to 100 is required", "required"));
            }
            if (mark.comment() == null) {
                errors.add(new FieldError("criteria." + c.key() + ".comment", "a comment is required", "required"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        status = Status.SUBMITTED;
        submittedAt = now;
    }

    private void requireDraft() {
        if (status != Status.DRAFT) {
            throw new WrongState("score", status, "changed (a submitted score or a declared conflict is final)");
        }
    }

    /** The marks given so far, by criterion. */
    public Map<Criterion, Mark> marks() {
        Map<Criterion, Mark> marks = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            marks.put(c, mark(c));
        }
        return marks;
    }

    /** The scores as the ranking takes them, with the computed price of two-envelope evaluation. */
    public Map<Criterion, BigDecimal> scores(BigDecimal computedPrice) {
        Map<Criterion, BigDecimal> scores = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            scores.put(c, c == Criterion.PRICE && computedPrice != null ? computedPrice : BigDecimal.valueOf(mark(c).score()));
        }
        return scores;
    }

    public Mark mark(Criterion c) {
        return switch (c) {
            case TECHNICAL -> new Mark(technical, technicalComment);
            case TEAM -> new Mark(team, teamComment);
            case PRICE -> new Mark(price, priceComment);
            case SCHEDULE -> new Mark(schedule, scheduleComment);
            case COMMERCIALIZATION -> new Mark(commercialization, commercializationComment);
        };
    }

    private void set(Criterion c, Integer score, String comment) {
        switch (c) {
            case TECHNICAL -> { technical = score; technicalComment = comment; }
            case TEAM -> { team = score; teamComment = comment; }
            case PRICE -> { price = score; priceComment = comment; }
            case SCHEDULE -> { schedule = score; scheduleComment = comment; }
            case COMMERCIALIZATION -> { commercialization = score; commercializationComment = comment; }
        }
    }

    public Long getBidId() {
        return bidId;
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

    public Instant getNoConflictAt() {
        return noConflictAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
