package org.jiebang.challenge;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jiebang.platform.error.RuleBroken;
import org.jiebang.platform.error.WrongState;

/** A question on a challenge (答疑, SPEC §3): asked by a verified researcher, answered by the owner for all to read. */
@Entity
@Table(name = "challenge_question")
public class Question {

    public static final int QUESTION_LENGTH = 2000;
    public static final int ANSWER_LENGTH = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "challenge_id", nullable = false, updatable = false)
    private Long challengeId;

    /** never shown to anyone: answers are published without the asker's identity */
    @Column(name = "asker_id", nullable = false, updatable = false)
    private Long askerId;

    @Column(nullable = false, length = QUESTION_LENGTH)
    private String question;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected Question() {
    }

    public Question(Long challengeId, Long askerId, String question, Instant now) {
        if (question == null || question.isBlank() || question.length() > QUESTION_LENGTH) {
            throw new RuleBroken("QUESTION_LENGTH", "question", "A question has 1 to " + QUESTION_LENGTH + " characters.");
        }
        this.challengeId = challengeId;
        this.askerId = askerId;
        this.question = question.strip();
        this.askedAt = now;
    }

    public void answer(String text, Instant now) {
        if (answer != null) {
            throw new WrongState("question", "answered", "answered again");
        }
        if (text == null || text.isBlank() || text.length() > ANSWER_LENGTH) {
            throw new RuleBroken("ANSWER_LENGTH", "answer", "An answer has 1 to " + ANSWER_LENGTH + " characters.");
        }
        answer = text.strip();
        answeredAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getChallengeId() {
        return challengeId;
    }

    public Long getAskerId() {
        return askerId;
    }

    public String getQuestion() {
        return question;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
