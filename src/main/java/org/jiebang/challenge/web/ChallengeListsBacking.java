package org.jiebang.challenge.web;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.challenge.ChallengeService;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.challenge.ChallengeSummary;
import org.jiebang.platform.web.Feedback;
import org.jiebang.platform.web.LazyPages;
import org.primefaces.model.LazyDataModel;

/** The firm's "my challenges" and the staff review queue: lazy tables paged in the database. */
@Named
@ViewScoped
public class ChallengeListsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChallengeService challenges;

    private Map<ChallengeStatus, Long> counts;
    private Boolean organizationVerified;

    private final LazyDataModel<ChallengeSummary> mine = LazyPages.of((page, size) -> challenges.mine(page, size),
            ChallengeSummary::id);
    private final LazyDataModel<ChallengeSummary> queue = LazyPages.of(
            (page, size) -> challenges.reviewQueue(page, size), ChallengeSummary::id);

    /** Whether the caller's firm is verified and may post; until then "my challenges" says why not. */
    public boolean isOrganizationVerified() {
        if (organizationVerified == null) {
            organizationVerified = challenges.organizationVerified();
        }
        return organizationVerified;
    }

    /** Days a submission has waited, for the queue's ageing column. */
    public long waitingDays(ChallengeSummary challenge) {
        return challenge.submittedAt() == null ? 0 : Duration.between(challenge.submittedAt(), Instant.now()).toDays();
    }

    /** Deletes one of the firm's drafts (never submitted): the list and the counts are read again. */
    public void deleteDraft(long id) {
        if (Feedback.attempt(() -> challenges.deleteDraft(id))) {
            counts = null;
            Feedback.info("post.draftDeleted");
        }
    }

    public Map<ChallengeStatus, Long> getCounts() {
        if (counts == null) {
            counts = challenges.myCounts();
        }
        return counts;
    }

    public List<ChallengeStatus> getStatuses() {
        return List.of(ChallengeStatus.values());
    }

    public LazyDataModel<ChallengeSummary> getMine() {
        return mine;
    }

    public LazyDataModel<ChallengeSummary> getQueue() {
        return queue;
    }
}
