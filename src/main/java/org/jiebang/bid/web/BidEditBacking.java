package org.jiebang.bid.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.bid.BidForm;
import org.jiebang.bid.BidService.OrganizationChoice;
import org.jiebang.bid.BidService;
import org.jiebang.bid.BidStatus;
import org.jiebang.bid.BidView;
import org.jiebang.bid.ProposedMilestone;
import org.jiebang.bid.TeamMember;
import org.jiebang.platform.error.NotFound;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.platform.web.Feedback;

/**
 * Writing a bid (SPEC §4): principal, team, partners, approach, a promised value per indicator,
 * price, duration, milestones, attachments. Saved as a draft at any time; submitting checks every
 * field. A submitted bid saved again is resubmitted, with a new receipt.
 */
@Named
@ViewScoped
public class BidEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BidService bids;

    private Long id;
    private BidView bid;
    private BidForm form;
    private List<OrganizationChoice> partnerChoices;
    private java.util.Map<String, String> targets;
    /** The bid was saved and found complete: the page asks the team to confirm what it sends. */
    private boolean confirming;

    @OneReading

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFound();
            }
            bid = bids.get(id);
            if (!bids.isTeam(id)) {
                throw new NotFound();
            }
            form = bids.formOf(id);
            targets = bids.indicatorTargets(id);
            if (form.getMembers().isEmpty()) {
                form.getMembers().add(new TeamMember());
            }
            if (form.getMilestones().isEmpty()) {
                form.getMilestones().add(new ProposedMilestone());
            }
        } catch (NotFound e) {
            Feedback.notFound();
        }
    }

    public void addMember() {
        form.getMembers().add(new TeamMember());
    }

    public void removeMember(int index) {
        if (index >= 0 && index < form.getMembers().size()) {
            form.getMembers().remove(index);
        }
    }

    public void addMilestone() {
        form.getMilestones().add(new ProposedMilestone());
    }

    public void removeMilestone(int index) {
        if (index >= 0 && index < form.getMilestones().size()) {
            form.getMilestones().remove(index);
        }
    }

    /** The shares entered so far, for the running total under the milestones. */
    public BigDecimal getShareTotal() {
        return form.getMilestones().stream().map(ProposedMilestone::getShare).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether the shares add up to 100 % (compared by value: 100.00 is 100). */
    public boolean isShareComplete() {
        return getShareTotal().compareTo(BigDecimal.valueOf(100)) == 0;
    }

    /** Saves the draft (or, for a submitted bid, resubmits it). */
    public void save() {
        if (Feedback.attempt(() -> bid = bids.update(id, form))) {
            Feedback.info(bid.status() == BidStatus.SUBMITTED ? "bid.resubmitted" : "bid.saved");
        }
    }

    /**
     * Saves what was typed and checks that the bid is complete, each gap beside its field; a complete
     * bid is then shown as it will be sent, for the team to confirm.
     */
    public void check() {
        confirming = Feedback.attempt(() -> bid = bids.update(id, form)) && Feedback.attempt(() -> bids.checkSubmittable(id));
    }

    public void keepEditing() {
        confirming = false;
    }

    public boolean isConfirming() {
        return confirming;
    }

    /** What the challenge asks of each indicator, by its name, shown beside the team's promise. */
    public String target(String indicator) {
        return targets == null ? "" : targets.getOrDefault(indicator, "");
    }

    /** Saves, submits and shows the receipt. */
    public void submit() throws IOException {
        confirming = false;
        if (bid.status() == BidStatus.SUBMITTED) {
            save();
            return;
        }
        if (Feedback.attempt(() -> bids.update(id, form)) && Feedback.attempt(() -> bid = bids.submit(id))) {
            Feedback.info("bid.submitted");
            Feedback.redirect("/bid/view?id=" + id);
        }
    }

    public void withdraw() {
        if (Feedback.attempt(() -> bid = bids.withdraw(id))) {
            Feedback.info("bid.withdrawn");
        }
    }

    public void upload(org.primefaces.event.FileUploadEvent event) throws IOException {
        org.primefaces.model.file.UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            if (Feedback.attempt(() -> bids.attach(id, in, file.getFileName()))) {
                bid = bids.get(id);
                Feedback.info("attachment.added", file.getFileName());
            }
        }
    }

    public void removeAttachment(long fileId) {
        if (Feedback.attempt(() -> bids.detach(id, fileId))) {
            bid = bids.get(id);
            Feedback.info("attachment.removed");
        }
    }

    public List<OrganizationChoice> getPartnerChoices() {
        if (partnerChoices == null) {
            partnerChoices = bids.partnerChoices();
        }
        return partnerChoices;
    }

    public boolean isFilesEditable() {
        return bid.status() == BidStatus.DRAFT || bid.status() == BidStatus.WITHDRAWN;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public BidView getBid() {
        return bid;
    }

    public BidForm getForm() {
        return form;
    }
}
