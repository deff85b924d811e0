package org.jiebang.contract;

import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiebang.account.AccountService;
import org.jiebang.account.Organization;
import org.jiebang.account.Role;
import org.jiebang.account.User;
import org.jiebang.bid.Bid;
import org.jiebang.bid.IndicatorResponse;
import org.jiebang.challenge.Challenge;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.challenge.Indicator;
import org.jiebang.contract.ContractViews.ContractSummary;
import org.jiebang.contract.ContractViews.ContractView;
import org.jiebang.contract.ContractViews.FileView;
import org.jiebang.contract.ContractViews.IndicatorCheckView;
import org.jiebang.contract.ContractViews.MilestoneView;
import org.jiebang.contract.ContractViews.OrganizationRef;
import org.jiebang.contract.ContractViews.PaymentView;
import org.jiebang.contract.ContractViews.SignatureView;
import org.jiebang.contract.ContractViews.TimelineEntry;
import org.jiebang.platform.audit.AuditLog;
import org.jiebang.platform.clock.ClusterClock;
import org.jiebang.platform.config.Clocks;
import org.jiebang.platform.error.Conflict;
import org.jiebang.platform.error.Forbidden;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.error.NotAuthenticated;
import org.jiebang.platform.error.NotFound;
import org.jiebang.platform.error.RuleBroken;
import org.jiebang.platform.error.WrongState;
import org.jiebang.platform.i18n.Wording;
import org.jiebang.platform.notify.Notifications;
import org.jiebang.platform.persistence.Page;
import org.jiebang.platform.security.Caller;
import org.jiebang.platform.storage.FileStore;
import org.jiebang.platform.storage.StoredFile;
import org.jiebang.review.ChallengeAwarded;

/**
 * Technology contracts (SPEC §6): a draft from each award, edited by the parties until both have
 * signed, registered by staff, worked through milestone by milestone, paid against accepted
 * milestones, closed at the final acceptance or terminated by agreement or at a horse race's gate.
 * <p>
 * Who sees what: the client firm, the contractor and its partners read a contract, staff read all;
 * anyone else gets 404. Only the two parties act (partners read only); staff register and take
 * part in a gate decision.
 */
