package org.jiebang.challenge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.jiebang.account.Organization;
import org.jiebang.platform.error.RuleBroken;
import org.jiebang.platform.error.WrongState;
import org.jiebang.platform.persistence.BaseEntity;
import org.jiebang.platform.persistence.JsonStrings;
import org.jiebang.platform.storage.StoredFile;

/**
 * A challenge (榜单, SPEC §3): a firm's bottleneck problem with a bounty and measurable indicators.
 * <p>
 * Lifecycle ({@link ChallengeStatus}): the owner writes a {@code DRAFT} and {@link #submit submits}
 * it; staff {@link #approve approve} it ({@code PUBLISHED}) or {@link #returnForChanges return} it
 * with comments ({@code RETURNED}, edited and submitted again). Published, it may be
 * {@link #amend amended} (versioned; an amendment in the last 3 days moves the deadline 3 days on)
 * until bidding {@link #close closes} by itself at the deadline ({@code EVALUATING}). It may be
 * {@link #cancel cancelled} with a reason until then.
 */
@Entity
@Table(name = "challenge")
public class Challenge extends BaseEntity {

    /** SPEC §3: an amendment inside the last 3 days extends the deadline by 3 days. */
    public static final Duration LATE_AMENDMENT = Duration.ofDays(3);

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_organization_id", updatable = false)
    private Organization owner;

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Column(nullable = false, length = ChallengeForm.TITLE_LENGTH)
    private String title;

    @Column(length = ChallengeForm.SUMMARY_LENGTH)
    private String summary;

    private String background;

    private String problem;

    // kept in the challenge's row (V019), replaced whole, never changed in place (JsonList)
    @Convert(converter = ChallengeColumns.Indicators.class)
    @Column(name = "indicators")
    private List<Indicator> indicators = new ArrayList<>();

    @Column(name = "field_code", length = 32)
    private String field;

    @Column(length = ChallengeForm.INDUSTRY_LENGTH)
    private String industry;

    @Column(length = 6)
    private String region;

    /** in the challenge's row, as a JSON array (replaced, never changed in place: see {@link JsonStrings}) */
    @Convert(converter = JsonStrings.class)
    @Column(name = "keywords")
    private List<String> keywords = new ArrayList<>();

    @Column(precision = 18, scale = 2)
    private BigDecimal budget;

    private Instant deadline;

    @Column(name = "duration_months")
    private Integer durationMonths;

    @Column(name = "ip_terms")
    private String ipTerms;

    @Column(name = "confidential_details")
    private String confidentialDetails;

    @Column(name = "max_awards", nullable = false)
    private int maxAwards = 1;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Evaluation evaluation = Evaluation.SINGLE;

    @jakarta.persistence.Embedded
    private Rubric rubric = Rubric.DEFAULT.copy();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ChallengeStatus status = ChallengeStatus.DRAFT;

    @Column(name = "review_comments")
    private String reviewComments;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** When a published challenge was cancelled or failed (流榜): the end of its public record. */
    @Column(name = "ended_at")
    private Instant endedAt;

    @BatchFetch(BatchFetchType.IN)
    @jakarta.persistence.ManyToMany(fetch = FetchType.LAZY)
    @jakarta.persistence.JoinTable(name = "challenge_attachment", joinColumns = @JoinColumn(name = "challenge_id"),
            inverseJoinColumns = @JoinColumn(name = "file_id"))
    private java.util.Set<StoredFile> attachments = new java.util.LinkedHashSet<>();

    /** number of amendments since publication: the public text's version is this + 1 */
    @Column(nullable = false)
    private int amendments;

    protected Challenge() {
    }

    public Challenge(Organization owner, Long createdBy, ChallengeForm form) {
        this.owner = owner;
        this.createdBy = createdBy;
        apply(form);
    }

    /** The owner edits a draft or a returned challenge. */
    public void edit(ChallengeForm form) {
        if (!status.isEditable()) {
            throw new WrongState("challenge", status, "edited");
        }
        apply(form);
    }

    /**
     * Submits for review. The form's completeness is checked by the caller (bean validation,
     * {@link ChallengeForm.Complete}); here the rules that need the clock.
     */
    public void submit(Instant now, Duration minBidding) {
        requireDeadlineAfter(now, minBidding);
        move(ChallengeStatus.PENDING_REVIEW);
        submittedAt = now;
    }

