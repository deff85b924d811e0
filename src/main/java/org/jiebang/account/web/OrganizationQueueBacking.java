package org.jiebang.account.web;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.account.AccountService;
import org.jiebang.account.OrganizationView;
import org.jiebang.account.VerificationStatus;
import org.jiebang.platform.web.Feedback;
import org.jiebang.platform.web.LazyPages;
import org.primefaces.model.LazyDataModel;

/** The staff queue of organizations to verify (SPEC §2), oldest first, paged in the database. */
@Named
@ViewScoped
public class OrganizationQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private VerificationStatus status = VerificationStatus.PENDING;
    private String text;
    private OrganizationView selected;
    private String reason;

    private final LazyDataModel<OrganizationView> model = LazyPages.of(
            (page, size) -> accounts.organizations(status, text, page, size), OrganizationView::id);

    public void verify(OrganizationView organization) {
        if (Feedback.attempt(() -> accounts.decideVerification(organization.id(), true, null))) {
            Feedback.info("queue.verified", organization.name());
        }
    }

    public void prepareReject(OrganizationView organization) {
        selected = organization;
        reason = null;
    }

    public void reject() {
        if (selected != null && Feedback.attempt(() -> accounts.decideVerification(selected.id(), false, reason))) {
            Feedback.info("queue.rejected", selected.name());
            selected = null;
        }
    }

    /** Days since registration, for the queue's ageing column. */
    public long ageDays(OrganizationView organization) {
        return Duration.between(organization.createdAt(), Instant.now()).toDays();
    }

    public List<VerificationStatus> getStatuses() {
        return List.of(VerificationStatus.values());
    }

    public LazyDataModel<OrganizationView> getModel() {
        return model;
    }

    public VerificationStatus getStatus() {
        return status;
    }

    public void setStatus(VerificationStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public OrganizationView getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
