package org.jiebang.voucher;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jiebang.account.AccountService;
import org.jiebang.account.Organization;
import org.jiebang.account.OrganizationType;
import org.jiebang.account.Role;
import org.jiebang.account.User;
import org.jiebang.account.VerificationStatus;
import org.jiebang.contract.Contract;
import org.jiebang.contract.ContractService;
import org.jiebang.contract.Milestone;
import org.jiebang.contract.Payment;
import org.jiebang.platform.audit.AuditLog;
import org.jiebang.platform.clock.ClusterClock;
import org.jiebang.platform.config.Clocks;
import org.jiebang.platform.error.Forbidden;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.error.NotAuthenticated;
import org.jiebang.platform.error.NotFound;
import org.jiebang.platform.error.RuleBroken;
import org.jiebang.platform.i18n.Wording;
import org.jiebang.platform.notify.Notifications;
import org.jiebang.platform.persistence.Page;
import org.jiebang.platform.persistence.RetriedOnDeadlock;
import org.jiebang.platform.region.Regions;
import org.jiebang.platform.security.Caller;

/**
 * Innovation vouchers (创新券, SPEC §7): staff issue them to verified firms; a firm redeems part of
 * one against what it owes on an accepted milestone of one of its contracts, to a provider whose
 * region the voucher accepts; staff approve and the provider is settled (a payment on the
 * contract), or refuse and the hold is released. Every movement is a ledger row; the balance is
 * the ledger's sum and never goes below zero: each movement takes the voucher's row lock and
 * checks the sum under it.
 */
@ApplicationScoped
@Transactional
@RetriedOnDeadlock
public class VoucherService {

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
    ContractService contracts;

    /** {@code {"organizationId", "amount", "region", "validFrom", "validTo", "acceptedRegions": [..]}} */
    public record IssueForm(Long organizationId, BigDecimal amount, String region, LocalDate validFrom, LocalDate validTo,
            List<String> acceptedRegions) {
    }

    /** {@code {"contractId", "amount"}}, optionally the milestone paid. */
    public record RedemptionForm(Long contractId, BigDecimal amount, Long milestoneId) {
    }

    /** {@code {"approved", "reason"}} */
    public record ApprovalForm(Boolean approved, String reason) {
    }

    public record LedgerView(long id, LedgerEntry.Kind kind, BigDecimal amount, Long redemptionId,
            Instant bookedAt) implements Serializable {
    }

    public record RedemptionView(long id, long voucherId, long contractId, String challengeTitle, long milestoneId,
            BigDecimal amount, Redemption.Status status, Instant requestedAt, Instant decidedAt, String reason, Long paymentId,
            String organizationName) implements Serializable {
    }

    /** A voucher with its balance (the ledger's sum); the detail adds the ledger and redemptions. */
    public record VoucherView(long id, long organizationId, String organizationName, BigDecimal amount, BigDecimal balance,
            String region, LocalDate validFrom, LocalDate validTo, List<String> acceptedRegions, boolean valid,
            Instant issuedAt, List<LedgerView> ledger, List<RedemptionView> redemptions) implements Serializable {
    }

