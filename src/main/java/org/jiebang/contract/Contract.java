package org.jiebang.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.jiebang.platform.error.Conflict;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.error.RuleBroken;
import org.jiebang.platform.error.WrongState;
import org.jiebang.platform.persistence.BaseEntity;
import org.jiebang.platform.persistence.JsonLongs;

/**
 * A technology contract drafted from an awarded bid (SPEC §6): the firm (client, 甲方), the lead
 * organization (contractor, 乙方) and its partners, type, amount, technology transaction amount,
 * term, IP clause, the challenge's indicators as acceptance criteria and milestones whose
 * payments add up to the amount. The parties edit it until both have signed; any change voids
 * the signatures already given.
 */
@Entity
@Table(name = "contract")
public class Contract extends BaseEntity {

    public static final int MAX_MILESTONES = 24;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Column(name = "challenge_id", nullable = false, updatable = false)
    private Long challengeId;

    @Column(name = "award_bid_id", nullable = false, updatable = false)
    private Long awardBidId;

    @Column(name = "client_organization_id", nullable = false, updatable = false)
    private Long clientOrganizationId;

    @Column(name = "contractor_organization_id", nullable = false, updatable = false)
    private Long contractorOrganizationId;

    /** the partner organizations, fixed at the draft: read from the contract's row (V022) */
    @Convert(converter = JsonLongs.class)
    @Column(name = "partner_organization_ids", updatable = false)
    private List<Long> partnerOrganizationIds = new ArrayList<>();

