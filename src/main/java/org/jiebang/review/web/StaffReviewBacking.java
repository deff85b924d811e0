package org.jiebang.review.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.bid.BidService;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.challenge.ChallengeView;
import org.jiebang.platform.error.NotFound;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.platform.web.Feedback;
import org.jiebang.review.AwardService;
import org.jiebang.review.ReviewService.PanelView;
import org.jiebang.review.ReviewService.RankingView;
import org.jiebang.review.ReviewService;

/**
 * Staff's review page of one challenge: the panel (draw, add by hand), the ranking, disqualifying
 * a bid, the award proposal, the objections and the final award.
 */
@Named
@ViewScoped
public class StaffReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService review;

    @Inject
    AwardService awards;

    @Inject
    ChallengeService challenges;

    @Inject
    BidService bids;

    private Long id;
    private ChallengeView challenge;
    private PanelView panel;
    private RankingView ranking;
    private AwardService.NoticeView notice;
    private Integer drawCount = 3;
    private List<Long> chosen = new ArrayList<>();
    private List<Long> proposed = new ArrayList<>();
    private String justification;
    private Long disqualifyBid;
    private String disqualifyReason;
    /** the resolution typed for each open objection, by its id */
    private final java.util.Map<Long, String> resolutions = new java.util.HashMap<>();
    private List<ReviewService.BidChoice> openedBids = List.of();

    @OneReading

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFound();
            }
            // first: its statement reads the challenge too, which the challenge's own reading then finds read
            notice = awards.latestNotice(id).orElse(null);
            challenge = challenges.get(id);
            panel = review.panel(id);
            ranking = review.ranking(id);
            openedBids = review.openedBidChoices(id);
        } catch (NotFound e) {
            Feedback.notFound();
        }
    }

    public void draw() throws IOException {
        if (Feedback.attempt(() -> review.draw(id, drawCount))) {
            Feedback.info("review.drawn");
            load();
        }
    }

    /** Adds the experts ticked among the candidates to the panel, by hand. */
    public void addChosen() throws IOException {
        List<Long> ids = new ArrayList<>(panel.members().stream()
                .filter(m -> m.status() == org.jiebang.review.PanelMember.Status.ACTIVE).map(ReviewService.MemberView::expertId)
                .toList());
        chosen.stream().filter(c -> !ids.contains(c)).forEach(ids::add);
        if (Feedback.attempt(() -> review.setPanel(id, ids))) {
            Feedback.info("review.panelSet");
            chosen = new ArrayList<>();
            load();
        }
    }

    public void disqualify() throws IOException {
        if (Feedback.attempt(() -> bids.disqualify(disqualifyBid == null ? -1 : disqualifyBid, disqualifyReason))) {
            Feedback.info("review.disqualifiedDone");
            disqualifyReason = null;
            load();
        }
    }

    public void propose() throws IOException {
        if (Feedback.attempt(() -> awards.propose(id, new AwardService.ProposalForm(proposed, justification)))) {
            Feedback.info("review.proposed");
            load();
        }
    }

    public void resolve(long objectionId, boolean upheld) throws IOException {
        if (Feedback.attempt(() -> awards.resolve(id, objectionId,
                new AwardService.ResolutionForm(upheld, resolutions.get(objectionId))))) {
            Feedback.info("review.resolved");
            resolutions.remove(objectionId);
            load();
        }
    }

    public void award() throws IOException {
        if (Feedback.attempt(() -> awards.award(id))) {
            Feedback.info("review.awarded");
            load();
        }
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

    public PanelView getPanel() {
        return panel;
    }

    public RankingView getRanking() {
        return ranking;
    }

    public AwardService.NoticeView getNotice() {
        return notice;
    }

    public Integer getDrawCount() {
        return drawCount;
    }

    public void setDrawCount(Integer drawCount) {
        this.drawCount = drawCount;
    }

    public List<Long> getChosen() {
        return chosen;
    }

    public void setChosen(List<Long> chosen) {
        this.chosen = chosen;
    }

    public List<Long> getProposed() {
        return proposed;
    }

    public void setProposed(List<Long> proposed) {
        this.proposed = proposed;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public Long getDisqualifyBid() {
        return disqualifyBid;
    }

    public void setDisqualifyBid(Long disqualifyBid) {
        this.disqualifyBid = disqualifyBid;
    }

    public String getDisqualifyReason() {
        return disqualifyReason;
    }

    public void setDisqualifyReason(String disqualifyReason) {
        this.disqualifyReason = disqualifyReason;
    }

    public java.util.Map<Long, String> getResolutions() {
        return resolutions;
    }

    public List<ReviewService.BidChoice> getOpenedBids() {
        return openedBids;
    }
}
