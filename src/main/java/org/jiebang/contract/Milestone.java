package org.jiebang.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.error.RuleBroken;
import org.jiebang.platform.error.WrongState;
import org.jiebang.platform.persistence.BaseEntity;
import org.jiebang.platform.persistence.JsonLongs;
import org.jiebang.platform.persistence.JsonStrings;

/**
 * A milestone of a contract (SPEC §6): due date, payment amount, the indicators it covers; the
 * contractor submits deliverables, evidence and measured values; the firm accepts or rejects with
 * a reason, and a rejected milestone is submitted again.
 */
@Entity
@Table(name = "contract_milestone")
public class Milestone extends BaseEntity {

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", updatable = false)
    private Contract contract;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 1000)
    private String deliverable;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    /** a horse race's gate: the teams that continue past it are chosen when it is reached */
    @Column(nullable = false)
    private boolean gate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MilestoneStatus status = MilestoneStatus.PLANNED;

    // the indicators it covers, the measured values and the evidence are kept in the milestone's row (V018):
    // each list is replaced whole, never changed in place (JsonList)
    @Convert(converter = JsonStrings.class)
    @Column(name = "indicators")
    private List<String> indicators = new ArrayList<>();

    @Column(columnDefinition = "TEXT")
    private String deliverables;

    @Convert(converter = ContractColumns.Measurements.class)
    @Column(name = "measurements")
    private List<Measurement> measurements = new ArrayList<>();

    @Convert(converter = JsonLongs.class)
    @Column(name = "evidence_file_ids")
    private List<Long> evidenceFileIds = new ArrayList<>();

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private Long submittedBy;

    @Column(name = "decision_comment", length = 2000)
    private String decisionComment;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected Milestone() {
    }

    Milestone(Contract contract, int position, String title, String deliverable, LocalDate dueDate, BigDecimal amount,
            boolean gate, Set<String> indicators) {
        this.contract = contract;
        this.position = position;
        this.title = title;
        this.deliverable = deliverable;
        this.dueDate = dueDate;
        this.amount = amount;
        this.gate = gate;
        this.indicators = new ArrayList<>(new LinkedHashSet<>(indicators));
    }

    /**
     * The contractor submits (or resubmits after a rejection): every indicator the milestone covers
     * needs a measured value, and no other indicator may be named.
     */
    public void submit(String deliverables, List<Measurement> measured, Set<Long> evidence, long userId, Instant now) {
        if (contract.getStatus() != ContractStatus.SIGNED) {
            throw new WrongState("contract", contract.getStatus(), "worked on");
        }
        if (!status.isOpenForSubmission()) {
            throw new WrongState("milestone", status, MilestoneStatus.SUBMITTED);
        }
        checkSubmission(deliverables, measured);
        this.deliverables = deliverables;
        this.measurements = measured.stream().map(m -> new Measurement(m.getIndicator(), m.getMeasured())).toList();
        this.evidenceFileIds = new ArrayList<>(new LinkedHashSet<>(evidence));
        this.submittedAt = now;
        this.submittedBy = userId;
        this.decisionComment = null;
        this.decidedAt = null;
        this.decidedBy = null;
        this.status = MilestoneStatus.SUBMITTED;
    }

    private void checkSubmission(String deliverables, List<Measurement> measured) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if (deliverables == null || deliverables.isBlank()) {
            errors.add(new InvalidInput.FieldError("deliverables", "the deliverables handed over are required", "deliverablesRequired"));
        }
        Set<String> named = new java.util.HashSet<>();
        for (int i = 0; i < measured.size(); i++) {
            Measurement m = measured.get(i);
            if (m.getIndicator() == null || !indicators.contains(m.getIndicator())) {
                errors.add(new InvalidInput.FieldError("measurements[" + i + "].indicator",
                        "not an indicator this milestone covers", "notCovered"));
            } else if (!named.add(m.getIndicator())) {
                errors.add(new InvalidInput.FieldError("measurements[" + i + "].indicator", "measured twice", "measuredTwice"));
            }
            if (m.getMeasured() == null || m.getMeasured().isBlank()) {
                errors.add(new InvalidInput.FieldError("measurements[" + i + "].measured", "a measured value is required", "measuredRequired"));
            } else if (m.getMeasured().length() > Measurement.LENGTH) {
                errors.add(new InvalidInput.FieldError("measurements[" + i + "].measured",
                        "at most " + Measurement.LENGTH + " characters", "text200"));
            }
        }
        for (String covered : indicators) {
            if (!named.contains(covered)) {
                errors.add(new InvalidInput.FieldError("measurements", "a measured value for 「" + covered
                        + "」 is required: the milestone covers it", null, "本里程碑考核「" + covered + "」，须填写其实测值"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** The firm accepts (验收) or rejects with a reason. */
    public void decide(boolean accepted, String comment, long userId, Instant now) {
        if (contract.getStatus() != ContractStatus.SIGNED) {
            throw new WrongState("contract", contract.getStatus(), "worked on");
        }
        if (status != MilestoneStatus.SUBMITTED) {
            throw new WrongState("milestone", status, accepted ? MilestoneStatus.ACCEPTED : MilestoneStatus.REJECTED);
        }
        if (comment != null && comment.length() > 2000) {
            throw InvalidInput.rule("comment", "text2000", "at most 2000 characters");
        }
        if (!accepted && (comment == null || comment.isBlank())) {
            throw new RuleBroken("REASON_REQUIRED", "comment", "A rejection gives the contractor its reason.");
        }
        this.status = accepted ? MilestoneStatus.ACCEPTED : MilestoneStatus.REJECTED;
        this.decisionComment = comment == null || comment.isBlank() ? null : comment.strip();
        this.decidedAt = now;
        this.decidedBy = userId;
        if (accepted) {
            this.acceptedAt = now;
        }
    }

    /** Past its due date (in Beijing) and not accepted, while the signed contract is being worked on. */
    public boolean isOverdue(LocalDate today) {
        return status != MilestoneStatus.ACCEPTED && today.isAfter(dueDate) && contract.getStatus() == ContractStatus.SIGNED;
    }

    /** The last milestone: its acceptance is the final acceptance (验收) of the contract. */
    public boolean isFinal() {
        return position == contract.getMilestones().size() - 1;
    }

    void remind(Instant now) {
        this.remindedAt = now;
    }

    public Contract getContract() {
        return contract;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getDeliverable() {
        return deliverable;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public boolean isGate() {
        return gate;
    }

    public MilestoneStatus getStatus() {
        return status;
    }

    public Set<String> getIndicators() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(indicators));
    }

    public String getDeliverables() {
        return deliverables;
    }

    public List<Measurement> getMeasurements() {
        return measurements.stream().map(m -> new Measurement(m.getIndicator(), m.getMeasured())).toList();
    }

    public Set<Long> getEvidenceFileIds() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(evidenceFileIds));
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getSubmittedBy() {
        return submittedBy;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }
}