@ApplicationScoped
@Transactional
public class ContractService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    Notifications notifications;

    @Inject
    ClusterClock cluster;

    @Inject
    ChallengeService challenges;

    @Inject
    FileStore files;

    @Inject
    ContractDocuments documents;

    /** What other capabilities (vouchers) have claimed of milestones and not yet paid. */
    @Inject
    jakarta.enterprise.inject.Instance<PendingClaims> claims;

    @Inject
    @ConfigProperty(name = "jiebang.milestone.reminder-days", defaultValue = "7")
    int reminderDays;

    // ---- drafts from the award -----------------------------------------------------------------

    /** Each winning bid gets its contract draft, in the awarding transaction; both parties are told. */
    public void onAward(@Observes ChallengeAwarded awarded) {
        Challenge challenge = em.find(Challenge.class, awarded.challengeId());
        Instant now = cluster.now();
        LocalDate today = LocalDate.ofInstant(now, Clocks.DISPLAY_ZONE);
        for (long bidId : awarded.bidIds()) {
            Bid bid = em.find(Bid.class, bidId);
            Map<String, String> promises = new HashMap<>();
            for (IndicatorResponse r : bid.getIndicatorResponses()) {
                promises.put(r.getIndicator(), r.getPromised());
            }
            List<ContractIndicator> indicators = new ArrayList<>();
            for (Indicator i : challenge.getIndicators()) {
                indicators.add(new ContractIndicator(i.getName(), i.getTarget(), i.getUnit(), i.getVerification(),
                        promises.get(i.getName())));
            }
            List<Contract.Draft.ProposedMilestone> proposed = bid.getMilestones().stream()
                    .map(m -> new Contract.Draft.ProposedMilestone(m.getTitle(), m.getDeliverable(),
                            m.getMonth() == null ? 1 : m.getMonth(), m.getShare() == null ? BigDecimal.ZERO : m.getShare()))
                    .toList();
            Contract contract = Contract.draft(new Contract.Draft(challenge.getId(), bidId, challenge.getOwner().getId(),
                    bid.getLead().getId(), bid.getPartnerOrganizationIds(), bid.getPrice(), bid.getDurationMonths(), today,
                    challenge.getIpTerms(), challenge.getMaxAwards() > 1 && awarded.bidIds().size() > 1, indicators, proposed));
            em.persist(contract);
            em.flush();
            event(contract, now, "DRAFTED", null, null, null, null);
            audit.record("CONTRACT_DRAFTED", "Contract", contract.getId(), null, contract.auditState());
            tellParties(contract, "CONTRACT_DRAFTED", Wording.of("notify.CONTRACT_DRAFTED", challenge.getTitle()));
        }
    }

    // ---- reading -------------------------------------------------------------------------------

    /** The caller's contracts (its organization's, as any party or partner); staff: all. */
    @Transactional(TxType.SUPPORTS)
    public Page<ContractSummary> list(Long challengeId, int page, int size) {
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        boolean staff = caller.hasRole(Role.STAFF_NAME);
        if (!staff && me.getOrganization() == null) {
            return new Page<>(List.of(), 0, Math.max(page, 0), Page.boundedSize(size));
        }
        // (MEMBER OF on the element collection would join it and lose the contracts without partners: a subquery)
        String where = (staff ? "1 = 1" : "(c.clientOrganizationId = :o OR c.contractorOrganizationId = :o"
                + " OR c.id IN (SELECT x.id FROM Contract x JOIN x.partnerIndex p WHERE p = :o))")
                + (challengeId == null ? "" : " AND c.challengeId = :ch");
        var query = em.createQuery("SELECT c FROM Contract c WHERE " + where + " ORDER BY c.id DESC", Contract.class);
        var count = em.createQuery("SELECT COUNT(c) FROM Contract c WHERE " + where, Long.class);
        if (!staff) {
            long org = me.getOrganization().getId();
            query.setParameter("o", org);
            count.setParameter("o", org);
        }
        if (challengeId != null) {
            query.setParameter("ch", challengeId);
            count.setParameter("ch", challengeId);
        }
        // (the indicators come in each contract's row)
        List<Contract> found = query.setFirstResult(Page.firstRow(page, size)).setMaxResults(Page.boundedSize(size))
                .getResultList();
        LocalDate today = today();
        ContractNames.Names names = ContractNames.of(em, found.stream().map(Contract::getChallengeId).toList(), found.stream()
                .flatMap(c -> java.util.stream.Stream.of(c.getClientOrganizationId(), c.getContractorOrganizationId())).toList(),
                List.of());
        Map<Long, String> orgs = names.organizations();
        Map<Long, String> titles = names.challengeTitles();
        List<ContractSummary> items = found.stream().map(c -> new ContractSummary(c.getId(), c.getChallengeId(), c.getAwardBidId(),
                titles.get(c.getChallengeId()), orgs.get(c.getClientOrganizationId()), orgs.get(c.getContractorOrganizationId()),
                c.getType(), c.getAmount(), c.getStatus(), c.getRegistrationNumber(),
                c.getMilestones().stream().anyMatch(m -> m.isOverdue(today)),
                (int) c.getMilestones().stream().filter(m -> m.getStatus() == MilestoneStatus.ACCEPTED).count(),
                c.getMilestones().size(), c.getSignedAt())).toList();
        return new Page<>(items, Page.total(page, size, found.size(), count::getSingleResult), Math.max(page, 0),
                Page.boundedSize(size));
    }

    /** A contract the caller may read (404 otherwise). */
    @Transactional(TxType.SUPPORTS)
    public ContractView get(long id) {
        return view(readable(id));
    }

    /** A contract's page: the contract and its timeline, with every name, payment and file they show in one statement. */
    public record ContractPage(ContractView contract, List<TimelineEntry> timeline) {
    }

    /** A contract the caller may read (404 otherwise), with its timeline. */
    @Transactional(TxType.SUPPORTS)
    public ContractPage page(long id) {
        Contract contract = readable(id);
        ContractNames.Names names = names(contract, true, true);
        return new ContractPage(view(contract, names), timeline(contract, names.timeline()));
    }

    /** The contract's text in a language, as plain text (the Chinese is what the parties sign). */
    @Transactional(TxType.SUPPORTS)
    public String text(long id, Locale locale) {
        return ContractDocuments.plain(ContractDocuments.text(facts(readable(id)), locale));
    }

    /** The contract as PDF. */
    @Transactional(TxType.SUPPORTS)
    public byte[] pdf(long id, Locale locale) {
        return documents.contractPdf(facts(readable(id)), locale);
    }

    /** The acceptance report (验收报告) of a closed contract; 409 before. */
    @Transactional(TxType.SUPPORTS)
    public byte[] acceptanceReport(long id, Locale locale) {
        Contract contract = readable(id);
        if (contract.getStatus() != ContractStatus.CLOSED) {
            throw new Conflict("NOT_CLOSED", null, "The acceptance report is made at the final acceptance.");
        }
        return documents.acceptancePdf(facts(contract), locale);
    }

    @Transactional(TxType.SUPPORTS)
    public List<MilestoneView> milestones(long id) {
        Contract contract = readable(id);
        ContractNames.Names own = ContractNames.of(em, List.of(), List.of(), List.of(),
                new ContractNames.Own(contract.getId(), false, evidenceOf(contract)));
        return milestoneViews(contract, own.payments(), own.files());
    }

    @Transactional(TxType.SUPPORTS)
    public List<PaymentView> paymentList(long id) {
        Contract contract = readable(id);
        Map<Long, String> titles = new HashMap<>();
        contract.getMilestones().forEach(m -> titles.put(m.getId(), m.getTitle()));
        return payments(contract.getId()).stream().map(p -> paymentView(p, titles.get(p.getMilestoneId()))).toList();
    }

    /** The contract's timeline, oldest first. */
    @Transactional(TxType.SUPPORTS)
    public List<TimelineEntry> timeline(long id) {
        Contract contract = readable(id);
        return timeline(contract, ContractNames.of(em, List.of(), List.of(), List.of(),
                new ContractNames.Own(contract.getId(), true, List.of())).timeline());
    }

    private static List<TimelineEntry> timeline(Contract contract, List<ContractNames.Event> events) {
        Map<Long, String> titles = new HashMap<>();
        contract.getMilestones().forEach(m -> titles.put(m.getId(), m.getTitle()));
        return events.stream().map(e -> new TimelineEntry(e.at(), e.kind(), e.milestoneId(),
                e.milestoneId() == null ? null : titles.get(e.milestoneId()), e.userId() == null ? null : e.who(), e.amount(),
                e.detail())).toList();
    }

    // ---- editing, signing, registration, termination -------------------------------------------

    /** A party changes the draft; any change voids the signatures given (SPEC §6). */
    public ContractView update(long id, ContractForm form) {
        Contract contract = lockedReadable(id);
        User me = actingParty(contract);
        if (form == null) {
            throw InvalidInput.rule("contract", "required", "a contract is required");
        }
        boolean hadSignatures = contract.getSignatures().stream().anyMatch(Signature::isValid);
        var before = contract.auditState();
        Instant now = cluster.now();
        if (contract.edit(form, now)) {
            em.flush();
            event(contract, now, "CHANGED", null, me.getId(), null, "v" + contract.getTextVersion());
            if (hadSignatures) {
                event(contract, now, "SIGNATURES_VOIDED", null, me.getId(), null, null);
            }
            audit.record("CONTRACT_CHANGED", "Contract", id, before, contract.auditState());
            tellParties(contract, "CONTRACT_CHANGED", Wording.of("notify.CONTRACT_CHANGED", title(contract)));
        }
        return view(contract);
    }

    /** {@code {"sha256"}}: the SHA-256 of the text the signer was shown. */
    public record SignForm(String sha256) {
    }

    /**
     * A party signs the current text; the second signature makes the contract {@code SIGNED} and
     * the challenge {@code IN_EXECUTION}.
     */
    public ContractView sign(long id, SignForm form) {
        Contract contract = lockedReadable(id);
        User me = actingParty(contract);
        Party party = contract.partyOf(me.getOrganization().getId());
        if (form == null || form.sha256() == null || form.sha256().isBlank()) {
            throw InvalidInput.rule("sha256", "required", "the SHA-256 of the contract text shown is required");
        }
        String current = ContractDocuments.sha256(facts(contract));
        Instant now = cluster.now();
        var before = contract.auditState();
        boolean complete = contract.sign(party, me.getId(), me.getOrganization().getId(), form.sha256(), current, now);
        em.flush();
        event(contract, now, "SIGNED", null, me.getId(), null, party.name() + " " + current);
        audit.record("CONTRACT_SIGNED", "Contract", id, before, Map.of("party", party.name(), "sha256", current,
                "status", contract.getStatus().name()));
        if (complete) {
            Challenge challenge = em.find(Challenge.class, contract.getChallengeId()); // locked first, in lockedReadable
            var challengeBefore = challenge.auditState();
            challenge.startExecution();
            if (challenge.getStatus() != ChallengeStatus.valueOf(String.valueOf(challengeBefore.get("status")))) {
                audit.record("CHALLENGE_IN_EXECUTION", "Challenge", challenge.getId(), challengeBefore, challenge.auditState());
                challenges.statusChanged(challenge);
            }
            tellParties(contract, "CONTRACT_SIGNED", Wording.of("notify.CONTRACT_SIGNED", challenge.getTitle()));
            accounts.notifyMembers(List.of(), true, "CONTRACT_TO_REGISTER", contract.getId(),
                    Wording.of("notify.CONTRACT_TO_REGISTER", challenge.getTitle()), "/contract/view?id=" + id);
        } else {
            tellParties(contract, "CONTRACT_SIGNATURE", Wording.of("notify.CONTRACT_SIGNATURE", title(contract)));
        }
        return view(contract);
    }

    /** {@code {"registrationNumber"}} */
    public record RegistrationForm(String registrationNumber) {
    }

    /** Staff register (认定登记) a signed contract; a second registration is 409; numbers are unique. */
    public ContractView register(long id, RegistrationForm form) {
        String staff = caller.requireAnyRole(Role.STAFF_NAME);
        Contract contract = lockedReadable(id);
        String number = form == null || form.registrationNumber() == null ? null
                : form.registrationNumber().strip().toUpperCase(Locale.ROOT);
        if (contract.getRegistrationNumber() == null && number != null && !em.createQuery("SELECT c.id FROM Contract c"
                + " WHERE c.registrationNumber = :n", Long.class).setParameter("n", number).getResultList().isEmpty()) {
            throw new Conflict("REGISTRATION_NUMBER_TAKEN", "registrationNumber",
                    "Another contract is registered under " + number + ".", number);
        }
        var before = contract.auditState();
        Instant now = cluster.now();
        contract.register(number, staff, now);
        em.flush();
        event(contract, now, "REGISTERED", null, accounts.currentUser().map(User::getId).orElse(null), null,
                contract.getRegistrationNumber());
        audit.record("CONTRACT_REGISTERED", "Contract", id, before, contract.auditState());
        tellParties(contract, "CONTRACT_REGISTERED", Wording.of("notify.CONTRACT_REGISTERED", title(contract),
                contract.getRegistrationNumber()));
        return view(contract);
    }

    /** {@code {"reason"}} */
    public record TerminationForm(String reason) {
    }

    /** A party agrees to end the contract; the other party's agreement ends it, payments kept. */
    public ContractView terminate(long id, TerminationForm form) {
        Contract contract = lockedReadable(id);
        User me = actingParty(contract);
        Party party = contract.partyOf(me.getOrganization().getId());
        var before = contract.auditState();
        Instant now = cluster.now();
        boolean ended = contract.agreeTermination(party, me.getId(), form == null ? null : form.reason(), now);
        em.flush();
        event(contract, now, "TERMINATION_AGREED", null, me.getId(), null, contract.getTerminationReason());
        audit.record(ended ? "CONTRACT_TERMINATED" : "CONTRACT_TERMINATION_AGREED", "Contract", id, before, contract.auditState());
        if (ended) {
            event(contract, now, "TERMINATED", null, null, null, contract.getTerminationReason());
            tellParties(contract, "CONTRACT_TERMINATED", Wording.of("notify.CONTRACT_TERMINATED", title(contract),
                    contract.getTerminationReason()));
            settleChallenge(contract.getChallengeId());
        } else {
            tellParties(contract, "CONTRACT_TERMINATION_PROPOSED", Wording.of("notify.CONTRACT_TERMINATION_PROPOSED",
                    title(contract), contract.getTerminationReason()));
        }
        return view(contract);
    }

    // ---- milestones ----------------------------------------------------------------------------

    /** {@code {"deliverables", "evidenceFileIds": [..], "measurements": [{"indicator", "measured"}]}} */
    public record SubmissionForm(String deliverables, List<Long> evidenceFileIds, List<Measurement> measurements) {
    }

    /** The contractor submits a milestone (again, after a rejection); the firm is told. */
    public MilestoneView submit(long milestoneId, SubmissionForm form) {
        Milestone milestone = lockedMilestone(milestoneId);
        Contract contract = milestone.getContract();
        User me = actingParty(contract);
        if (contract.partyOf(me.getOrganization().getId()) != Party.CONTRACTOR) {
            throw new Forbidden("The contractor submits milestones.");
        }
        if (contract.isHorseRace() && !gatePassed(contract, milestone)) {
            throw new Conflict("GATE_PENDING", null, "In a horse race the milestones after the gate are worked on once the"
                    + " firm and staff have chosen the teams that continue.");
        }
        SubmissionForm f = form == null ? new SubmissionForm(null, List.of(), List.of()) : form;
        Set<Long> evidence = new LinkedHashSet<>(f.evidenceFileIds() == null ? List.of() : f.evidenceFileIds());
        Set<Long> uploaded = new java.util.HashSet<>(contractFileIds(contract.getId()));
        int i = 0;
        for (Long fileId : evidence) {
            if (fileId == null || !uploaded.contains(fileId)) {
                throw InvalidInput.rule("evidenceFileIds[" + i + "]", "notContractFile", "not a file uploaded to this contract");
            }
            i++;
        }
        List<Measurement> measured = f.measurements() == null ? List.of() : f.measurements().stream()
                .map(m -> m == null ? new Measurement(null, null)
                        : new Measurement(m.getIndicator() == null ? null : m.getIndicator().strip(),
                                m.getMeasured() == null ? null : m.getMeasured().strip())).toList();
        Instant now = cluster.now();
        var before = Map.of("status", milestone.getStatus().name());
        milestone.submit(f.deliverables() == null ? null : f.deliverables().strip(), measured, evidence, me.getId(), now);
        em.flush();
        event(contract, now, "SUBMITTED", milestone.getId(), me.getId(), null, null);
        audit.record("MILESTONE_SUBMITTED", "Milestone", milestoneId, before, Map.of("status", milestone.getStatus().name()));
        accounts.notifyMembers(List.of(contract.getClientOrganizationId()), false, "MILESTONE_SUBMITTED", contract.getId(),
                Wording.of("notify.MILESTONE_SUBMITTED", milestone.getTitle(), title(contract)), link(contract));
        return milestoneView(milestone, payments(contract.getId()), today());
    }

    /** {@code {"accepted", "comment"}} */
    public record AcceptanceForm(Boolean accepted, String comment) {
    }

    /**
     * The firm accepts or rejects a submitted milestone. Accepting the final one closes the
     * contract (验收) and, with no other contract of the challenge still running, completes the
     * challenge.
     */
    public MilestoneView decide(long milestoneId, AcceptanceForm form) {
        Milestone milestone = lockedMilestone(milestoneId);
        Contract contract = milestone.getContract();
        User me = actingParty(contract);
        if (contract.partyOf(me.getOrganization().getId()) != Party.CLIENT) {
            throw new Forbidden("The client firm accepts or rejects milestones.");
        }
        if (form == null || form.accepted() == null) {
            throw InvalidInput.rule("accepted", "decisionRequired", "true or false is required");
        }
        if (form.accepted() && milestone.isFinal() && contract.getMilestones().stream()
                .anyMatch(m -> m != milestone && m.getStatus() != MilestoneStatus.ACCEPTED)) {
            throw new Conflict("EARLIER_MILESTONES_OPEN", null,
                    "The final acceptance comes after every earlier milestone is accepted.");
        }
        Instant now = cluster.now();
        var before = Map.of("status", milestone.getStatus().name());
        milestone.decide(form.accepted(), form.comment(), me.getId(), now);
        em.flush();
        event(contract, now, form.accepted() ? "ACCEPTED" : "REJECTED", milestone.getId(), me.getId(), null,
                milestone.getDecisionComment());
        audit.record(form.accepted() ? "MILESTONE_ACCEPTED" : "MILESTONE_REJECTED", "Milestone", milestoneId, before,
                Map.of("status", milestone.getStatus().name()));
        accounts.notifyMembers(List.of(contract.getContractorOrganizationId()), false, form.accepted() ? "MILESTONE_ACCEPTED"
                : "MILESTONE_REJECTED", contract.getId(), Wording.of(form.accepted() ? "notify.MILESTONE_ACCEPTED"
                        : "notify.MILESTONE_REJECTED", milestone.getTitle(), title(contract),
                        milestone.getDecisionComment() == null ? "" : milestone.getDecisionComment()), link(contract));
        if (form.accepted() && milestone.isFinal()) {
            var contractBefore = contract.auditState();
            contract.close(now);
            em.flush();
            event(contract, now, "CLOSED", milestone.getId(), me.getId(), null, null);
            audit.record("CONTRACT_CLOSED", "Contract", contract.getId(), contractBefore, contract.auditState());
            tellParties(contract, "CONTRACT_CLOSED", Wording.of("notify.CONTRACT_CLOSED", title(contract)));
            settleChallenge(contract.getChallengeId());
        }
        return milestoneView(milestone, payments(contract.getId()), today());
    }

    // ---- payments ------------------------------------------------------------------------------

    /** {@code {"milestoneId", "amount"}} */
    public record PaymentForm(Long milestoneId, BigDecimal amount) {
    }

    /** The firm (or staff) records a payment on an accepted milestone. */
    public PaymentView pay(long contractId, PaymentForm form) {
        Contract contract = lockedReadable(contractId);
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        boolean staff = caller.hasRole(Role.STAFF_NAME);
        if (!staff && (me.getOrganization() == null || contract.partyOf(me.getOrganization().getId()) != Party.CLIENT)) {
            throw new Forbidden("The client firm, or staff, record its payments.");
        }
        if (form == null || form.milestoneId() == null) {
            throw InvalidInput.rule("milestoneId", "required", "the milestone paid is required");
        }
        Payment payment = record(contract, form.milestoneId(), form.amount(), me.getId(), Payment.Source.DIRECT, null);
        return paymentView(payment, em.find(Milestone.class, form.milestoneId()).getTitle());
    }

    /**
     * A payment funded by an innovation voucher, recorded when staff approve the redemption
     * (SPEC §7); the same rules as any payment. The contract is locked first.
     */
    public Payment payFromVoucher(long contractId, long milestoneId, BigDecimal amount, long redemptionId, long userId) {
        lockChallengeOf(contractId);
        Contract contract = em.find(Contract.class, contractId, LockModeType.PESSIMISTIC_WRITE);
        if (contract == null) {
            throw new NotFound();
        }
        return record(contract, milestoneId, amount, userId, Payment.Source.VOUCHER, redemptionId);
    }

    /**
     * The accepted milestone a voucher payment of {@code amount} goes to: the given one, or the
     * first accepted milestone with that much still unpaid, counting what pending voucher
     * redemptions claim as paid.
     *
     * @throws RuleBroken {@code NOTHING_OWED} when no accepted milestone has that much unpaid
     */
    public Milestone owedMilestone(Contract contract, Long milestoneId, BigDecimal amount) {
        List<Payment> paid = new ArrayList<>(lockedPayments(contract.getId()));
        // amounts requested from vouchers and not yet decided count as paid here
        claims.stream().forEach(c -> c.pendingOn(contract.getId(), null).forEach((m, r) -> paid.add(
                new Payment(contract.getId(), m, r, Instant.EPOCH, 0, Payment.Source.VOUCHER, null))));
        BigDecimal total = paid.stream().map(Payment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        for (Milestone m : contract.getMilestones()) {
            if (milestoneId != null && !milestoneId.equals(m.getId())) {
                continue;
            }
            BigDecimal onIt = paid.stream().filter(p -> p.getMilestoneId().equals(m.getId())).map(Payment::getAmount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (milestoneId != null) {
                Contract.checkPayment(m, amount, onIt, total);
                return m;
            }
            if (m.getStatus() == MilestoneStatus.ACCEPTED && m.getAmount().subtract(onIt).compareTo(amount) >= 0) {
                Contract.checkPayment(m, amount, onIt, total);
                return m;
            }
        }
        if (milestoneId != null) {
            throw InvalidInput.rule("milestoneId", "notContractMilestone", "not a milestone of this contract");
        }
        throw new RuleBroken("NOTHING_OWED", "amount", "No accepted milestone of this contract has " + amount.toPlainString()
                + " still unpaid: a voucher pays what the firm owes on an accepted milestone.", amount.toPlainString());
    }

    /** A contract for the voucher capability, locked: the caller's firm must be its client. */
    public Contract clientContract(long contractId, long organizationId) {
        if (em.find(Contract.class, contractId) == null) {
            throw InvalidInput.rule("contractId", "notFirmContract", "not a contract of this firm");
        }
        lockChallengeOf(contractId);
        Contract contract = em.find(Contract.class, contractId, LockModeType.PESSIMISTIC_WRITE);
        if (contract == null || !Long.valueOf(organizationId).equals(contract.getClientOrganizationId())) {
            throw InvalidInput.rule("contractId", "notFirmContract", "not a contract of this firm");
        }
        return contract;
    }

    /** Locks a contract for the voucher capability (its challenge first, as every contract change does). */
    public void lock(long contractId) {
        lockChallengeOf(contractId);
        em.find(Contract.class, contractId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Adds an entry to a contract's timeline (voucher requests and refusals are told this way). */
    public void note(long contractId, String kind, Long milestoneId, Long userId, BigDecimal amount, String detail) {
        em.persist(new ContractEvent(contractId, cluster.now(), kind, milestoneId, userId, amount, detail));
    }

    private Payment record(Contract contract, long milestoneId, BigDecimal amount, long userId, Payment.Source source,
            Long redemptionId) {
        Milestone milestone = em.find(Milestone.class, milestoneId, LockModeType.PESSIMISTIC_WRITE);
        if (milestone == null || !milestone.getContract().getId().equals(contract.getId())) {
            throw InvalidInput.rule("milestoneId", "notContractMilestone", "not a milestone of this contract");
        }
        List<Payment> paid = new ArrayList<>(lockedPayments(contract.getId()));
        // what pending voucher redemptions claim counts as paid, but for the one being settled now
        claims.stream().forEach(c -> c.pendingOn(contract.getId(), redemptionId).forEach((m, r) -> paid.add(
                new Payment(contract.getId(), m, r, Instant.EPOCH, 0, Payment.Source.VOUCHER, null))));
        BigDecimal onIt = paid.stream().filter(p -> p.getMilestoneId() == milestoneId).map(Payment::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = paid.stream().map(Payment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Contract.checkPayment(milestone, amount, onIt, total);
        Instant now = cluster.now();
        Payment payment = new Payment(contract.getId(), milestoneId, amount, now, userId, source, redemptionId);
        em.persist(payment);
        em.flush();
        event(contract, now, "PAID", milestoneId, userId, payment.getAmount(), source.name());
        audit.record("PAYMENT_RECORDED", "Contract", contract.getId(), null, Map.of("paymentId", payment.getId(),
                "milestoneId", milestoneId, "amount", payment.getAmount().toPlainString(), "source", source.name()));
        accounts.notifyMembers(List.of(contract.getContractorOrganizationId()), false, "PAYMENT_RECORDED", contract.getId(),
                Wording.of("notify.PAYMENT_RECORDED", ContractDocuments.yuan(payment.getAmount()), milestone.getTitle(),
                        title(contract)), link(contract));
        return payment;
    }

    // ---- the horse race's gate -----------------------------------------------------------------

    /** {@code {"continuingContractIds": [..], "reason"}} */
    public record GateForm(List<Long> continuingContractIds, String reason) {
    }

    /** The gate's state: the choice waiting or taken and who agreed. */
    public record GateView(long challengeId, List<Long> continuing, String reason, Instant firmAgreedAt, Instant staffAgreedAt,
            Instant decidedAt, boolean reached) implements Serializable {
    }

    /**
     * The firm or staff choose the contracts that continue past the gate; when both have chosen
     * the same, the others end {@code TERMINATED} with their payments kept.
     */
    public GateView chooseAtGate(long challengeId, GateForm form) {
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        boolean staff = caller.hasRole(Role.STAFF_NAME);
        Challenge challenge = em.find(Challenge.class, challengeId, LockModeType.PESSIMISTIC_WRITE);
        if (challenge == null) {
            throw new NotFound();
        }
        boolean firm = me.getOrganization() != null && challenge.getOwner().getId().equals(me.getOrganization().getId());
        if (!staff && !firm) {
            throw new NotFound();
        }
        List<Contract> race = lockedRaceContracts(challengeId);
        if (race.isEmpty()) {
            throw new NotFound();
        }
        if (!gateReached(race)) {
            throw new Conflict("GATE_NOT_REACHED", null, "The gate is reached when every team's gate milestone is accepted"
                    + " or overdue.");
        }
        if (form != null && form.reason() != null && form.reason().length() > 2000) {
            throw InvalidInput.rule("reason", "text2000", "at most 2000 characters");
        }
        Set<Long> chosen = new LinkedHashSet<>(form == null || form.continuingContractIds() == null ? List.of()
                : form.continuingContractIds());
        Set<Long> live = new LinkedHashSet<>();
        race.stream().filter(c -> c.getStatus() == ContractStatus.SIGNED).forEach(c -> live.add(c.getId()));
        if (chosen.isEmpty() || !live.containsAll(chosen)) {
            throw InvalidInput.rule("continuingContractIds", "raceContracts", "one or more of this horse race's running contracts");
        }
        GateDecision decision = em.find(GateDecision.class, challengeId, LockModeType.PESSIMISTIC_WRITE);
        if (decision == null) {
            decision = new GateDecision(challengeId);
            em.persist(decision);
        }
        Instant now = cluster.now();
        boolean decided = decision.choose(staff && !firm ? GateDecision.Side.STAFF : GateDecision.Side.FIRM, chosen,
                form.reason(), me.getId(), now);
        audit.record(decided ? "GATE_DECIDED" : "GATE_CHOSEN", "Challenge", challengeId, null,
                Map.of("continuing", List.copyOf(chosen), "side", staff && !firm ? "STAFF" : "FIRM"));
        if (decided) {
            for (Contract c : race) {
                if (c.getStatus() != ContractStatus.SIGNED) {
                    continue;
                }
                if (chosen.contains(c.getId())) {
                    event(c, now, "GATE_CONTINUED", null, me.getId(), null, decision.getReason());
                    tellParties(c, "GATE_CONTINUED", Wording.of("notify.GATE_CONTINUED", challenge.getTitle()));
                } else {
                    var before = c.auditState();
                    c.endAtGate(decision.getReason() == null ? "赛马制关口未入选 / not chosen at the gate" : decision.getReason(), now);
                    event(c, now, "TERMINATED", null, me.getId(), null, c.getTerminationReason());
                    audit.record("CONTRACT_TERMINATED", "Contract", c.getId(), before, c.auditState());
                    tellParties(c, "GATE_ENDED", Wording.of("notify.GATE_ENDED", challenge.getTitle()));
                }
            }
            settleChallenge(challengeId);
        } else {
            boolean byStaff = staff && !firm; // the other side is told
            accounts.notifyMembers(byStaff ? List.of(challenge.getOwner().getId()) : List.of(), !byStaff, "GATE_CHOSEN", challengeId, Wording.of("notify.GATE_CHOSEN", challenge.getTitle()),
                    "/contract/list?challenge=" + challengeId);
        }
        return gateView(challengeId, decision, race);
    }

    /** The gate of a horse race (its firm and staff; 404 for others or without a race). */
    @Transactional(TxType.SUPPORTS)
    public GateView gate(long challengeId) {
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        Challenge challenge = em.find(Challenge.class, challengeId);
        boolean firm = challenge != null && me.getOrganization() != null
                && challenge.getOwner().getId().equals(me.getOrganization().getId());
        if (challenge == null || !firm && !caller.hasRole(Role.STAFF_NAME)) {
            throw new NotFound();
        }
        List<Contract> race = raceContracts(challengeId);
        if (race.isEmpty()) {
            throw new NotFound();
        }
        return gateView(challengeId, em.find(GateDecision.class, challengeId), race);
    }

    private GateView gateView(long challengeId, GateDecision d, List<Contract> race) {
        return new GateView(challengeId, d == null ? List.of() : List.copyOf(d.getContinuing()), d == null ? null : d.getReason(),
                d == null ? null : d.getFirmAgreedAt(), d == null ? null : d.getStaffAgreedAt(),
                d == null ? null : d.getDecidedAt(), gateReached(race));
    }

    private List<Contract> raceContracts(long challengeId) {
        return em.createQuery("SELECT c FROM Contract c WHERE c.challengeId = :c AND c.horseRace = TRUE ORDER BY c.id",
                Contract.class).setParameter("c", challengeId).getResultList();
    }

    /** The race contracts by a locking read, in id order, after the challenge's lock. */
    private List<Contract> lockedRaceContracts(long challengeId) {
        List<Contract> race = em.createQuery("SELECT c FROM Contract c WHERE c.challengeId = :c AND c.horseRace = TRUE"
                + " ORDER BY c.id", Contract.class).setParameter("c", challengeId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        return race; // the locking read brings their milestones (and signatures) along
    }

    /**
     * The gate is reached when every race contract still running is signed and its gate milestone
     * accepted or overdue (a team still drafting its contract keeps the gate closed).
     */
    private boolean gateReached(List<Contract> race) {
        LocalDate today = today();
        List<Contract> running = race.stream().filter(c -> c.getStatus().isLive()).toList();
        return !running.isEmpty() && running.stream().allMatch(c -> c.getStatus() == ContractStatus.SIGNED)
                && running.stream().allMatch(c -> c.getMilestones().stream().filter(Milestone::isGate)
                        .allMatch(m -> m.getStatus() == MilestoneStatus.ACCEPTED || m.isOverdue(today)));
    }

    private boolean gatePassed(Contract contract, Milestone milestone) {
        int gateAt = contract.getMilestones().stream().filter(Milestone::isGate).mapToInt(Milestone::getPosition).findFirst()
                .orElse(Integer.MAX_VALUE);
        if (milestone.getPosition() <= gateAt) {
            return true;
        }
        GateDecision decision = em.find(GateDecision.class, contract.getChallengeId());
        return decision != null && decision.getDecidedAt() != null;
    }

    /**
     * The challenge follows its contracts: completed when none is running and one closed;
     * terminated when all ended without completion.
     */
    private void settleChallenge(long challengeId) {
        em.flush();
        List<Contract> all = em.createQuery("SELECT c FROM Contract c WHERE c.challengeId = :c", Contract.class)
                .setParameter("c", challengeId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (all.stream().anyMatch(c -> c.getStatus().isLive())) {
            return;
        }
        Challenge challenge = em.find(Challenge.class, challengeId, LockModeType.PESSIMISTIC_WRITE);
        var before = challenge.auditState();
        if (all.stream().anyMatch(c -> c.getStatus() == ContractStatus.CLOSED)) {
            challenge.complete();
            audit.record("CHALLENGE_COMPLETED", "Challenge", challengeId, before, challenge.auditState());
            challenges.notifyOwner(challenge, "CHALLENGE_COMPLETED", Wording.of("notify.CHALLENGE_COMPLETED", challenge.getTitle()));
        } else {
            challenge.terminate();
            audit.record("CHALLENGE_TERMINATED", "Challenge", challengeId, before, challenge.auditState());
            challenges.notifyOwner(challenge, "CHALLENGE_TERMINATED", Wording.of("notify.CHALLENGE_TERMINATED", challenge.getTitle()));
        }
        challenges.statusChanged(challenge);
    }

    // ---- evidence files ------------------------------------------------------------------------

    /** The contractor uploads an evidence file to the contract. */
    public FileView upload(long contractId, InputStream content, String name) {
        Contract contract = readable(contractId); // no lock held while up to 20 MB arrive
        User me = actingParty(contract);
        if (contract.partyOf(me.getOrganization().getId()) != Party.CONTRACTOR) {
            throw new Forbidden("The contractor uploads evidence.");
        }
        if (!contract.getStatus().isLive()) {
            throw new WrongState("contract", contract.getStatus(), "given evidence");
        }
        StoredFile file = files.store(content, name, me.getId());
        em.createNativeQuery("INSERT INTO contract_file (contract_id, file_id) VALUES (?, ?)").setParameter(1, contractId)
                .setParameter(2, file.getId()).executeUpdate();
        return new FileView(file.getId(), file.getFileName(), file.getSize());
    }

    /** An evidence file of a contract the caller may read. */
    @Transactional(TxType.SUPPORTS)
    public StoredFile evidence(long contractId, long fileId) {
        readable(contractId);
        if (!contractFileIds(contractId).contains(fileId)) {
            throw new NotFound();
        }
        return files.find(fileId).orElseThrow(NotFound::new);
    }

    private List<Long> contractFileIds(long contractId) {
        List<?> rows = em.createNativeQuery("SELECT file_id FROM contract_file WHERE contract_id = ?")
                .setParameter(1, contractId).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }

    // ---- reminders -----------------------------------------------------------------------------

    /**
     * Reminds the contractor of each milestone due within {@code jiebang.milestone.reminder-days}
     * days, once (the claim is one conditional update, so that a cluster reminds once).
     */
    public int remindDue() {
        LocalDate today = today();
        List<Milestone> due = em.createQuery("SELECT m FROM Milestone m WHERE m.remindedAt IS NULL AND m.status <> :accepted"
                + " AND m.dueDate <= :horizon AND m.dueDate >= :today AND m.contract.status = :signed", Milestone.class)
                .setParameter("accepted", MilestoneStatus.ACCEPTED).setParameter("horizon", today.plusDays(reminderDays))
                .setParameter("today", today).setParameter("signed", ContractStatus.SIGNED).setMaxResults(200).getResultList();
        Instant now = cluster.now();
        int sent = 0;
        for (Milestone m : due) {
            int claimed = em.createQuery("UPDATE Milestone m SET m.remindedAt = :now WHERE m.id = :id AND m.remindedAt IS NULL")
                    .setParameter("now", now).setParameter("id", m.getId()).executeUpdate();
            if (claimed == 1) {
                Contract c = m.getContract();
                accounts.notifyMembers(List.of(c.getContractorOrganizationId(), c.getClientOrganizationId()), false,
                        "MILESTONE_DUE", c.getId(), Wording.of("notify.MILESTONE_DUE", m.getTitle(),
                        title(c), m.getDueDate().toString()), link(c));
                sent++;
            }
        }
        return sent;
    }

    // ---- helpers -------------------------------------------------------------------------------

    private Contract readable(long id) {
        Contract contract = ContractReads.whole(em, id);
        requireReader(contract);
        return contract;
    }

    /**
     * The contract, locked after its challenge's row: every change of a contract takes the
     * challenge's lock first (then the contract's, then a milestone's, and the audit log's last),
     * so that the contracts of one challenge change one at a time and the challenge's state that
     * follows from them (in execution, completed, terminated, the gate) is decided on current rows.
     */
    private Contract lockedReadable(long id) {
        Long challengeId = em.createQuery("SELECT c.challengeId FROM Contract c WHERE c.id = :id", Long.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null);
        return lockedReadable(challengeId, id);
    }

    /** The contract of this challenge, locked after the challenge (the locking read brings its milestones and signatures). */
    private Contract lockedReadable(Long challengeId, long id) {
        if (challengeId == null) {
            requireReader(null);
        }
        em.find(Challenge.class, challengeId, LockModeType.PESSIMISTIC_WRITE);
        Contract contract = em.find(Contract.class, id, LockModeType.PESSIMISTIC_WRITE);
        requireReader(contract);
        return contract;
    }

    /** Locks the challenge of a contract (its id never changes; 404 when there is no such contract). */
    private Challenge lockChallengeOf(long contractId) {
        Long challengeId = em.createQuery("SELECT c.challengeId FROM Contract c WHERE c.id = :id", Long.class)
                .setParameter("id", contractId).getResultStream().findFirst().orElse(null);
        if (challengeId == null) {
            requireReader(null);
        }
        return em.find(Challenge.class, challengeId, LockModeType.PESSIMISTIC_WRITE);
    }

    private Milestone lockedMilestone(long milestoneId) {
        // the milestone's contract and challenge in one statement
        Object[] ids = em.createQuery("SELECT k.challengeId, k.id FROM Milestone m JOIN m.contract k WHERE m.id = :id",
                Object[].class).setParameter("id", milestoneId).getResultStream().findFirst().orElseThrow(NotFound::new);
        Contract contract = lockedReadable((Long) ids[0], (Long) ids[1]);
        Milestone milestone = em.find(Milestone.class, milestoneId, LockModeType.PESSIMISTIC_WRITE);
        if (milestone == null) {
            throw new NotFound(); // replaced by an edit of the draft meanwhile
        }
        Milestone current = contract.milestone(milestone.getId());
        if (current == null) {
            throw new NotFound();
        }
        return current;
    }

    private void requireReader(Contract contract) {
        if (contract == null) {
            throw new NotFound();
        }
        if (caller.hasRole(Role.STAFF_NAME)) {
            return;
        }
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        if (me.getOrganization() == null || !contract.involves(me.getOrganization().getId())) {
            throw new NotFound();
        }
    }

    /** The caller, a member of one of the two parties (partners and staff read only). */
    private User actingParty(Contract contract) {
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        if (me.getOrganization() == null || contract.partyOf(me.getOrganization().getId()) == null) {
            throw new Forbidden("Only the two parties of the contract do this.");
        }
        return me;
    }

    /** A contract the caller may read (404 otherwise), for the capabilities downstream (outcomes). */
    @Transactional(TxType.SUPPORTS)
    public Contract forReading(long id) {
        return readable(id);
    }

    /** The party the caller's organization signs a contract as, or null. */
    public Party partyOfCaller(Contract contract) {
        return accounts.currentUser().map(User::getOrganization).map(o -> contract.partyOf(o.getId())).orElse(null);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(cluster.now(), Clocks.DISPLAY_ZONE);
    }

    private List<Payment> payments(long contractId) {
        return em.createQuery("SELECT p FROM Payment p WHERE p.contractId = :c ORDER BY p.paidAt, p.id", Payment.class)
                .setParameter("c", contractId).getResultList();
    }

    /**
     * The payments of a contract by a locking read, after the contract's lock: on MariaDB a plain
     * read would see the transaction's snapshot, which may predate a payment committed meanwhile.
     */
    private List<Payment> lockedPayments(long contractId) {
        return em.createQuery("SELECT p FROM Payment p WHERE p.contractId = :c", Payment.class).setParameter("c", contractId)
                .setLockMode(LockModeType.PESSIMISTIC_READ).getResultList();
    }

    /** The SHA-256 of the contract's Chinese text as it reads now: what a signer is shown and signs. */
    @Transactional(TxType.SUPPORTS)
    public String textSha256(long contractId) {
        Contract c = em.find(Contract.class, contractId);
        if (c == null) {
            throw new NotFound();
        }
        return ContractDocuments.sha256(facts(c));
    }

    ContractFacts facts(Contract c) {
        return facts(c, names(c, false, false));
    }

    /**
     * The names a contract shows (its challenge, its organizations, its signers) with its payments, in
     * one statement; with its evidence files and its timeline when asked.
     */
    private ContractNames.Names names(Contract c, boolean evidence, boolean timeline) {
        return ContractNames.of(em, List.of(c.getChallengeId()), allOrganizations(c),
                c.getSignatures().stream().map(Signature::getUserId).toList(),
                new ContractNames.Own(c.getId(), timeline, evidence ? evidenceOf(c) : List.of()));
    }

    private static List<Long> evidenceOf(Contract c) {
        return c.getMilestones().stream().flatMap(m -> m.getEvidenceFileIds().stream()).toList();
    }

    private static ContractFacts facts(Contract c, ContractNames.Names names) {
        Map<Long, String> orgs = names.organizations();
        return new ContractFacts(c, names.challengeTitles().get(c.getChallengeId()), orgs.get(c.getClientOrganizationId()),
                orgs.get(c.getContractorOrganizationId()), c.getPartnerOrganizationIds().stream().map(orgs::get).toList(),
                names.payments(), names.users());
    }

    /** The partners with the names the facts read (one statement for every organization of the contract). */
    private static List<OrganizationRef> partnerRefs(Contract c, ContractFacts f) {
        List<Long> ids = List.copyOf(c.getPartnerOrganizationIds());
        List<OrganizationRef> refs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            refs.add(new OrganizationRef(ids.get(i), f.partnerNames().get(i)));
        }
        return refs;
    }

    private static List<Long> allOrganizations(Contract c) {
        List<Long> ids = new ArrayList<>(c.getPartnerOrganizationIds());
        ids.add(c.getClientOrganizationId());
        ids.add(c.getContractorOrganizationId());
        return ids;
    }

    private ContractView view(Contract c) {
        return view(c, names(c, true, false));
    }

    private ContractView view(Contract c, ContractNames.Names names) {
        ContractFacts f = facts(c, names);
        List<MilestoneView> milestones = milestoneViews(c, f.payments(), names.files());
        List<SignatureView> signatures = c.getSignatures().stream().filter(Signature::isValid)
                .map(s -> new SignatureView(s.getUserId(), f.userNames().get(s.getUserId()), s.getParty(), s.getSignedAt(),
                        s.getSha256(), s.getTextVersion())).toList();
        List<Party> agreed = new ArrayList<>();
        if (c.getTerminationClientAt() != null) {
            agreed.add(Party.CLIENT);
        }
        if (c.getTerminationContractorAt() != null) {
            agreed.add(Party.CONTRACTOR);
        }
        BigDecimal accepted = c.getMilestones().stream().filter(m -> m.getStatus() == MilestoneStatus.ACCEPTED)
                .map(Milestone::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ContractView(c.getId(), c.getChallengeId(), f.challengeTitle(), c.getAwardBidId(), c.getType(), c.getAmount(),
                c.getTransactionAmount(), c.getStartDate(), c.getEndDate(), c.getIpClause(), c.isHorseRace(), c.getStatus(),
                c.getTextVersion(), ContractDocuments.sha256(f),
                new OrganizationRef(c.getClientOrganizationId(), f.clientName()),
                new OrganizationRef(c.getContractorOrganizationId(), f.contractorName()),
                partnerRefs(c, f),
                List.copyOf(c.getIndicators()), signatures, c.getRegistrationNumber(), c.getRegisteredAt(), milestones, f.paid(),
                accepted.subtract(f.paid()), c.getTerminationReason(), agreed, c.getEndedAt(), partyOfCaller(c),
                milestones.stream().anyMatch(MilestoneView::overdue));
    }

    /** The milestones' views; the files of their evidence were read once for the whole contract, with its names. */
    private List<MilestoneView> milestoneViews(Contract c, List<Payment> paid, Map<Long, FileView> evidence) {
        LocalDate today = today();
        List<Milestone> milestones = c.getMilestones();
        // what the milestones measured comes in their rows
        Map<Long, Map<String, String>> measured = new HashMap<>();
        milestones.forEach(m -> m.getMeasurements().forEach(
                x -> measured.computeIfAbsent(m.getId(), k -> new HashMap<>()).put(x.getIndicator(), x.getMeasured())));
        return milestones.stream().map(m -> milestoneView(m, paid, today, measured.getOrDefault(m.getId(), Map.of()), evidence))
                .toList();
    }

    /** One milestone just changed: its own measurements and evidence, as this transaction holds them. */
    private MilestoneView milestoneView(Milestone m, List<Payment> paid, LocalDate today) {
        Map<String, String> measured = new HashMap<>();
        m.getMeasurements().forEach(x -> measured.put(x.getIndicator(), x.getMeasured()));
        Map<Long, FileView> evidence = new HashMap<>();
        files.findAll(m.getEvidenceFileIds()).forEach((id, f) -> evidence.put(id, new FileView(f.getId(), f.getFileName(),
                f.getSize())));
        return milestoneView(m, paid, today, measured, evidence);
    }

    private MilestoneView milestoneView(Milestone m, List<Payment> paid, LocalDate today, Map<String, String> measured,
            Map<Long, FileView> files) {
        Contract c = m.getContract();
        List<IndicatorCheckView> checks = c.getIndicators().stream().filter(i -> m.getIndicators().contains(i.getName()))
                .map(i -> new IndicatorCheckView(i.getName(), i.getTarget(), i.getUnit(), i.getPromised(),
                        measured.get(i.getName()), IndicatorCheck.met(i.getTarget(), measured.get(i.getName())))).toList();
        List<FileView> evidence = m.getEvidenceFileIds().stream().map(files::get).filter(java.util.Objects::nonNull).toList();
        BigDecimal onIt = paid.stream().filter(p -> p.getMilestoneId().equals(m.getId())).map(Payment::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new MilestoneView(m.getId(), c.getId(), m.getPosition(), m.getTitle(), m.getDeliverable(), m.getDueDate(),
                m.getAmount(), m.isGate(), m.isFinal(), m.getStatus(), m.isOverdue(today), List.copyOf(m.getIndicators()), checks,
                m.getDeliverables(), evidence, m.getSubmittedAt(), m.getDecisionComment(), m.getDecidedAt(), m.getAcceptedAt(),
                onIt);
    }

    private static PaymentView paymentView(Payment p, String milestoneTitle) {
        return new PaymentView(p.getId(), p.getContractId(), p.getMilestoneId(), milestoneTitle, p.getAmount(), p.getPaidAt(),
                p.getSource(), p.getRedemptionId());
    }

    private void event(Contract c, Instant at, String kind, Long milestoneId, Long userId, BigDecimal amount, String detail) {
        em.persist(new ContractEvent(c.getId(), at, kind, milestoneId, userId, amount, detail));
    }

    private String title(Contract c) {
        return challengeTitles(List.of(c.getChallengeId())).get(c.getChallengeId());
    }

    private static String link(Contract c) {
        return "/contract/view?id=" + c.getId();
    }

    private void tellParties(Contract c, String kind, Wording text) {
        accounts.notifyMembers(List.of(c.getClientOrganizationId(), c.getContractorOrganizationId()), false, kind, c.getId(), text,
                link(c));
    }

    private Map<Long, String> challengeTitles(Collection<Long> ids) {
        Map<Long, String> titles = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT c.id, c.title FROM Challenge c WHERE c.id IN :ids", Object[].class)
                    .setParameter("ids", new LinkedHashSet<>(ids)).getResultList()
                    .forEach(r -> titles.put((Long) r[0], (String) r[1]));
        }
        return titles;
    }
}
