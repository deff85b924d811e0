package org.jiebang.contract;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON and page shapes of contracts, milestones, payments and the timeline (SPEC §10). */
public final class ContractViews {

    private ContractViews() {
    }

    /** An organization as a contract names it. */
    public record OrganizationRef(long id, String name) implements Serializable {
    }

    /** A standing signature. */
    public record SignatureView(long userId, String userName, Party party, Instant signedAt, String sha256,
            int textVersion) implements Serializable {
    }

    /** An indicator with its target, promise, the measured value and whether it is met (null: for the firm to judge). */
    public record IndicatorCheckView(String indicator, String target, String unit, String promised, String measured,
            Boolean met) implements Serializable {
    }

    /** An evidence file. */
    public record FileView(long id, String fileName, long size) implements Serializable {
    }

    /** A milestone ({@code [{id, title, dueDate, amount, status, overdue}]} and more). */
    public record MilestoneView(long id, long contractId, int position, String title, String deliverable, LocalDate dueDate,
            BigDecimal amount, boolean gate, boolean isFinal, MilestoneStatus status, boolean overdue, List<String> indicators,
            List<IndicatorCheckView> checks, String deliverables, List<FileView> evidence, Instant submittedAt,
            String decisionComment, Instant decidedAt, Instant acceptedAt, BigDecimal paid) implements Serializable {
    }

    /** A payment. */
    public record PaymentView(long id, long contractId, long milestoneId, String milestoneTitle, BigDecimal amount,
            Instant paidAt, Payment.Source source, Long redemptionId) {
    }

    /** A dated entry of the timeline, with who did it (a name) when a person did. */
    public record TimelineEntry(Instant at, String kind, Long milestoneId, String milestoneTitle, String who, BigDecimal amount,
            String detail) implements Serializable {
    }

    /** The contract (SPEC §10 {@code contract}). */
    public record ContractView(long id, long challengeId, String challengeTitle, long awardBidId, ContractType type,
            BigDecimal amount, BigDecimal transactionAmount, LocalDate startDate, LocalDate endDate, String ipClause,
            boolean horseRace, ContractStatus status, int textVersion, String textSha256, OrganizationRef client,
            OrganizationRef contractor, List<OrganizationRef> partners, List<ContractIndicator> indicators,
            List<SignatureView> signatures, String registrationNumber, Instant registeredAt, List<MilestoneView> milestones,
            BigDecimal paid, BigDecimal owed, String terminationReason, List<Party> terminationAgreedBy, Instant endedAt,
            Party myParty, boolean overdue) implements Serializable {
    }

    /** A contract in a list. */
    public record ContractSummary(long id, long challengeId, long awardBidId, String challengeTitle, String clientName, String contractorName,
            ContractType type, BigDecimal amount, ContractStatus status, String registrationNumber, boolean overdue,
            int milestonesAccepted, int milestones, Instant signedAt) implements Serializable {
    }
}
