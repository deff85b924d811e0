package org.jiebang.challenge.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.challenge.AmendmentView;
import org.jiebang.challenge.ChallengeService.Permissions;
import org.jiebang.challenge.ChallengeService.QuestionView;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.challenge.ChallengeView;
import org.jiebang.challenge.ReviewDecision;
import org.jiebang.platform.error.NotFound;
import org.jiebang.platform.web.Feedback;

/**
 * The challenge detail page: everything public, the indicators, Q&A, amendment history; the
 * owner's and staff's actions. A challenge the visitor may not see answers 404.
 */
@Named
@ViewScoped
public class ChallengePageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChallengeService challenges;

    private Long id;
    private ChallengeView challenge;
    private Permissions permissions;
    private List<QuestionView> questions;
    private List<AmendmentView> amendments;
    private List<ChallengeService.UndertakingView> undertakings;
    private List<ReviewDecision> reviews;
    private List<ChallengeService.AttachmentView> attachments;
    private String question;
    private String comments;
    private String reason;
    private String answer;

    public void load() throws IOException {
        if (id == null) {
            Feedback.notFound();
            return;
        }
        try {
            challenge = challenges.get(id);
            permissions = challenges.permissions(id);
            questions = challenges.questions(id);
            amendments = challenges.amendments(id);
            reviews = challenges.reviews(id);
            attachments = challenges.attachments(id);
            undertakings = permissions.owner() || permissions.staff() ? challenges.undertakings(id) : List.of();
        } catch (NotFound e) {
            Feedback.notFound();
        }
    }


    private void reload() throws IOException {
        load();
    }

    /** Copies a failed or cancelled challenge into a new draft and opens it. */
    public void copy() throws IOException {
        org.jiebang.challenge.ChallengeView[] copy = new org.jiebang.challenge.ChallengeView[1];
        if (Feedback.attempt(() -> copy[0] = challenges.copyAsDraft(id))) {
            Feedback.info("challenge.copied");
            Feedback.redirect("/challenge/edit?id=" + copy[0].id());
        }
    }

    public void submit() throws IOException {
        if (Feedback.attempt(() -> challenges.submit(id))) {
            Feedback.info("challenge.submitted");
            reload();
        }
    }

    public void approve() throws IOException {
        if (Feedback.attempt(() -> challenges.approve(id))) {
            Feedback.info("challenge.published");
            reload();
        }
    }

    public void returnForChanges() throws IOException {
        if (Feedback.attempt(() -> challenges.returnForChanges(id, comments))) {
            Feedback.info("challenge.returned");
            comments = null;
            reload();
        }
    }

    public void cancel() throws IOException {
        if (Feedback.attempt(() -> challenges.cancel(id, reason))) {
            Feedback.info("challenge.cancelled");
            reason = null;
            reload();
        }
    }

    /** A researcher accepts the confidentiality undertaking and reads the details. */
    public void undertake() throws IOException {
        if (Feedback.attempt(() -> challenges.undertake(id))) {
            Feedback.info("undertaking.accepted");
            reload();
        }
    }

    public List<ChallengeService.UndertakingView> getUndertakings() {
        return undertakings;
    }

    public void ask() throws IOException {
        if (Feedback.attempt(() -> challenges.ask(id, question))) {
            Feedback.info("qa.asked");
            question = null;
            reload();
        }
    }

    public void answer(long questionId) throws IOException {
        if (Feedback.attempt(() -> challenges.answer(id, questionId, answer))) {
            Feedback.info("qa.answered");
            answer = null;
            reload();
        }
    }

    public boolean isEditable() {
        return permissions.owner() && challenge.status().isEditable();
    }

    /** The owner may amend a published challenge until its deadline. */
    public boolean isAmendable() {
        return permissions.canAmend();
    }

    public boolean isPending() {
        return challenge.status() == ChallengeStatus.PENDING_REVIEW;
    }

    public boolean isCancellable() {
        return (permissions.owner() || permissions.staff()) && challenge.status().canMoveTo(ChallengeStatus.CANCELLED);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ChallengeView getChallenge() {
        return challenge;
    }

    public Permissions getPermissions() {
        return permissions;
    }

    public List<QuestionView> getQuestions() {
        return questions;
    }

    public List<AmendmentView> getAmendments() {
        return amendments;
    }

    public List<ChallengeService.AttachmentView> getAttachments() {
        return attachments;
    }

    public List<ReviewDecision> getReviews() {
        return reviews;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
