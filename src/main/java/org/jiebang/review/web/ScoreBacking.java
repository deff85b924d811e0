package org.jiebang.review.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.bid.BidService;
import org.jiebang.bid.BidView;
import org.jiebang.challenge.Criterion;
import org.jiebang.platform.error.NotFound;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.platform.web.Feedback;
import org.jiebang.review.ReviewService.MarkView;
import org.jiebang.review.ReviewService.ScoreForm;
import org.jiebang.review.ReviewService.ScoreView;
import org.jiebang.review.ReviewService;
import org.jiebang.review.Score;

/** The scoring page of one bid for an expert on its panel: declare, read the whole bid, score, submit. */
@Named
@ViewScoped
public class ScoreBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService review;

    @Inject
    BidService bids;

    @Inject
    org.jiebang.challenge.ChallengeService challenges;

    private org.jiebang.challenge.Rubric rubric;

    private Long bid;
    private BidView view;
    private ScoreView score;
    /** the marks being typed, by criterion key */
    private final Map<String, Integer> scores = new LinkedHashMap<>();
    private final Map<String, String> comments = new LinkedHashMap<>();

    @OneReading

    public void load() throws IOException {
        try {
            if (bid == null) {
                throw new NotFound();
            }
            score = review.myScore(bid);
            view = bids.get(bid);
            rubric = challenges.get(view.challengeId()).rubric();
            score.criteria().forEach((key, mark) -> {
                scores.put(key, mark.score());
                comments.put(key, mark.comment());
            });
        } catch (NotFound e) {
            Feedback.notFound();
        }
    }

    /** The criteria this expert scores (not the price in two-envelope evaluation). */
    public List<String> getCriteria() {
        return java.util.Arrays.stream(Criterion.values()).filter(c -> c != Criterion.PRICE || score.priceScored())
                .map(Criterion::key).toList();
    }

    /** The expert declares that it has no conflict of interest, and may then read the bid and score it. */
    public void declareNoConflict() throws IOException {
        if (Feedback.attempt(() -> score = review.score(bid, new ScoreForm(true, null, false)))) {
            Feedback.info("review.noConflictDeclared");
        }
    }

    /** Whether the expert has declared that it has no conflict (the page shows the bid only then). */
    public boolean isDeclared() {
        return score.noConflictDeclaredAt() != null;
    }

    public void declareConflict() throws IOException {
        if (Feedback.attempt(() -> review.score(bid, new ScoreForm(false, null, null)))) {
            Feedback.info("review.conflictDeclared");
            Feedback.redirect("/review/assignments");
        }
    }

    public void save() throws IOException {
        send(false);
    }

    public void submit() throws IOException {
        send(true);
    }

    private void send(boolean submit) throws IOException {
        Map<String, MarkView> criteria = new LinkedHashMap<>();
        getCriteria().forEach(key -> criteria.put(key, new MarkView(scores.get(key), comments.get(key))));
        if (Feedback.attempt(() -> score = review.score(bid, new ScoreForm(true, criteria, submit)))) {
            Feedback.info(submit ? "review.submitted" : "review.saved");
        }
    }

    /** The weight of a criterion in this challenge's rubric, in percent. */
    public int weight(String criterion) {
        return rubric.weight(Criterion.ofKey(criterion));
    }

    public boolean isEditable() {
        return score.status() == null || score.status() == Score.Status.DRAFT;
    }

    public Long getBid() {
        return bid;
    }

    public void setBid(Long bid) {
        this.bid = bid;
    }

    public BidView getView() {
        return view;
    }

    public ScoreView getScore() {
        return score;
    }

    public Map<String, Integer> getScores() {
        return scores;
    }

    public Map<String, String> getComments() {
        return comments;
    }
}