    /** Staff publish it; the deadline must still lie {@code minBidding} ahead (SPEC §3). */
    public void approve(Instant now, Duration minBidding) {
        if (status != ChallengeStatus.PENDING_REVIEW) {
            throw new WrongState("challenge", status, ChallengeStatus.PUBLISHED);
        }
        requireDeadlineAfter(now, minBidding);
        move(ChallengeStatus.PUBLISHED);
        publishedAt = now;
        reviewComments = null;
    }

    /** Staff send it back with comments the owner will see. */
    public void returnForChanges(String comments) {
        if (comments == null || comments.isBlank()) {
            throw new RuleBroken("COMMENTS_REQUIRED", "comments", "Returning a challenge needs comments for its owner.");
        }
        move(ChallengeStatus.RETURNED);
        reviewComments = comments.strip();
    }

    /**
     * The owner or staff cancel it with a reason: before publication at any time, once published
     * only before the deadline (SPEC §3), so that bids submitted in time always open.
     */
    public void cancel(String reason, Instant now) {
        if (publishedAt != null && deadline != null && !now.isBefore(deadline)) {
            throw deadlinePassed(); // whether or not the closing job has run yet
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleBroken("REASON_REQUIRED", "reason", "Cancelling a challenge needs a reason.");
        }
        move(ChallengeStatus.CANCELLED);
        cancelReason = reason.strip();
        if (publishedAt != null) {
            endedAt = now;
        }
    }

    /** Whether bidding is to close at {@code now}: published and the deadline come (SPEC §3). */
    public boolean isDueForClosing(Instant now) {
        return status == ChallengeStatus.PUBLISHED && !now.isBefore(deadline);
    }

    /**
     * Bidding closes by itself at the deadline (SPEC §3, §5): with {@code openedBids} opened the
     * challenge is {@code EVALUATING}, with none it fails (流榜). Answers whether this call closed
     * it, so that a caller running on several nodes acts exactly once.
     */
    public boolean close(Instant now, int openedBids) {
        if (!isDueForClosing(now)) {
            return false;
        }
        move(openedBids > 0 ? ChallengeStatus.EVALUATING : ChallengeStatus.FAILED);
        closedAt = now;
        if (openedBids == 0) {
            endedAt = now;
        }
        return true;
    }

    /** Staff propose an award (SPEC §5): the public notice runs from now. */
    public void proposeAward() {
        move(ChallengeStatus.AWARD_PROPOSED);
    }

    /** An upheld objection sends the proposal back to evaluation (SPEC §5). */
    public void reopenEvaluation() {
        move(ChallengeStatus.EVALUATING);
    }

    /** The award is final (SPEC §5). */
    public void award() {
        move(ChallengeStatus.AWARDED);
    }

    /** The first contract of the award is signed by both parties (SPEC §6). */
    public void startExecution() {
        if (status == ChallengeStatus.AWARDED) {
            move(ChallengeStatus.IN_EXECUTION);
        }
    }

    /** The final acceptance (验收) of its contracts: completed (SPEC §6). */
    public void complete() {
        move(ChallengeStatus.COMPLETED);
    }

    /** Every contract of the award ended without completion (SPEC §6). */
    public void terminate() {
        move(ChallengeStatus.TERMINATED);
    }

    /** 流榜 during evaluation: staff disqualified the last opened bid (SPEC §5). */
    public void fail(Instant now) {
        move(ChallengeStatus.FAILED);
        endedAt = now;
    }

    /** 409 {@code DEADLINE_PASSED}, naming the deadline in Beijing time. */
    public RuntimeException deadlinePassed() {
        String shown = SHOWN.format(deadline);
        return new org.jiebang.platform.error.Conflict("DEADLINE_PASSED", "deadline",
                "Bidding closed at the deadline, " + shown + " (Asia/Shanghai); nothing was changed.", shown);
    }

    private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss").withZone(org.jiebang.platform.config.Clocks.DISPLAY_ZONE);

    /** SPEC §3: at most this many attachments. */
    public static final int MAX_ATTACHMENTS = 20;

