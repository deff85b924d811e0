package org.jiebang.review.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.account.AccountService;
import org.jiebang.account.Role;
import org.jiebang.platform.web.Feedback;
import org.jiebang.review.ReviewService;
import org.jiebang.review.ReviewService.ExpertForm;
import org.jiebang.review.ReviewService.ExpertView;

/** An expert keeps its own entry in the pool (专家库) on its profile page: domains, title, record. */
@Named
@ViewScoped
public class ExpertProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService review;

    @Inject
    AccountService accounts;

    private boolean expert;
    private long userId;
    private List<String> fields = new ArrayList<>();
    private String title;
    private String record;

    @PostConstruct
    void load() {
        accounts.currentUser().filter(u -> u.hasRole(Role.EXPERT)).ifPresent(u -> {
            expert = true;
            userId = u.getId();
            ExpertView view = review.profile(userId);
            fields = new ArrayList<>(view.fields());
            title = view.title();
            record = view.record();
        });
    }

    public void save() {
        if (Feedback.attempt(() -> review.saveProfile(userId, new ExpertForm(fields, title, record)))) {
            Feedback.info("expertProfile.saved");
        }
    }

    public boolean isExpert() {
        return expert;
    }

    public List<String> getFields() {
        return fields;
    }

    public void setFields(List<String> fields) {
        this.fields = fields;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getRecord() {
        return record;
    }

    public void setRecord(String record) {
        this.record = record;
    }
}
