package org.jiebang.review.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.platform.persistence.OneReading;
import org.jiebang.platform.web.Feedback;
import org.jiebang.review.ReviewService;
import org.jiebang.review.ReviewService.Assignment;

/** "My assignments" (评审任务): the bids an expert reviews, with the state of its scores. */
@Named
@ViewScoped
public class AssignmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService review;

    private List<Assignment> assignments;

    @OneReading

    public void load() {
        assignments = review.assignments();
    }

    /** The expert declines the panel of a challenge (before scoring). */
    public void decline(long challengeId) throws IOException {
        if (Feedback.attempt(() -> review.decline(challengeId))) {
            Feedback.info("review.declined");
            load();
        }
    }

    public List<Assignment> getAssignments() {
        return assignments;
    }
}
