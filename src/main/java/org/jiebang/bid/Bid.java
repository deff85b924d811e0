package org.jiebang.bid;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.jiebang.account.Organization;
import org.jiebang.challenge.Challenge;
import org.jiebang.challenge.Indicator;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.error.InvalidInput.FieldError;
import org.jiebang.platform.error.WrongState;
import org.jiebang.platform.persistence.BaseEntity;
import org.jiebang.platform.persistence.JsonLongs;
import org.jiebang.platform.storage.StoredFile;

/**
 * A research team's bid for a challenge (揭榜申报, SPEC §4), led by one organization and its
 * principal (挂帅人). Its content is sealed until bidding closes: the rules of who may see it are
 * in {@link BidAccess}; this class keeps the lifecycle ({@link BidStatus}) and the rules of a
 * complete bid. The server's clock decides every deadline: each move takes {@code now}.
 */
@Entity
@Table(name = "bid")
public class Bid extends BaseEntity {

    public static final int MAX_ATTACHMENTS = 20;
    private static final BigDecimal HUNDRED = new BigDecimal("100.00");

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "challenge_id", updatable = false)
    private Challenge challenge;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_organization_id", updatable = false)
    private Organization lead;

    /** the lead organization while the bid is live, else null: one live bid per organization and challenge */
    @Column(name = "live_organization_id")
    private Long liveOrganizationId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BidStatus status = BidStatus.DRAFT;

    @Embedded
    private Principal principal = new Principal();

    // the team, the partners, the promised values and the milestones are kept in the bid's row (V017):
    // each list is replaced whole, never changed in place (JsonList)
    @Convert(converter = BidColumns.Members.class)
    @Column(name = "members")
    private List<TeamMember> members = new ArrayList<>();

    @Convert(converter = JsonLongs.class)
    @Column(name = "partner_organization_ids")
    private List<Long> partnerOrganizationIds = new ArrayList<>();

    private String approach;

    @Convert(converter = BidColumns.IndicatorResponses.class)
    @Column(name = "indicator_responses")
    private List<IndicatorResponse> indicatorResponses = new ArrayList<>();

    @Column(precision = 18, scale = 2)
    private BigDecimal price;

    @Column(name = "duration_months")
    private Integer durationMonths;

    @Convert(converter = BidColumns.Milestones.class)
    @Column(name = "milestones")
    private List<ProposedMilestone> milestones = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "bid_attachment", joinColumns = @JoinColumn(name = "bid_id"),
            inverseJoinColumns = @JoinColumn(name = "file_id"))
    private List<StoredFile> attachments = new ArrayList<>();

    /** when the team started it, by the cluster's clock */
    @Column(name = "started_at", updatable = false)
    private Instant startedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "receipt_sha256", length = 64)
    private String receiptSha256;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "disqualify_reason", length = 1000)
    private String disqualifyReason;

    protected Bid() {
    }

    /** A new draft of {@code lead} for {@code challenge}, which must be open for bids at {@code now}. */
    public Bid(Challenge challenge, Organization lead, long createdBy, Instant now) {
        requireOpen(challenge, now);
        this.startedAt = now;
        this.challenge = challenge;
        this.lead = lead;
        this.liveOrganizationId = lead.getId();
        this.createdBy = createdBy;
        // one response row per indicator of the challenge, for the team to fill in
        List<IndicatorResponse> responses = new ArrayList<>();
        for (Indicator indicator : challenge.getIndicators()) {
            responses.add(new IndicatorResponse(indicator.getName(), null));
        }
        indicatorResponses = responses;
    }

    private static void requireOpen(Challenge challenge, Instant now) {
        if (!challenge.isOpenForBids(now)) {
            if (challenge.getDeadline() != null && !now.isBefore(challenge.getDeadline())) {
                throw challenge.deadlinePassed();
            }
            throw new WrongState("challenge", challenge.getStatus(), "given bids");
        }
    }

    /** Replaces the content (draft rules only; a submitted bid is checked in full by its caller). */
    public void edit(BidForm form, String sanitizedApproach, Instant now) {
        if (!status.isEditable()) {
            throw new WrongState("bid", status, "edited");
        }
        requireOpen(challenge, now);
        Principal p = form.getPrincipal() == null ? new Principal() : form.getPrincipal();
        principal = p.copy();
        members = new ArrayList<>(form.getMembers().stream().map(TeamMember::copy).toList());
        partnerOrganizationIds = new ArrayList<>(new LinkedHashSet<>(form.getPartnerOrganizationIds()));
        approach = sanitizedApproach;
        Map<String, String> promised = new LinkedHashMap<>();
        for (IndicatorResponse r : form.getIndicatorResponses()) {
            if (r.getIndicator() != null) {
                promised.put(r.getIndicator(), r.getPromised());
            }
        }
        List<IndicatorResponse> responses = new ArrayList<>();
        for (Indicator indicator : challenge.getIndicators()) {
            responses.add(new IndicatorResponse(indicator.getName(), promised.get(indicator.getName())));
        }
        indicatorResponses = responses;
        price = form.getPrice() == null ? null : form.getPrice().setScale(2, RoundingMode.UNNECESSARY);
        durationMonths = form.getDurationMonths();
        milestones = new ArrayList<>(form.getMilestones().stream().map(ProposedMilestone::copy).toList());
    }

    /**
     * The rules of a complete bid that look beyond single fields, each error naming its field:
     * a promised value for every indicator of the challenge, milestone shares adding up to 100 %,
     * milestones due within the duration, partners other than the lead.
     *
     * @throws InvalidInput naming every field that breaks a rule
     */
    public static void checkComplete(BidForm form, Challenge challenge, long leadOrganizationId) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> answered = new LinkedHashSet<>();
        for (IndicatorResponse r : form.getIndicatorResponses()) {
            if (r.getIndicator() != null && r.getPromised() != null) {
                answered.add(r.getIndicator());
            }
        }
        List<Indicator> indicators = challenge.getIndicators();
        for (int i = 0; i < indicators.size(); i++) {
            if (!answered.contains(indicators.get(i).getName())) {
                errors.add(new FieldError("indicatorResponses[" + i + "].promised",
                        "a promised value is required for the indicator \"" + indicators.get(i).getName() + "\"",
                        "promisedRequired"));
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < form.getMilestones().size(); i++) {
            ProposedMilestone m = form.getMilestones().get(i);
            if (m.getShare() != null) {
                total = total.add(m.getShare());
            }
            if (m.getMonth() != null && form.getDurationMonths() != null && m.getMonth() > form.getDurationMonths()) {
                errors.add(new FieldError("milestones[" + i + "].month",
                        "must lie within the duration of " + form.getDurationMonths() + " months", "milestoneMonth"));
            }
        }
        if (!form.getMilestones().isEmpty() && total.compareTo(HUNDRED) != 0) {
            errors.add(new FieldError("milestones", "the shares of the milestones must add up to 100 % (now "
                    + total.stripTrailingZeros().toPlainString() + " %)", "sharesTotal"));
        }
        if (form.getPartnerOrganizationIds().contains(leadOrganizationId)) {
            errors.add(new FieldError("partnerOrganizationIds", "the lead organization cannot also be a partner",
                    "partnerIsLead"));
        }
        if (new LinkedHashSet<>(form.getPartnerOrganizationIds()).size() != form.getPartnerOrganizationIds().size()) {
            errors.add(new FieldError("partnerOrganizationIds", "each partner may be named once", "partnerTwice"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /**
     * Submits (or resubmits) before the deadline, by the server's clock; the receipt is the time
     * and the SHA-256 of the canonical content ({@link BidCanonical}).
     */
    public void submit(Instant now) {
        requireOpen(challenge, now);
        move(BidStatus.SUBMITTED);
        liveOrganizationId = lead.getId();
        submittedAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as the database keeps it
        withdrawnAt = null;
        receiptSha256 = BidCanonical.sha256(this);
    }

    /** Withdraws a submitted bid before the deadline; it may be submitted again until then. */
    public void withdraw(Instant now) {
        requireOpen(challenge, now);
        move(BidStatus.WITHDRAWN);
        liveOrganizationId = null;
        withdrawnAt = now;
    }

    /** At the close: a submitted bid opens; answers whether it did. */
    public boolean open(Instant now) {
        if (status != BidStatus.SUBMITTED) {
            return false;
        }
        move(BidStatus.OPENED);
        openedAt = now;
        return true;
    }

    /** Staff disqualify an opened bid for a stated reason, which its team reads (SPEC §5). */
    public void disqualify(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new org.jiebang.platform.error.RuleBroken("REASON_REQUIRED", "reason", "Disqualifying a bid needs a reason.");
        }
        if (reason.strip().length() > 1000) {
            throw new org.jiebang.platform.error.InvalidInput("reason", "at most 1000 characters");
        }
        move(BidStatus.DISQUALIFIED);
        disqualifyReason = reason.strip();
    }

    /** The final award (SPEC §5): this opened bid won. */
    public void award() {
        move(BidStatus.AWARDED);
    }

    /** The final award went to others: an opened bid is not awarded (a disqualified one stays so). */
    public void notAward() {
        if (status == BidStatus.OPENED) {
            move(BidStatus.NOT_AWARDED);
        }
    }

    /** Every change of state goes through {@link BidStatus#canMoveTo}. */
    private void move(BidStatus next) {
        if (!status.canMoveTo(next)) {
            throw new WrongState("bid", status, next);
        }
        status = next;
    }

    /** Throws unless the team may still change the bid at {@code now}: editable, before the deadline. */
    public void requireChangeable(Instant now) {
        if (!status.isEditable()) {
            throw new WrongState("bid", status, "changed");
        }
        requireOpen(challenge, now);
    }

    public void attach(StoredFile file, Instant now) {
        requireChangeable(now);
        if (attachments.size() >= MAX_ATTACHMENTS) {
            throw new org.jiebang.platform.error.RuleBroken("TOO_MANY_FILES", "file",
                    "A bid has at most " + MAX_ATTACHMENTS + " attachments.");
        }
        attachments.add(file);
    }

    public void detach(long fileId, Instant now) {
        if (!status.isEditable()) {
            throw new WrongState("bid", status, "changed");
        }
        requireOpen(challenge, now);
        attachments.removeIf(f -> f.getId() == fileId);
    }

    /** The form of this bid, for editing it. */
    public BidForm toForm() {
        BidForm form = new BidForm();
        form.setPrincipal(principal == null ? new Principal() : principal.copy());
        form.setMembers(members.stream().map(TeamMember::copy).toList());
        form.setPartnerOrganizationIds(List.copyOf(partnerOrganizationIds));
        form.setApproach(approach);
        form.setIndicatorResponses(indicatorResponses.stream().map(IndicatorResponse::copy).toList());
        form.setPrice(price);
        form.setDurationMonths(durationMonths);
        form.setMilestones(milestones.stream().map(ProposedMilestone::copy).toList());
        return form;
    }

    /** For the audit log: the state only, never the sealed content (SPEC §4). */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("challengeId", challenge.getId());
        state.put("leadOrganizationId", lead.getId());
        state.put("status", status.name());
        if (receiptSha256 != null) {
            state.put("receiptSha256", receiptSha256);
        }
        return state;
    }

    public Challenge getChallenge() {
        return challenge;
    }

    public Organization getLead() {
        return lead;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public BidStatus getStatus() {
        return status;
    }

    public Principal getPrincipal() {
        return principal == null ? new Principal() : principal;
    }

    public List<TeamMember> getMembers() {
        return members.stream().map(TeamMember::copy).toList();
    }

    public Set<Long> getPartnerOrganizationIds() {
        return Set.copyOf(partnerOrganizationIds);
    }

    public String getApproach() {
        return approach;
    }

    public List<IndicatorResponse> getIndicatorResponses() {
        return indicatorResponses.stream().map(IndicatorResponse::copy).toList();
    }

    public BigDecimal getPrice() {
        return price;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public List<ProposedMilestone> getMilestones() {
        return milestones.stream().map(ProposedMilestone::copy).toList();
    }

    public List<StoredFile> getAttachments() {
        return List.copyOf(attachments);
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getReceiptSha256() {
        return receiptSha256;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getDisqualifyReason() {
        return disqualifyReason;
    }
}
