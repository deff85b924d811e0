package org.jiebang.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jiebang.platform.error.Conflict;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.persistence.BaseEntity;

/**
 * An outcome of a contract (成果, SPEC §8): a patent with its application number and status, a
 * software copyright, a paper, a standard, a product, revenue with its amount, or another; with
 * its date and evidence. The contractor records it; the client firm or staff confirm it.
 */
@Entity
@Table(name = "contract_outcome")
public class Outcome extends BaseEntity {

    public static final int TITLE_LENGTH = 300;
    public static final int EVIDENCE_LENGTH = 2000;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private Long contractId;

    @Column(name = "challenge_id", nullable = false, updatable = false)
    private Long challengeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_type", nullable = false, length = 24, updatable = false)
    private OutcomeType type;

    @Column(nullable = false, length = TITLE_LENGTH, updatable = false)
    private String title;

    @Column(name = "outcome_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(length = EVIDENCE_LENGTH, updatable = false)
    private String evidence;

    @Column(name = "application_number", length = 16, updatable = false)
    private String applicationNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "patent_status", length = 24, updatable = false)
    private PatentStatus patentStatus;

    @Column(precision = 18, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private Long recordedBy;

    /** null until the firm or staff decide; then whether they confirmed it */
    private Boolean confirmed;

    @Column(name = "confirmation_comment", length = 2000)
    private String confirmationComment;

    @Column(name = "confirmed_by")
    private Long confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected Outcome() {
    }

    /**
     * A new outcome, checked: title and date always; a patent's application number by its form and
     * check digit, and its status; revenue's amount.
     */
    public Outcome(long contractId, long challengeId, OutcomeForm form, long recordedBy, LocalDate contractStart, LocalDate today) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if (form.type() == null) {
            errors.add(new InvalidInput.FieldError("type", "one of PATENT, SOFTWARE_COPYRIGHT, PAPER, STANDARD, PRODUCT,"
                    + " REVENUE, OTHER", "required"));
        }
        if (form.title() == null || form.title().isBlank() || form.title().strip().length() > TITLE_LENGTH) {
            errors.add(new InvalidInput.FieldError("title", "a title of 1 to " + TITLE_LENGTH + " characters", "required"));
        }
        if (form.date() == null) {
            errors.add(new InvalidInput.FieldError("date", "the date of the outcome is required", "required"));
        } else if (form.date().isAfter(today) || form.date().isBefore(contractStart)) {
            errors.add(new InvalidInput.FieldError("date", "between the contract's start (" + contractStart + ") and today",
                    "outcomeDate"));
        }
        if (form.evidence() != null && form.evidence().length() > EVIDENCE_LENGTH) {
            errors.add(new InvalidInput.FieldError("evidence", "at most " + EVIDENCE_LENGTH + " characters", "text2000"));
        }
        String number = null;
        if (form.type() == OutcomeType.PATENT) {
            number = PatentNumber.normalized(form.applicationNumber());
            if (number == null) {
                errors.add(new InvalidInput.FieldError("applicationNumber", "a Chinese patent application number: 12 digits,"
                        + " a dot and the check digit (e.g. 202310123456.7), optionally prefixed CN; this one's form or check"
                        + " digit is wrong", "applicationNumber"));
            }
            if (form.patentStatus() == null) {
                errors.add(new InvalidInput.FieldError("patentStatus", "the status of the application is required", "required"));
            }
        }
        if (form.type() == OutcomeType.REVENUE && (form.amount() == null || form.amount().signum() <= 0
                || form.amount().scale() > 2 || form.amount().precision() - form.amount().scale() > 16)) {
            errors.add(new InvalidInput.FieldError("amount", "a positive amount in CNY with at most 2 decimals",
                    "amountPositive"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        this.contractId = contractId;
        this.challengeId = challengeId;
        this.type = form.type();
        this.title = form.title().strip();
        this.date = form.date();
        this.evidence = form.evidence() == null || form.evidence().isBlank() ? null : form.evidence().strip();
        this.applicationNumber = number;
        this.patentStatus = form.type() == OutcomeType.PATENT ? form.patentStatus() : null;
        this.amount = form.type() == OutcomeType.REVENUE ? form.amount().setScale(2, RoundingMode.UNNECESSARY) : null;
        this.recordedBy = recordedBy;
    }

    /** The firm or staff confirm (or decline) it, once. */
    public void confirm(boolean yes, String comment, long userId, Instant now) {
        if (confirmed != null) {
            throw new Conflict("ALREADY_CONFIRMED", null, "This outcome was confirmed or declined already.");
        }
        if (comment != null && comment.length() > 2000) {
            throw InvalidInput.rule("comment", "text2000", "at most 2000 characters");
        }
        if (!yes && (comment == null || comment.isBlank())) {
            throw new org.jiebang.platform.error.RuleBroken("REASON_REQUIRED", "comment",
                    "Declining an outcome gives the contractor its reason.");
        }
        this.confirmed = yes;
        this.confirmationComment = comment == null || comment.isBlank() ? null : comment.strip();
        this.confirmedBy = userId;
        this.confirmedAt = now;
    }

    public Long getContractId() {
        return contractId;
    }

    public Long getChallengeId() {
        return challengeId;
    }

    public OutcomeType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getApplicationNumber() {
        return applicationNumber;
    }

    public PatentStatus getPatentStatus() {
        return patentStatus;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Long getRecordedBy() {
        return recordedBy;
    }

    public Boolean getConfirmed() {
        return confirmed;
    }

    public String getConfirmationComment() {
        return confirmationComment;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
