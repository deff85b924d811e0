package org.jiebang.review.web;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.platform.error.DomainException;
import org.jiebang.platform.error.NotFound;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.review.AwardService.Feedback;
import org.jiebang.review.AwardService;

/** A bidder's feedback after the award: its marks per (unnamed) expert, its rank, the winning aggregate. */
@Named
@ViewScoped
public class FeedbackBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AwardService awards;

    private Long bid;
    private Feedback feedback;
    private boolean notYet;

    @OneReading

    public void load() throws IOException {
        try {
            if (bid == null) {
                throw new NotFound();
            }
            feedback = awards.feedback(bid);
        } catch (NotFound e) {
            org.jiebang.platform.web.Feedback.notFound();
        } catch (DomainException e) {
            notYet = true;
        }
    }

    public Long getBid() {
        return bid;
    }

    public void setBid(Long bid) {
        this.bid = bid;
    }

    public Feedback getFeedback() {
        return feedback;
    }

    public boolean isNotYet() {
        return notYet;
    }
}
