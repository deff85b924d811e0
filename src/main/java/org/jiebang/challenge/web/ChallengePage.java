package org.jiebang.challenge.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.inject.Inject;

import org.jiebang.challenge.AmendmentView;
import org.jiebang.challenge.ChallengeService.Permissions;
import org.jiebang.challenge.ChallengeService.QuestionView;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.challenge.ChallengeView;
import org.jiebang.challenge.ReviewDecision;
import org.jiebang.platform.error.NotFound;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.platform.web.Feedback;

/**
 * The challenge detail page: everything public, the indicators, Q&A, amendment history; the
 * owner's and staff's actions. A challenge the visitor may not see answers 404. The challenge is
 * named by the {@code id} of the page's address (its forms post back to that address).
 * <p>
 * Two beans share this: {@link ChallengePageBacking} (view-scoped) for a logged-in user, whose
 * forms keep their state, and {@link PublicChallengePage} (request-scoped) for an anonymous
 * visitor, whose stateless view must not open a session (see {@code PublicPages}).
 */
public abstract class ChallengePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected ChallengeService challenges;

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
    private boolean loaded;

    /** The page's view action (GET): 404 unless the id names a challenge the visitor may see. */
    @OneReading
    public void load() throws IOException {
        if (getId() == null) {
            Feedback.notFound();
            return;
        }
        read();
    }

    /** On a postback the view action does not run: the first getter reads the challenge. */
    private void ensureLoaded() {
        if (!loaded && getId() != null) {
            try {
                read();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private void read() throws IOException {
        loaded = true;
        try {
            ChallengeService.PageView page = challenges.page(id);
            challenge = page.challenge();
            permissions = page.permissions();
            questions = page.questions();
            amendments = page.amendments();
            reviews = page.reviews();
            attachments = page.attachments();
            undertakings = page.undertakings();
        } catch (NotFound e) {
            Feedback.notFound();
            return;
        }
        shown(id);
    }

    /**
     * Called once the challenge is read, in the page's reading when the view action read it: what
     * else the page shows of the challenge may be read in the same reading, which already holds it.
     */
    protected void shown(long challengeId) {
    }

    private void reload() throws IOException {
        read();
    }

    /** Copies a failed or cancelled challenge into a new draft and opens it. */
    public void copy() throws IOException {
        org.jiebang.challenge.ChallengeView[] copy = new org.jiebang.challenge.ChallengeView[1];
        if (Feedback.attempt(() -> copy[0] = challenges.copyAsDraft(getId()))) {
            Feedback.info("challenge.copied");
            Feedback.redirect("/challenge/edit?id=" + copy[0].id());
        }
    }

    public void submit() throws IOException {
        if (Feedback.attempt(() -> challenges.submit(getId()))) {
            Feedback.info("challenge.submitted");
            reload();
        }
    }

    public void approve() throws IOException {
        if (Feedback.attempt(() -> challenges.approve(getId()))) {
            Feedback.info("challenge.published");
            reload();
        }
    }

    public void returnForChanges() throws IOException {
        if (Feedback.attempt(() -> challenges.returnForChanges(getId(), comments))) {
            Feedback.info("challenge.returned");
            comments = null;
            reload();
        }
    }

    public void cancel() throws IOException {
        if (Feedback.attempt(() -> challenges.cancel(getId(), reason))) {
            Feedback.info("challenge.cancelled");
            reason = null;
            reload();
        }
    }

    /** A researcher accepts the confidentiality undertaking and reads the details. */
    public void undertake() throws IOException {
        if (Feedback.attempt(() -> challenges.undertake(getId()))) {
            Feedback.info("undertaking.accepted");
            reload();
        }
    }

    public List<ChallengeService.UndertakingView> getUndertakings() {
        ensureLoaded();
        return undertakings;
    }

    public void ask() throws IOException {
        if (Feedback.attempt(() -> challenges.ask(getId(), question))) {
            Feedback.info("qa.asked");
            question = null;
            reload();
        }
    }

    public void answer(long questionId) throws IOException {
        if (Feedback.attempt(() -> challenges.answer(getId(), questionId, answer))) {
            Feedback.info("qa.answered");
            answer = null;
            reload();
        }
    }

    public boolean isEditable() {
        ensureLoaded();
        return permissions.owner() && challenge.status().isEditable();
    }

    /** The owner may amend a published challenge until its deadline. */
    public boolean isAmendable() {
        ensureLoaded();
        return permissions.canAmend();
    }

    public boolean isPending() {
        ensureLoaded();
        return challenge.status() == ChallengeStatus.PENDING_REVIEW;
    }

    public boolean isCancellable() {
        ensureLoaded();
        return (permissions.owner() || permissions.staff()) && challenge.status().canMoveTo(ChallengeStatus.CANCELLED);
    }

    /** The challenge's id: from the view parameter, or on a postback from the page address it posts to. */
    public Long getId() {
        if (id == null) {
            id = Feedback.longParameter("id");
        }
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ChallengeView getChallenge() {
        ensureLoaded();
        return challenge;
    }

    public Permissions getPermissions() {
        ensureLoaded();
        return permissions;
    }

    public List<QuestionView> getQuestions() {
        ensureLoaded();
        return questions;
    }

    public List<AmendmentView> getAmendments() {
        ensureLoaded();
        return amendments;
    }

    public List<ChallengeService.AttachmentView> getAttachments() {
        ensureLoaded();
        return attachments;
    }

    public List<ReviewDecision> getReviews() {
        ensureLoaded();
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