    /**
     * The same, written once to {@code contract_partner} as the index that finds an organization's
     * contracts as a partner; never read through here (the row's copy is).
     */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "contract_partner", joinColumns = @JoinColumn(name = "contract_id"))
    @Column(name = "organization_id", updatable = false)
    private Set<Long> partnerIndex = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type", nullable = false, length = 16)
    private ContractType type = ContractType.DEVELOPMENT;

    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    @Column(name = "transaction_amount", nullable = false, precision = 18, scale = 2)
    private BigDecimal transactionAmount;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "ip_clause", columnDefinition = "TEXT")
    private String ipClause;

    @Column(name = "horse_race", nullable = false, updatable = false)
    private boolean horseRace;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ContractStatus status = ContractStatus.DRAFT;

    /** +1 at every change of the text: signatures name the version they signed */
    @Column(name = "text_version", nullable = false)
    private int textVersion = 1;

    // the acceptance criteria are kept in the contract's row (V018), replaced whole, never changed in place
    @Convert(converter = ContractColumns.Indicators.class)
    @Column(name = "indicators")
    private List<ContractIndicator> indicators = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Milestone> milestones = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL)
    @OrderBy("signedAt")
    private List<Signature> signatures = new ArrayList<>();

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "registration_number", length = 40)
    private String registrationNumber;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "registered_by", length = 64)
    private String registeredBy;

    @Column(name = "termination_reason", length = 2000)
    private String terminationReason;

    @Column(name = "termination_client_by")
    private Long terminationClientBy;

    @Column(name = "termination_client_at")
    private Instant terminationClientAt;

    @Column(name = "termination_contractor_by")
    private Long terminationContractorBy;

    @Column(name = "termination_contractor_at")
    private Instant terminationContractorAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected Contract() {
    }

    /**
     * The draft of an award: amount the winning price, the transaction amount the same, the term
     * from {@code start} for the bid's duration, the challenge's indicators with the bid's promises,
     * and the bid's milestones, each due at the end of its month with its share of the price (the
     * last one takes the cents the rounding leaves). The final milestone covers every indicator; in
     * a horse race the first milestone is the gate.
     */
    public static Contract draft(Draft d) {
        Contract c = new Contract();
        c.challengeId = d.challengeId();
        c.awardBidId = d.bidId();
        c.clientOrganizationId = d.clientOrganizationId();
        c.contractorOrganizationId = d.contractorOrganizationId();
        c.partnerOrganizationIds = new ArrayList<>(new LinkedHashSet<>(d.partnerOrganizationIds()));
        c.partnerIndex = new LinkedHashSet<>(c.partnerOrganizationIds);
        c.amount = d.price().setScale(2, RoundingMode.HALF_UP);
        c.transactionAmount = c.amount;
        c.startDate = d.start();
        int months = d.durationMonths() == null ? Math.max(1, d.milestones().stream().mapToInt(m -> m.month()).max().orElse(12))
                : d.durationMonths();
        c.endDate = d.start().plusMonths(months);
        c.ipClause = d.ipTerms();
        c.horseRace = d.horseRace();
        c.indicators = new ArrayList<>(d.indicators());
        BigDecimal allotted = BigDecimal.ZERO;
        List<Draft.ProposedMilestone> proposed = d.milestones().isEmpty()
                ? List.of(new Draft.ProposedMilestone("验收", null, months, HUNDRED)) : d.milestones();
        Set<String> names = new LinkedHashSet<>();
        c.indicators.forEach(i -> names.add(i.getName()));
        for (int i = 0; i < proposed.size(); i++) {
            Draft.ProposedMilestone p = proposed.get(i);
            boolean last = i == proposed.size() - 1;
            BigDecimal share = last ? c.amount.subtract(allotted)
                    : c.amount.multiply(p.share()).divide(HUNDRED, 2, RoundingMode.DOWN);
            allotted = allotted.add(share);
            LocalDate due = d.start().plusMonths(Math.min(p.month(), months));
            c.milestones.add(new Milestone(c, i, p.title(), p.deliverable(), due, share,
                    c.horseRace && i == 0 && proposed.size() > 1, last ? names : Set.of()));
        }
        return c;
    }

    /** What a draft is made from (the award, the challenge and the winning bid). */
    public record Draft(long challengeId, long bidId, long clientOrganizationId, long contractorOrganizationId,
            Collection<Long> partnerOrganizationIds, BigDecimal price, Integer durationMonths, LocalDate start,
            String ipTerms, boolean horseRace, List<ContractIndicator> indicators, List<ProposedMilestone> milestones) {
        /** A milestone of the bid: due in month {@code month} after the start, {@code share} % of the price. */
        public record ProposedMilestone(String title, String deliverable, int month, BigDecimal share) {
        }
    }

    // ---- editing -------------------------------------------------------------------------------

    /**
     * The parties change the draft. Anything changed voids the signatures given and starts a new
     * version of the text; answers whether anything changed.
     *
     * @throws WrongState once both have signed
     */
    public boolean edit(ContractForm form, Instant now) {
        if (status != ContractStatus.DRAFT) {
            throw new WrongState("contract", status, "edited");
        }
        ContractType newType = form.type() == null ? type : form.type();
        BigDecimal newAmount = form.amount() == null ? amount : form.amount();
        BigDecimal newTransaction = form.transactionAmount() == null ? transactionAmount : form.transactionAmount();
        LocalDate newStart = form.startDate() == null ? startDate : form.startDate();
        LocalDate newEnd = form.endDate() == null ? endDate : form.endDate();
        String newIp = form.ipClause() == null ? ipClause : form.ipClause().strip();
        List<ContractForm.MilestoneForm> plan = form.milestones() == null ? currentPlan() : form.milestones();
        check(newAmount, newTransaction, newStart, newEnd, plan);

        boolean changed = newType != type || newAmount.compareTo(amount) != 0 || newTransaction.compareTo(transactionAmount) != 0
                || !newStart.equals(startDate) || !newEnd.equals(endDate) || !Objects.equals(newIp, ipClause)
                || !samePlan(plan, currentPlan());
        if (!changed) {
            return false;
        }
        type = newType;
        amount = newAmount.setScale(2, RoundingMode.UNNECESSARY);
        transactionAmount = newTransaction.setScale(2, RoundingMode.UNNECESSARY);
        startDate = newStart;
        endDate = newEnd;
        ipClause = newIp;
        if (!samePlan(plan, currentPlan())) {
            milestones.clear();
            for (int i = 0; i < plan.size(); i++) {
                ContractForm.MilestoneForm m = plan.get(i);
                milestones.add(new Milestone(this, i, m.title().strip(), blankToNull(m.deliverable()), m.dueDate(),
                        m.amount().setScale(2, RoundingMode.UNNECESSARY), horseRace && Boolean.TRUE.equals(m.gate()),
                        new LinkedHashSet<>(m.indicators() == null ? List.of() : m.indicators())));
            }
        }
        textVersion++;
        signatures.forEach(s -> s.voidAt(now));
        return true;
    }

    private void check(BigDecimal newAmount, BigDecimal newTransaction, LocalDate start, LocalDate end,
            List<ContractForm.MilestoneForm> plan) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if (newAmount.signum() <= 0 || newAmount.scale() > 2 || newAmount.precision() - newAmount.scale() > 16) {
            errors.add(new InvalidInput.FieldError("amount", "a positive amount in CNY with at most 2 decimals", "amountPositive"));
        }
        if (newTransaction.signum() < 0 || newTransaction.scale() > 2 || newTransaction.precision() - newTransaction.scale() > 16) {
            errors.add(new InvalidInput.FieldError("transactionAmount", "an amount in CNY, 0 or more, with at most 2 decimals", "amountZeroOrMore"));
        }
        if (end.isBefore(start)) {
            errors.add(new InvalidInput.FieldError("endDate", "the end lies on or after the start", "endAfterStart"));
        }
        if (plan.isEmpty() || plan.size() > MAX_MILESTONES) {
            errors.add(new InvalidInput.FieldError("milestones", "between 1 and " + MAX_MILESTONES + " milestones", "milestoneCount"));
        }
        Set<String> known = new LinkedHashSet<>();
        indicators.forEach(i -> known.add(i.getName()));
        for (int i = 0; i < plan.size(); i++) {
            ContractForm.MilestoneForm m = plan.get(i);
            String at = "milestones[" + i + "].";
            if (m == null) {
                errors.add(new InvalidInput.FieldError("milestones[" + i + "]", "a milestone is required", "required"));
                continue;
            }
            if (m.title() == null || m.title().isBlank() || m.title().strip().length() > 200) {
                errors.add(new InvalidInput.FieldError(at + "title", "a title of 1 to 200 characters", "title200"));
            }
            if (m.deliverable() != null && m.deliverable().length() > 1000) {
                errors.add(new InvalidInput.FieldError(at + "deliverable", "at most 1000 characters", "text1000"));
            }
            if (m.dueDate() == null) {
                errors.add(new InvalidInput.FieldError(at + "dueDate", "a due date is required", "required"));
            }
            if (m.amount() == null || m.amount().signum() <= 0 || m.amount().scale() > 2
                    || m.amount().precision() - m.amount().scale() > 16) {
                errors.add(new InvalidInput.FieldError(at + "amount", "a positive amount in CNY with at most 2 decimals", "amountPositive"));
            }
            for (String name : m.indicators() == null ? List.<String>of() : m.indicators()) {
                if (!known.contains(name)) {
                    errors.add(new InvalidInput.FieldError(at + "indicators", "「" + name + "」 is not an indicator of the challenge",
                            null, "「" + name + "」不是榜单的技术指标"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (newTransaction.compareTo(newAmount) > 0) {
            throw new RuleBroken("TRANSACTION_ABOVE_AMOUNT", "transactionAmount",
                    "The technology transaction amount (技术交易额) is at most the contract amount.");
        }
        BigDecimal sum = plan.stream().map(ContractForm.MilestoneForm::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(newAmount) != 0) {
            throw new RuleBroken("MILESTONE_SUM", "milestones", "The milestones' payments add up to " + sum.toPlainString()
                    + ", not to the contract amount " + newAmount.toPlainString() + ".", sum.toPlainString(),
                    newAmount.toPlainString());
        }
        for (int i = 0; i < plan.size(); i++) {
            LocalDate due = plan.get(i).dueDate();
            if (due.isBefore(start) || due.isAfter(end)) {
                throw new RuleBroken("DUE_OUTSIDE_TERM", "milestones[" + i + "].dueDate",
                        "A milestone is due within the contract's term.");
            }
            if (i > 0 && due.isBefore(plan.get(i - 1).dueDate())) {
                throw new RuleBroken("MILESTONES_OUT_OF_ORDER", "milestones[" + i + "].dueDate",
                        "Milestones are listed in the order of their due dates.");
            }
        }
        Set<String> covered = new LinkedHashSet<>();
        plan.forEach(m -> covered.addAll(m.indicators() == null ? List.of() : m.indicators()));
        for (String name : known) {
            if (!covered.contains(name)) {
                throw new RuleBroken("INDICATOR_UNCOVERED", "milestones",
                        "Every indicator of the challenge is measured at some milestone: 「" + name + "」 is at none.", name);
            }
        }
        if (horseRace) {
            long gates = plan.stream().filter(m -> Boolean.TRUE.equals(m.gate())).count();
            if (plan.size() < 2 || gates != 1 || Boolean.TRUE.equals(plan.get(plan.size() - 1).gate())) {
                throw new RuleBroken("GATE_REQUIRED", "milestones",
                        "A horse race contract has exactly one gate milestone, before the final one.");
            }
        }
    }

    private List<ContractForm.MilestoneForm> currentPlan() {
        return milestones.stream().map(m -> new ContractForm.MilestoneForm(m.getTitle(), m.getDeliverable(), m.getDueDate(),
                m.getAmount(), m.isGate(), List.copyOf(m.getIndicators()))).toList();
    }

    private static boolean samePlan(List<ContractForm.MilestoneForm> a, List<ContractForm.MilestoneForm> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            ContractForm.MilestoneForm x = a.get(i);
            ContractForm.MilestoneForm y = b.get(i);
            if (!Objects.equals(x.title() == null ? null : x.title().strip(), y.title())
                    || !Objects.equals(blankToNull(x.deliverable()), y.deliverable()) || !Objects.equals(x.dueDate(), y.dueDate())
                    || x.amount().compareTo(y.amount()) != 0 || Boolean.TRUE.equals(x.gate()) != Boolean.TRUE.equals(y.gate())
                    || !new LinkedHashSet<>(x.indicators() == null ? List.of() : x.indicators())
                            .equals(new LinkedHashSet<>(y.indicators()))) {
                return false;
            }
        }
        return true;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ---- signing, registration, the end -------------------------------------------------------

    /**
     * A party signs the text it was shown. Answers true when this signature is the second: the
     * contract is then {@code SIGNED}.
     *
     * @throws Conflict {@code CONTRACT_TEXT_CHANGED} when the text shown is not the current one,
     *         {@code ALREADY_SIGNED} when the party's signature stands
     */
    public boolean sign(Party party, long userId, long organizationId, String shownSha256, String currentSha256, Instant now) {
        if (status != ContractStatus.DRAFT) {
            throw new WrongState("contract", status, ContractStatus.SIGNED);
        }
        if (shownSha256 == null || !shownSha256.equalsIgnoreCase(currentSha256)) {
            throw new Conflict("CONTRACT_TEXT_CHANGED", "sha256", "The contract text changed since it was shown:"
                    + " read the current text (SHA-256 " + currentSha256 + ") and sign that.", currentSha256);
        }
        if (signatureOf(party) != null) {
            throw new Conflict("ALREADY_SIGNED", null, "This party has signed the current text already.");
        }
        signatures.add(new Signature(this, party, userId, organizationId, now, currentSha256));
        if (signatureOf(Party.CLIENT) != null && signatureOf(Party.CONTRACTOR) != null) {
            status = ContractStatus.SIGNED;
            signedAt = now;
            return true;
        }
        return false;
    }

    /** The standing signature of a party, or null. */
    public Signature signatureOf(Party party) {
        return signatures.stream().filter(s -> s.isValid() && s.getParty() == party).findFirst().orElse(null);
    }

    /**
     * Staff register (认定登记) a signed contract under a number.
     *
     * @throws Conflict {@code ALREADY_REGISTERED} the second time
     */
    public void register(String number, String staff, Instant now) {
        if (registrationNumber != null) {
            throw new Conflict("ALREADY_REGISTERED", "registrationNumber",
                    "The contract is registered already, as " + registrationNumber + ".", registrationNumber);
        }
        if (status != ContractStatus.SIGNED && status != ContractStatus.CLOSED) {
            throw new WrongState("contract", status, "registered");
        }
        if (number == null || !number.strip().matches("[0-9A-Za-z-]{6,40}")) {
            throw InvalidInput.rule("registrationNumber", "registrationNumber", "6 to 40 letters, digits or hyphens");
        }
        registrationNumber = number.strip().toUpperCase(java.util.Locale.ROOT);
        registeredAt = now;
        registeredBy = staff;
    }

    /**
     * One party agrees to end the contract with a reason; the second party's agreement ends it
     * ({@code TERMINATED}, payments kept). Answers true when it ended.
     */
    public boolean agreeTermination(Party party, long userId, String reason, Instant now) {
        if (!status.isLive()) {
            throw new WrongState("contract", status, ContractStatus.TERMINATED);
        }
        if (reason != null && reason.length() > 2000) {
            throw InvalidInput.rule("reason", "text2000", "at most 2000 characters");
        }
        if (terminationReason == null && (reason == null || reason.isBlank())) {
            throw new RuleBroken("REASON_REQUIRED", "reason", "A termination by agreement states its reason.");
        }
        if (party == Party.CLIENT ? terminationClientAt != null : terminationContractorAt != null) {
            throw new Conflict("ALREADY_AGREED", null, "This party has agreed to the termination already.");
        }
        if (terminationReason == null) {
            terminationReason = reason.strip();
        }
        if (party == Party.CLIENT) {
            terminationClientBy = userId;
            terminationClientAt = now;
        } else {
            terminationContractorBy = userId;
            terminationContractorAt = now;
        }
        if (terminationClientAt != null && terminationContractorAt != null) {
            status = ContractStatus.TERMINATED;
            endedAt = now;
            return true;
        }
        return false;
    }

    /** Not chosen at a horse race's gate: ended, its payments kept (SPEC §6). */
    void endAtGate(String reason, Instant now) {
        if (status != ContractStatus.SIGNED) {
            throw new WrongState("contract", status, ContractStatus.TERMINATED);
        }
        status = ContractStatus.TERMINATED;
        terminationReason = reason;
        endedAt = now;
    }

    /** The final milestone was accepted: {@code CLOSED}. */
    void close(Instant now) {
        if (!status.canMoveTo(ContractStatus.CLOSED)) {
            throw new WrongState("contract", status, ContractStatus.CLOSED);
        }
        status = ContractStatus.CLOSED;
        endedAt = now;
    }

    /**
     * Checks a payment against a milestone: only accepted milestones are paid, never above the
     * milestone's amount nor the contract's in total.
     *
     * @param paidOnMilestone what was paid on the milestone so far
     * @param paidInTotal what was paid on the contract so far
     */
    public static void checkPayment(Milestone milestone, BigDecimal amount, BigDecimal paidOnMilestone, BigDecimal paidInTotal) {
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 16) {
            throw InvalidInput.rule("amount", "amountPositive", "a positive amount in CNY with at most 2 decimals");
        }
        if (milestone.getStatus() != MilestoneStatus.ACCEPTED) {
            throw new Conflict("MILESTONE_NOT_ACCEPTED", "milestoneId",
                    "Payments are recorded against accepted milestones only; this one is " + milestone.getStatus() + ".",
                    milestone.getStatus());
        }
        BigDecimal left = milestone.getAmount().subtract(paidOnMilestone);
        if (amount.compareTo(left) > 0) {
            throw new RuleBroken("ABOVE_MILESTONE", "amount", "At most " + left.toPlainString()
                    + " is still to be paid on this milestone.", left.toPlainString());
        }
        BigDecimal contractLeft = milestone.getContract().getAmount().subtract(paidInTotal);
        if (amount.compareTo(contractLeft) > 0) {
            throw new RuleBroken("ABOVE_CONTRACT", "amount", "At most " + contractLeft.toPlainString()
                    + " is still to be paid on this contract.", contractLeft.toPlainString());
        }
    }

    /** The state written to the audit log. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", status.name());
        state.put("textVersion", textVersion);
        state.put("amount", amount.toPlainString());
        state.put("transactionAmount", transactionAmount.toPlainString());
        if (registrationNumber != null) {
            state.put("registrationNumber", registrationNumber);
        }
        return state;
    }

    public Milestone milestone(long id) {
        return milestones.stream().filter(m -> m.getId() != null && m.getId() == id).findFirst().orElse(null);
    }

    /** The party an organization signs as, or null when it is neither. */
    public Party partyOf(Long organizationId) {
        if (organizationId == null) {
            return null;
        }
        if (organizationId.equals(clientOrganizationId)) {
            return Party.CLIENT;
        }
        return organizationId.equals(contractorOrganizationId) ? Party.CONTRACTOR : null;
    }

    /** The client, the contractor or a partner: the organizations that read the contract. */
    public boolean involves(Long organizationId) {
        return partyOf(organizationId) != null || organizationId != null && partnerOrganizationIds.contains(organizationId);
    }

    public Long getChallengeId() {
        return challengeId;
    }

    public Long getAwardBidId() {
        return awardBidId;
    }

    public Long getClientOrganizationId() {
        return clientOrganizationId;
    }

    public Long getContractorOrganizationId() {
        return contractorOrganizationId;
    }

    public Set<Long> getPartnerOrganizationIds() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(partnerOrganizationIds));
    }

    public ContractType getType() {
        return type;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getTransactionAmount() {
        return transactionAmount;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getIpClause() {
        return ipClause;
    }

    public boolean isHorseRace() {
        return horseRace;
    }

    public ContractStatus getStatus() {
        return status;
    }

    public int getTextVersion() {
        return textVersion;
    }

    public List<ContractIndicator> getIndicators() {
        return List.copyOf(indicators);
    }

    public List<Milestone> getMilestones() {
        return milestones;
    }

    public List<Signature> getSignatures() {
        return signatures;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getTerminationReason() {
        return terminationReason;
    }

    public Instant getTerminationClientAt() {
        return terminationClientAt;
    }

    public Instant getTerminationContractorAt() {
        return terminationContractorAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