    /** The owner attaches a file while the challenge is a draft or returned. */
    public void attach(StoredFile file) {
        if (!status.isEditable()) {
            throw new WrongState("challenge", status, "given attachments");
        }
        if (attachments.size() >= MAX_ATTACHMENTS) {
            throw new RuleBroken("TOO_MANY_FILES", "file", "A challenge has at most " + MAX_ATTACHMENTS + " attachments.");
        }
        attachments.add(file);
    }

    public void detach(long fileId) {
        if (!status.isEditable()) {
            throw new WrongState("challenge", status, "changed");
        }
        attachments.removeIf(f -> f.getId() == fileId);
    }

    public List<StoredFile> getAttachments() {
        return List.copyOf(attachments);
    }

    /** Whether anyone may read it: from publication on, also after a cancellation that followed it. */
    public boolean isVisibleToPublic() {
        return status.isPublic() || (status == ChallengeStatus.CANCELLED && publishedAt != null);
    }

    /** Whether bids are accepted at {@code now}: published and before the deadline, by the server's clock. */
    public boolean isOpenForBids(Instant now) {
        return status == ChallengeStatus.PUBLISHED && now.isBefore(deadline);
    }

    /**
     * Amends a published challenge before its deadline: the public content changes, the version
     * goes up and, inside the last 3 days, the deadline moves 3 days on. The deadline itself may
     * only move later.
     *
     * @return the changed fields, before and after, for the amendment history
     */
    public Map<String, Object[]> amend(ChallengeForm form, Instant now) {
        if (status != ChallengeStatus.PUBLISHED || !now.isBefore(deadline)) {
            throw new WrongState("challenge", status, "amended");
        }
        if (form.getDeadline() != null && form.getDeadline().isBefore(deadline)) {
            throw new RuleBroken("DEADLINE_EARLIER", "deadline", "An amendment cannot move the deadline earlier.");
        }
        Map<String, Object> before = publicContent();
        Instant oldDeadline = deadline;
        apply(form);
        if (deadline == null) {
            deadline = oldDeadline;
        }
        if (Duration.between(now, oldDeadline).compareTo(LATE_AMENDMENT) < 0 && !deadline.isAfter(oldDeadline)) {
            deadline = oldDeadline.plus(LATE_AMENDMENT);
        }
        Map<String, Object> after = publicContent();
        Map<String, Object[]> changes = new LinkedHashMap<>();
        before.forEach((key, value) -> {
            if (!Objects.equals(value, after.get(key))) {
                changes.put(key, new Object[] { value, after.get(key) });
            }
        });
        if (changes.isEmpty()) {
            throw new RuleBroken("NOTHING_CHANGED", null, "The amendment changes nothing.");
        }
        amendments++;
        return changes;
    }

