package org.jiebang.challenge.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.challenge.ChallengeForm;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.challenge.ChallengeView;
import org.jiebang.challenge.Evaluation;
import org.jiebang.challenge.Indicator;
import org.jiebang.challenge.TechnologyField;
import org.jiebang.platform.config.Clocks;
import org.jiebang.platform.error.NotFound;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.platform.region.Regions;
import org.jiebang.platform.web.Feedback;

/**
 * Posting a challenge in steps (basics → problem and indicators → terms → review). The draft is
 * saved on the server whenever the owner asks, at any step; submitting checks every field.
 * <p>
 * With {@code amend=true} the same steps amend a published challenge (SPEC §3 更正): nothing is
 * saved on the way, and the last step publishes the amendment with its reason, which bidders and
 * askers are told of.
 */
@Named
@ViewScoped
public class ChallengeEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int TERMS_STEP = 2;
    static final int REVIEW_STEP = 4;

    @Inject
    ChallengeService challenges;

    private Long id;
    private boolean amend;
    private String reason;
    private ChallengeForm form;
    private LocalDateTime deadline;
    /** The deadline as stored, which the page shows to the minute: left unchanged, it stays exact. */
    private Instant shownDeadline;
    private int step;
    /** The firm's drafts, offered on a new form so that starting again does not leave another copy. */
    private List<org.jiebang.challenge.ChallengeSummary> drafts = List.of();

    @OneReading

    public void load() throws IOException {
        try {
            if (!challenges.mayPost()) {
                throw new org.jiebang.platform.error.Forbidden("Only members of a firm post challenges.");
            }
            if (id == null && !challenges.organizationVerified()) {
                // a firm awaiting verification is told so before it types anything (SPEC §2)
                return;
            }
            form = id == null ? blank() : challenges.formOf(id);
            drafts = id == null && !amend ? challenges.myDrafts() : List.of();
            if (form.getIndicators().isEmpty()) {
                form.getIndicators().add(new Indicator());
            }
        } catch (NotFound e) {
            Feedback.notFound();
            return;
        } catch (org.jiebang.platform.error.Forbidden e) {
            // researchers, staff and experts post nothing: the page is not theirs (the authorization matrix)
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, "Forbidden");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        shownDeadline = form.getDeadline();
        deadline = form.getDeadline() == null ? null
                : LocalDateTime.ofInstant(form.getDeadline(), Clocks.DISPLAY_ZONE).truncatedTo(ChronoUnit.MINUTES);
    }

    private static ChallengeForm blank() {
        ChallengeForm blank = new ChallengeForm();
        blank.setRubric(org.jiebang.challenge.Rubric.DEFAULT.copy());
        blank.getIndicators().add(new Indicator());
        return blank;
    }

    /** PrimeFaces hands over each uploaded file; the draft is saved first so that it has an id. */
    public void upload(org.primefaces.event.FileUploadEvent event) throws IOException {
        if (id == null && !save()) {
            return;
        }
        org.primefaces.model.file.UploadedFile file = event.getFile();
        try (java.io.InputStream in = file.getInputStream()) {
            if (Feedback.attempt(() -> challenges.attach(id, in, file.getFileName()))) {
                Feedback.info("attachment.added", file.getFileName());
            }
        }
    }

    public void removeAttachment(long fileId) {
        if (Feedback.attempt(() -> challenges.detach(id, fileId))) {
            Feedback.info("attachment.removed");
        }
    }

    public List<ChallengeService.AttachmentView> getAttachments() {
        return id == null ? List.of() : challenges.attachments(id);
    }

    public void addIndicator() {
        form.getIndicators().add(new Indicator());
    }

    public void removeIndicator(int index) {
        if (index >= 0 && index < form.getIndicators().size()) {
            form.getIndicators().remove(index);
        }
    }

    public void next() {
        if (!(amend || save())) {
            return;
        }
        // each step's own rules before the next: the deadline on the terms step, not at submission
        if (step == TERMS_STEP && !amend && !Feedback.attempt(() -> challenges.checkDeadline(deadlineInstant()))) {
            return;
        }
        step = Math.min(step + 1, REVIEW_STEP);
    }

    public void back() {
        step = Math.max(step - 1, 0);
    }

    public void goTo(int target) {
        if (amend || save()) {
            step = Math.max(0, Math.min(target, REVIEW_STEP));
        }
    }

    public void saveDraft() {
        if (save()) {
            Feedback.info("challenge.saved");
        }
    }

    /** Saves the draft, then submits it for review and shows the challenge. */
    public void submit() throws IOException {
        if (save() && Feedback.attempt(() -> challenges.submit(id))) {
            Feedback.info("challenge.submitted");
            Feedback.redirect("/challenge/view?id=" + id);
        }
    }

    /** Publishes the amendment and shows the challenge with its history. */
    public void publishAmendment() throws IOException {
        form.setDeadline(deadlineInstant());
        if (Feedback.attempt(() -> challenges.amend(id, form, reason))) {
            Feedback.info("amendment.published");
            Feedback.redirect("/challenge/view?id=" + id + "#amendments");
        }
    }

    private Instant deadlineInstant() {
        if (deadline == null) {
            return null;
        }
        if (shownDeadline != null && deadline.equals(
                LocalDateTime.ofInstant(shownDeadline, Clocks.DISPLAY_ZONE).truncatedTo(ChronoUnit.MINUTES))) {
            return shownDeadline;
        }
        return deadline.atZone(Clocks.DISPLAY_ZONE).toInstant();
    }

    private boolean save() {
        form.setDeadline(deadlineInstant());
        boolean created = id == null;
        boolean saved = Feedback.attempt(() -> {
            ChallengeView view = id == null ? challenges.create(form) : challenges.update(id, form);
            id = view.id();
        });
        if (saved && created) {
            // the address now names the draft: reloading or coming back goes on with it, not with a new copy
            org.primefaces.PrimeFaces.current().executeScript("history.replaceState(null, '', '?id=" + id + "')");
            drafts = List.of();
            // the drafts offered above the form go with it (a delete there would find no list to act on)
            org.primefaces.PrimeFaces.current().ajax().update("draftsForm");
        }
        return saved;
    }

    public List<org.jiebang.challenge.ChallengeSummary> getDrafts() {
        return drafts;
    }

    /** Deletes one of the drafts offered above a new form; the others stay offered. */
    public void deleteDraft(long draftId) {
        if (Feedback.attempt(() -> challenges.deleteDraft(draftId))) {
            drafts = drafts.stream().filter(d -> d.id() != draftId).toList();
            Feedback.info("post.draftDeleted");
        }
    }

    /**
     * Suggestions for the region field, as names with their code ({@code 浙江省嘉兴市南湖区 330402})
     * that the field's converter reads back as codes: by digits, the codes in use and the provinces
     * that start with them; by name, the provinces, cities (with their counties) and counties whose
     * name contains it ({@code 嘉兴}). Any other valid six-digit code may still be typed.
     */
    public List<String> completeRegion(String query) {
        String q = query == null ? "" : query.strip();
        java.util.Set<String> codes = new java.util.LinkedHashSet<>();
        List<String> inUse = challenges.regions();
        if (q.matches("[0-9]{1,6}")) {
            inUse.stream().filter(code -> code.startsWith(q)).forEach(codes::add);
            Regions.provinces().stream().map(Regions.Province::code).filter(code -> code.startsWith(q)).forEach(codes::add);
            codes.addAll(Regions.coded(q, 15));
        } else if (!q.isEmpty()) {
            codes.addAll(Regions.named(q, 15));
        }
        boolean english = "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
        return codes.stream().limit(15).map(code -> Regions.choice(code, english)).toList();
    }

    public List<TechnologyField> getFields() {
        return challenges.fields();
    }

    public List<Evaluation> getEvaluations() {
        return List.of(Evaluation.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isAmend() {
        return amend;
    }

    public void setAmend(boolean amend) {
        this.amend = amend;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public ChallengeForm getForm() {
        return form;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDateTime deadline) {
        this.deadline = deadline;
    }

    public int getStep() {
        return step;
    }
}