    /** Staff issue a voucher to a verified firm. */
    public VoucherView issue(IssueForm form) {
        String staff = caller.requireAnyRole(Role.STAFF_NAME);
        if (form == null) {
            throw InvalidInput.rule("organizationId", "required", "a voucher is required");
        }
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        Organization firm = form.organizationId() == null ? null : em.find(Organization.class, form.organizationId());
        if (firm == null) {
            errors.add(new InvalidInput.FieldError("organizationId", "a registered organization is required", "firmRequired"));
        }
        if (form.amount() == null || form.amount().signum() <= 0 || form.amount().scale() > 2
                || form.amount().precision() - form.amount().scale() > 16) {
            errors.add(new InvalidInput.FieldError("amount", "a positive amount in CNY with at most 2 decimals", "amountPositive"));
        }
        if (!Regions.isValid(form.region())) {
            errors.add(new InvalidInput.FieldError("region", "a six-digit region code (GB/T 2260)", "regionCode"));
        }
        if (form.validFrom() == null) {
            errors.add(new InvalidInput.FieldError("validFrom", "the first day of validity is required", "required"));
        }
        if (form.validTo() == null) {
            errors.add(new InvalidInput.FieldError("validTo", "the last day of validity is required", "required"));
        } else if (form.validFrom() != null && form.validTo().isBefore(form.validFrom())) {
            errors.add(new InvalidInput.FieldError("validTo", "the last day lies on or after the first", "endAfterStart"));
        }
        Set<String> accepted = new LinkedHashSet<>();
        List<String> given = form.acceptedRegions() == null || form.acceptedRegions().isEmpty()
                ? (form.region() == null ? List.of() : List.of(form.region())) : form.acceptedRegions();
        for (int i = 0; i < given.size(); i++) {
            if (!Regions.isValid(given.get(i))) {
                errors.add(new InvalidInput.FieldError("acceptedRegions[" + i + "]", "a six-digit region code (GB/T 2260)", "regionCode"));
            } else {
                accepted.add(given.get(i));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (firm.getType() != OrganizationType.ENTERPRISE || firm.getStatus() != VerificationStatus.VERIFIED) {
            throw new RuleBroken("NOT_A_VERIFIED_FIRM", "organizationId", "Vouchers are issued to verified firms only.");
        }
        Instant now = cluster.now();
        Voucher voucher = new Voucher(firm.getId(), form.amount(), form.region(), form.validFrom(), form.validTo(), accepted, staff);
        em.persist(voucher);
        em.flush();
        em.persist(new LedgerEntry(voucher.getId(), LedgerEntry.Kind.ISSUE, voucher.getAmount(), null, now, staff));
        audit.record("VOUCHER_ISSUED", "Voucher", voucher.getId(), null, Map.of("organizationId", firm.getId(),
                "amount", voucher.getAmount().toPlainString(), "validTo", voucher.getValidTo().toString()));
        accounts.notifyMembers(List.of(firm.getId()), false, "VOUCHER_ISSUED", voucher.getId(), Wording.of("notify.VOUCHER_ISSUED",
                voucher.getAmount().toPlainString(), voucher.getValidTo().toString()), "/voucher/wallet");
        em.flush();
        return detail(voucher);
    }

    /** Staff: every voucher; a firm: its own; anyone else: none. */
    @Transactional(TxType.SUPPORTS)
    public Page<VoucherView> list(int page, int size) {
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        boolean staff = caller.hasRole(Role.STAFF_NAME);
        if (!staff && me.getOrganization() == null) {
            return new Page<>(List.of(), 0, Math.max(page, 0), Page.boundedSize(size));
        }
        String where = staff ? "" : " WHERE v.organizationId = :o";
        // each voucher with its firm's name
        var query = em.createQuery("SELECT v, o.name FROM Voucher v JOIN Organization o ON o.id = v.organizationId" + where
                + " ORDER BY v.id DESC", Object[].class);
        var count = em.createQuery("SELECT COUNT(v) FROM Voucher v" + where, Long.class);
        if (!staff) {
            query.setParameter("o", me.getOrganization().getId());
            count.setParameter("o", me.getOrganization().getId());
        }
        List<Voucher> found = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        query.setFirstResult(Page.firstRow(page, size)).setMaxResults(Page.boundedSize(size)).getResultList().forEach(r -> {
            Voucher v = (Voucher) r[0];
            found.add(v);
            names.put(v.getOrganizationId(), (String) r[1]);
        });
        Map<Long, BigDecimal> balances = balances(found.stream().map(Voucher::getId).toList());
        LocalDate today = today();
        List<VoucherView> items = found.stream().map(v -> summary(v, balances.getOrDefault(v.getId(), BigDecimal.ZERO),
                names.get(v.getOrganizationId()), today, List.of(), List.of())).toList();
        return new Page<>(items, Page.total(page, size, found.size(), count::getSingleResult), Math.max(page, 0),
                Page.boundedSize(size));
    }

    /**
     * The wallet: the caller's firm's vouchers (the newest {@code size}), each with its ledger and
     * redemptions, read together whatever their number; none for a caller without a firm.
     */
    @Transactional(TxType.SUPPORTS)
    public List<VoucherView> wallet(int size) {
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        if (me.getOrganization() == null) {
            return List.of();
        }
        return details(em.createQuery("SELECT v FROM Voucher v WHERE v.organizationId = :o ORDER BY v.id DESC", Voucher.class)
                .setParameter("o", me.getOrganization().getId()).setMaxResults(Page.boundedSize(size)).getResultList(),
                me.getOrganization());
    }

    /** A voucher with its ledger and redemptions (its firm and staff; 404 for anyone else). */
    @Transactional(TxType.SUPPORTS)
    public VoucherView get(long id) {
        Voucher voucher = readable(em.find(Voucher.class, id));
        // the firm reading its own voucher: its name is known
        return details(List.of(voucher), caller.hasRole(Role.STAFF_NAME) ? null
                : accounts.currentUser().map(User::getOrganization).orElse(null)).get(0);
    }

    /**
     * The firm redeems part of its voucher against what it owes on one of its contracts. The
     * voucher's row lock is held while the balance is summed and the hold booked.
     */
    public RedemptionView redeem(long voucherId, RedemptionForm form) {
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        Voucher voucher = readable(em.find(Voucher.class, voucherId, LockModeType.PESSIMISTIC_WRITE));
        if (me.getOrganization() == null || !voucher.getOrganizationId().equals(me.getOrganization().getId())) {
            throw new Forbidden("The firm the voucher was issued to redeems it.");
        }
        if (form == null || form.contractId() == null) {
            throw InvalidInput.rule("contractId", "required", "the contract paid is required");
        }
        if (form.amount() == null || form.amount().signum() <= 0 || form.amount().scale() > 2
                || form.amount().precision() - form.amount().scale() > 16) {
            throw InvalidInput.rule("amount", "amountPositive", "a positive amount in CNY with at most 2 decimals");
        }
        voucher.requireValidOn(today());
        Contract contract = contracts.clientContract(form.contractId(), voucher.getOrganizationId());
        // lock order everywhere: voucher, then contract, then milestone
        Organization provider = em.find(Organization.class, contract.getContractorOrganizationId());
        voucher.requireAccepted(provider.getRegion());
        BigDecimal balance = balance(voucher.getId());
        if (form.amount().compareTo(balance) > 0) {
            throw new RuleBroken("INSUFFICIENT_BALANCE", "amount", "The voucher's balance is " + balance.toPlainString()
                    + ": a redemption never takes it below zero.", balance.toPlainString());
        }
        Milestone milestone = contracts.owedMilestone(contract, form.milestoneId(), form.amount());
        Instant now = cluster.now();
        Redemption redemption = new Redemption(voucher.getId(), contract.getId(), milestone.getId(), form.amount(), me.getId(), now);
        em.persist(redemption);
        em.flush();
        em.persist(new LedgerEntry(voucher.getId(), LedgerEntry.Kind.HOLD, form.amount(), redemption.getId(), now, me.getUsername()));
        contracts.note(contract.getId(), "VOUCHER_REQUESTED", milestone.getId(), me.getId(), redemption.getAmount(), null);
        audit.record("VOUCHER_REDEMPTION_REQUESTED", "Voucher", voucher.getId(), null, Map.of("redemptionId",
                redemption.getId(), "contractId", contract.getId(), "amount", redemption.getAmount().toPlainString()));
        accounts.notifyMembers(List.of(), true, "VOUCHER_REDEMPTION", voucher.getId(), Wording.of("notify.VOUCHER_REDEMPTION",
                redemption.getAmount().toPlainString()), "/staff/vouchers");
        return view(redemption, null, null);
    }

    /**
     * Staff decide a pending redemption. Approved: the provider is settled (a voucher payment on the
     * contract, under the same rules as any payment) and the hold becomes the settlement; refused:
     * the hold is released.
     */
    public RedemptionView decide(long redemptionId, ApprovalForm form) {
        return decide(null, redemptionId, form);
    }

    /** The same, for a redemption that must be of voucher {@code expectedVoucher} (404 otherwise). */
    public RedemptionView decide(Long expectedVoucher, long redemptionId, ApprovalForm form) {
        String staff = caller.requireAnyRole(Role.STAFF_NAME);
        Object[] ids = em.createQuery("SELECT r.voucherId, r.contractId FROM Redemption r WHERE r.id = :id", Object[].class)
                .setParameter("id", redemptionId).getResultStream().findFirst().orElseThrow(NotFound::new);
        Long voucherId = (Long) ids[0];
        if (expectedVoucher != null && !expectedVoucher.equals(voucherId)) {
            throw new NotFound();
        }
        // lock order everywhere: voucher, challenge, contract, then the redemption
        em.find(Voucher.class, voucherId, LockModeType.PESSIMISTIC_WRITE);
        contracts.lock((Long) ids[1]);
        Redemption redemption = em.find(Redemption.class, redemptionId, LockModeType.PESSIMISTIC_WRITE);
        if (form == null || form.approved() == null) {
            throw InvalidInput.rule("approved", "decisionRequired", "true or false is required");
        }
        Instant now = cluster.now();
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        if (form.approved()) {
            if (redemption.getStatus() != Redemption.Status.PENDING) {
                redemption.settle(0, staff, now); // throws ALREADY_DECIDED
            }
            Payment payment = contracts.payFromVoucher(redemption.getContractId(), redemption.getMilestoneId(),
                    redemption.getAmount(), redemption.getId(), me.getId());
            redemption.settle(payment.getId(), staff, now);
            em.persist(new LedgerEntry(voucherId, LedgerEntry.Kind.RELEASE, redemption.getAmount(), redemptionId, now, staff));
            em.persist(new LedgerEntry(voucherId, LedgerEntry.Kind.SETTLE, redemption.getAmount(), redemptionId, now, staff));
        } else {
            if (form.reason() == null || form.reason().isBlank()) {
                throw new RuleBroken("REASON_REQUIRED", "reason", "A refusal gives the firm its reason.");
            }
            if (form.reason().length() > 2000) {
                throw InvalidInput.rule("reason", "text2000", "at most 2000 characters");
            }
            redemption.refuse(form.reason().strip(), staff, now);
            em.persist(new LedgerEntry(voucherId, LedgerEntry.Kind.RELEASE, redemption.getAmount(), redemptionId, now, staff));
            // the contract's timeline says that it was refused; why is for the firm (its wallet), not the provider
            contracts.note(redemption.getContractId(), "VOUCHER_REFUSED", redemption.getMilestoneId(), me.getId(),
                    redemption.getAmount(), null);
        }
        em.flush();
        audit.record(form.approved() ? "VOUCHER_REDEMPTION_SETTLED" : "VOUCHER_REDEMPTION_REFUSED", "Voucher", voucherId, null,
                Map.of("redemptionId", redemptionId, "amount", redemption.getAmount().toPlainString()));
        Voucher voucher = em.find(Voucher.class, voucherId);
        accounts.notifyMembers(List.of(voucher.getOrganizationId()), false, form.approved() ? "VOUCHER_SETTLED" : "VOUCHER_REFUSED",
                voucherId, Wording.of(form.approved() ? "notify.VOUCHER_SETTLED" : "notify.VOUCHER_REFUSED",
                        redemption.getAmount().toPlainString(), redemption.getReason() == null ? "" : redemption.getReason()),
                "/voucher/wallet");
        return view(redemption, null, null);
    }

    /** Redemptions waiting for staff (staff only), oldest first. */
    @Transactional(TxType.SUPPORTS)
    public List<RedemptionView> pending() {
        caller.requireAnyRole(Role.STAFF_NAME);
        return redemptionViews("r.status = :p", "r.requestedAt, r.id", Map.of("p", Redemption.Status.PENDING), 200);
    }

    /** The firm's contracts it may pay with a voucher, for the wallet's form: id and title. */
    @Transactional(TxType.SUPPORTS)
    public List<ContractChoice> payableContracts() {
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        if (me.getOrganization() == null) {
            return List.of();
        }
        return em.createQuery("SELECT NEW org.jiebang.voucher.VoucherService.ContractChoice(c.id, ch.title)"
                + " FROM Contract c, Challenge ch WHERE ch.id = c.challengeId AND c.clientOrganizationId = :o ORDER BY c.id DESC",
                ContractChoice.class)
                .setParameter("o", me.getOrganization().getId()).getResultList();
    }

    /** A contract of the caller's firm that a voucher may pay, for the wallet's choice. */
    public record ContractChoice(long id, String title) implements Serializable {
    }

    // ---------------------------------------------------------------------------------------------

    private Voucher readable(Voucher voucher) {
        if (voucher == null) {
            throw new NotFound();
        }
        if (caller.hasRole(Role.STAFF_NAME)) {
            return voucher;
        }
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        if (me.getOrganization() == null || !voucher.getOrganizationId().equals(me.getOrganization().getId())) {
            throw new NotFound();
        }
        return voucher;
    }

    private VoucherView detail(Voucher v) {
        return details(List.of(v), null).get(0);
    }

    /**
     * Vouchers with their ledgers and redemptions: one statement for each kind, whatever the number of
     * vouchers, and one for their firms' names unless all are {@code known}'s.
     */
    private List<VoucherView> details(List<Voucher> found, Organization known) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(Voucher::getId).toList();
        Map<Long, List<LedgerView>> ledgers = em.createQuery("SELECT l FROM LedgerEntry l WHERE l.voucherId IN :v ORDER BY l.id",
                LedgerEntry.class).setParameter("v", ids).getResultStream()
                .collect(Collectors.groupingBy(LedgerEntry::getVoucherId, Collectors.mapping(
                        l -> new LedgerView(l.getId(), l.getKind(), l.getAmount(), l.getRedemptionId(), l.getBookedAt()),
                        Collectors.toList())));
        Map<Long, List<RedemptionView>> redemptions = redemptionViews("r.voucherId IN :v", "r.id DESC", Map.of("v", ids),
                Integer.MAX_VALUE).stream().collect(Collectors.groupingBy(RedemptionView::voucherId));
        Map<Long, String> names = known != null && found.stream().allMatch(v -> v.getOrganizationId().equals(known.getId()))
                ? Map.of(known.getId(), known.getName())
                : organizationNames(found.stream().map(Voucher::getOrganizationId).toList());
        LocalDate today = today();
        return found.stream().map(v -> {
            List<LedgerView> ledger = ledgers.getOrDefault(v.getId(), List.of());
            BigDecimal balance = ledger.stream().map(LedgerView::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            return summary(v, balance, names.get(v.getOrganizationId()), today, ledger, redemptions.getOrDefault(v.getId(), List.of()));
        }).toList();
    }

    private static VoucherView summary(Voucher v, BigDecimal balance, String organizationName, LocalDate today,
            List<LedgerView> ledger, List<RedemptionView> redemptions) {
        return new VoucherView(v.getId(), v.getOrganizationId(), organizationName, v.getAmount(), balance.setScale(2),
                v.getRegion(), v.getValidFrom(), v.getValidTo(), List.copyOf(v.getAcceptedRegions()),
                !today.isBefore(v.getValidFrom()) && !today.isAfter(v.getValidTo()), v.getCreatedAt(), ledger, redemptions);
    }

    /** Redemptions with their contracts' challenge titles and firms, in one statement. */
    private List<RedemptionView> redemptionViews(String condition, String order, Map<String, Object> parameters, int max) {
        var query = em.createQuery("SELECT r, ch.title, o.name FROM Redemption r, Contract c, Challenge ch, Organization o"
                + " WHERE c.id = r.contractId AND ch.id = c.challengeId AND o.id = c.clientOrganizationId AND " + condition
                + " ORDER BY " + order, Object[].class).setMaxResults(max);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().map(r -> view((Redemption) r[0], (String) r[1], (String) r[2])).toList();
    }

    private static RedemptionView view(Redemption r, String title, String firm) {
        return new RedemptionView(r.getId(), r.getVoucherId(), r.getContractId(), title, r.getMilestoneId(), r.getAmount(),
                r.getStatus(), r.getRequestedAt(), r.getDecidedAt(), r.getReason(), r.getPaymentId(), firm);
    }

    /**
     * The balance: the sum of the ledger, read with a locking read (under the voucher's lock), so
     * that on MariaDB it sees every movement committed before the lock, not the transaction's snapshot.
     */
    BigDecimal balance(long voucherId) {
        return em.createQuery("SELECT l FROM LedgerEntry l WHERE l.voucherId = :v", LedgerEntry.class)
                .setParameter("v", voucherId).setLockMode(LockModeType.PESSIMISTIC_READ).getResultStream()
                .map(LedgerEntry::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    private Map<Long, BigDecimal> balances(List<Long> ids) {
        Map<Long, BigDecimal> sums = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT l.voucherId, SUM(l.amount) FROM LedgerEntry l WHERE l.voucherId IN :ids GROUP BY l.voucherId",
                    Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(r -> sums.put((Long) r[0], (BigDecimal) r[1]));
        }
        return sums;
    }


    private LocalDate today() {
        return LocalDate.ofInstant(cluster.now(), Clocks.DISPLAY_ZONE);
    }



    private Map<Long, String> organizationNames(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT o.id, o.name FROM Organization o WHERE o.id IN :ids", Object[].class)
                    .setParameter("ids", ids.stream().distinct().toList()).getResultList()
                    .forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }
}