    /** The content bidders rely on, field by field, for amendment histories. */
    Map<String, Object> publicContent() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("title", title);
        content.put("summary", summary);
        content.put("background", background);
        content.put("problem", problem);
        content.put("indicators", indicators.stream().map(i -> {
            Map<String, String> indicator = new LinkedHashMap<>();
            indicator.put("name", i.getName());
            indicator.put("target", i.getTarget());
            indicator.put("unit", i.getUnit());
            indicator.put("verification", i.getVerification());
            return indicator;
        }).toList());
        content.put("field", field);
        content.put("industry", industry);
        content.put("region", region);
        content.put("keywords", List.copyOf(keywords));
        content.put("budget", budget == null ? null : budget.toPlainString());
        content.put("deadline", deadline == null ? null : deadline.toString());
        content.put("durationMonths", durationMonths);
        content.put("ipTerms", ipTerms);
        content.put("confidentialDetails", confidentialDetails);
        content.put("maxAwards", maxAwards);
        content.put("evaluation", evaluation);
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (Criterion c : Criterion.values()) {
            weights.put(c.key(), rubric.weight(c));
        }
        content.put("rubric", weights);
        return content;
    }

    private void requireDeadlineAfter(Instant now, Duration minBidding) {
        if (deadline == null || deadline.isBefore(now.plus(minBidding))) {
            throw deadlineTooSoon(minBidding);
        }
    }

    /** The refusal of a deadline closer than {@code minBidding} to publication (SPEC §3). */
    static RuleBroken deadlineTooSoon(Duration minBidding) {
        return new RuleBroken("DEADLINE_TOO_SOON", "deadline", "The deadline must lie at least "
                + org.jiebang.platform.i18n.Wording.duration(minBidding, org.jiebang.platform.i18n.Language.ENGLISH)
                + " after publication.", minBidding);
    }

    private void move(ChallengeStatus next) {
        if (!status.canMoveTo(next)) {
            throw new WrongState("challenge", status, next);
        }
        status = next;
    }

    private void apply(ChallengeForm form) {
        title = strip(form.getTitle());
        summary = strip(form.getSummary());
        background = strip(form.getBackground());
        problem = strip(form.getProblem());
        indicators = form.getIndicators().stream().filter(i -> i != null && !i.isEmpty()).map(Indicator::copy)
                .collect(Collectors.toCollection(ArrayList::new));
        field = strip(form.getField());
        industry = strip(form.getIndustry());
        region = strip(form.getRegion());
        keywords = form.getKeywords().stream().filter(Objects::nonNull).map(String::strip).filter(k -> !k.isEmpty())
                .distinct().collect(Collectors.toCollection(ArrayList::new));
        budget = form.getBudget() == null ? null : form.getBudget().setScale(2, RoundingMode.UNNECESSARY);
        deadline = form.getDeadline();
        durationMonths = form.getDurationMonths();
        ipTerms = strip(form.getIpTerms());
        confidentialDetails = strip(form.getConfidentialDetails());
        maxAwards = form.getMaxAwards() == null ? 1 : form.getMaxAwards();
        evaluation = form.getEvaluation() == null ? Evaluation.SINGLE : form.getEvaluation();
        if (form.getRubric() != null) {
            rubric = form.getRubric().copy(); // a form without weights keeps them (the defaults for a new challenge)
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A form holding this challenge's current content, for editing and amending. */
    public ChallengeForm toForm() {
        ChallengeForm form = new ChallengeForm();
        form.setTitle(title);
        form.setSummary(summary);
        form.setBackground(background);
        form.setProblem(problem);
        form.setIndicators(new ArrayList<>(indicators.stream().map(Indicator::copy).toList()));
        form.setField(field);
        form.setIndustry(industry);
        form.setRegion(region);
        form.setKeywords(new ArrayList<>(keywords));
        form.setBudget(budget);
        form.setDeadline(deadline);
        form.setDurationMonths(durationMonths);
        form.setIpTerms(ipTerms);
        form.setConfidentialDetails(confidentialDetails);
        form.setMaxAwards(maxAwards);
        form.setEvaluation(evaluation);
        form.setRubric(rubric.copy());
        return form;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", title);
        state.put("status", status);
        state.put("deadline", deadline == null ? null : deadline.toString());
        state.put("budget", budget == null ? null : budget.toPlainString());
        state.put("version", amendments + 1);
        if (reviewComments != null) {
            state.put("comments", reviewComments);
        }
        if (cancelReason != null) {
            state.put("cancelReason", cancelReason);
        }
        return state;
    }

    public Organization getOwner() {
        return owner;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBackground() {
        return background;
    }

    public String getProblem() {
        return problem;
    }

    public List<Indicator> getIndicators() {
        return indicators.stream().map(i -> new Indicator(i.getName(), i.getTarget(), i.getUnit(), i.getVerification()))
                .toList();
    }

    public String getField() {
        return field;
    }

    public String getIndustry() {
        return industry;
    }

    public String getRegion() {
        return region;
    }

    public List<String> getKeywords() {
        return List.copyOf(keywords);
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public String getIpTerms() {
        return ipTerms;
    }

    public String getConfidentialDetails() {
        return confidentialDetails;
    }

    public int getMaxAwards() {
        return maxAwards;
    }

    public Rubric getRubric() {
        return rubric.copy();
    }

    public Evaluation getEvaluation() {
        return evaluation;
    }

    public ChallengeStatus getStatus() {
        return status;
    }

    public String getReviewComments() {
        return reviewComments;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    /** When it was cancelled after publication or failed; null otherwise. */
    public Instant getEndedAt() {
        return endedAt;
    }

    /** The version of the public text: 1 at publication, +1 per amendment. */
    public int getContentVersion() {
        return amendments + 1;
    }
}
