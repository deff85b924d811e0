package org.jiebang.opendata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jiebang.account.AccountService;
import org.jiebang.account.Organization;
import org.jiebang.account.Role;
import org.jiebang.account.User;
import org.jiebang.bid.Bid;
import org.jiebang.bid.BidStatus;
import org.jiebang.challenge.Challenge;
import org.jiebang.challenge.ChallengeReads;
import org.jiebang.contract.Contract;
import org.jiebang.contract.ContractStatus;
import org.jiebang.contract.MilestoneStatus;
import org.jiebang.contract.Payment;
import org.jiebang.platform.config.Clocks;
import org.jiebang.platform.error.NotFound;
import org.jiebang.platform.security.Caller;

/**
 * The trace of a challenge (溯源, SPEC §8): the whole chain as one dated timeline — posted,
 * published, questions and amendments, the close, the panel and the notice, the award with its
 * principals and teams, contracts with their signatures and registration, milestones, payments,
 * vouchers used and outcomes — each entry linking to its page.
 * <p>
 * Visitors see what is public: nothing of a challenge before publication, no confidential detail,
 * no draft, no losing bid's content, no score and no expert's name; contract amounts once
 * registered; accepted milestones; voucher-funded amounts (public money); confirmed outcomes. The
 * parties of a contract see its payments and all its outcomes; staff see everything.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class TraceService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Caller caller;

    /** Who is looking: what the trace may show. */
    public enum Viewer {
        PUBLIC, PARTY, STAFF
    }

    /**
     * One dated link of the chain. {@code detail} is a code for {@code NOTICE} (the notice's status),
     * {@code CONTRACT_SIGNED} (the contract type) and {@code OUTCOME} (its kind), a number for
     * {@code CLOSED} (bids opened) and {@code PANEL} (experts), else a name or a registration number.
     */
    public record Entry(Instant at, String kind, String title, String detail, BigDecimal amount, String link) {
    }

    /** The trace: the challenge, the viewer it was made for, the entries oldest first, and totals. */
    public record Trace(long challengeId, String title, String status, Viewer viewer, List<Entry> entries, int openedBids,
            int awardedBids, int contracts, BigDecimal registeredAmount, BigDecimal voucherPaid, int outcomes) {
    }

    public Trace trace(long challengeId) {
        Challenge c = ChallengeReads.withOwner(em, challengeId);
        Long myOrg = accounts.currentUser().map(User::getOrganization).map(Organization::getId).orElse(null);
        boolean staff = caller.hasRole(Role.STAFF_NAME);
        boolean owner = c != null && myOrg != null && c.getOwner().getId().equals(myOrg);
        if (c == null || !c.isVisibleToPublic() && !staff && !owner) {
            throw new NotFound();
        }
        TraceFacts.Facts facts = TraceFacts.of(em, challengeId);
        List<Entry> entries = new ArrayList<>();
        String challengeLink = "/challenge/view?id=" + challengeId;
        if (staff || owner) {
            add(entries, c.getSubmittedAt(), "POSTED", c.getTitle(), c.getOwner().getName(), null, challengeLink);
        }
        add(entries, c.getPublishedAt(), "PUBLISHED", c.getTitle(), c.getOwner().getName(), c.getBudget(), challengeLink);
        facts.answers().forEach(at -> add(entries, at, "QUESTION_ANSWERED", null, null, null, challengeLink + "#questions"));
        facts.amendments().forEach(a -> add(entries, a.at(), "AMENDED", "v" + (a.number() + 1), null, null,
                challengeLink + "#amendments"));
        add(entries, c.getClosedAt(), "CLOSED", null, String.valueOf(facts.openedBids()), null, challengeLink);
        add(entries, facts.panelFrom(), "PANEL", null, String.valueOf(facts.panelSize()), null, null);
        String noticeLink = "/notice/view?id=" + challengeId;
        for (TraceFacts.Proposal p : facts.proposals()) {
            add(entries, p.proposedAt(), "NOTICE", null, p.status(), null, noticeLink);
            add(entries, p.finalizedAt(), "AWARDED", null, null, null, noticeLink);
        }
        List<Bid> awarded = em.createQuery("SELECT b FROM Bid b JOIN FETCH b.lead WHERE b.challenge.id = :c AND b.status = :a"
                + " ORDER BY b.id", Bid.class).setParameter("c", challengeId).setParameter("a", BidStatus.AWARDED).getResultList();
        Instant awardedAt = entries.stream().filter(e -> e.kind().equals("AWARDED")).map(Entry::at).findFirst().orElse(null);
        for (Bid b : awarded) {
            String team = b.getMembers().stream().map(m -> m.getName() + (m.getRole() == null ? "" : "（" + m.getRole() + "）"))
                    .collect(Collectors.joining("、"));
            add(entries, awardedAt, "TEAM", b.getLead().getName(), b.getPrincipal().getName() + " · " + b.getPrincipal().getTitle()
                    + (team.isEmpty() ? "" : " · " + team), b.getPrice(), noticeLink);
        }

        List<Contract> contracts = em.createQuery("SELECT k FROM Contract k WHERE k.challengeId = :c ORDER BY k.id",
                Contract.class).setParameter("c", challengeId).getResultList();
        Map<Long, String> orgNames = new HashMap<>();
        awarded.forEach(b -> orgNames.put(b.getLead().getId(), b.getLead().getName()));
        BigDecimal registered = BigDecimal.ZERO;
        BigDecimal voucherPaid = BigDecimal.ZERO;
        int shownOutcomes = 0;
        Viewer viewer = staff ? Viewer.STAFF : Viewer.PUBLIC;
        for (Contract k : contracts) {
            boolean party = staff || myOrg != null && k.involves(myOrg);
            if (party && viewer == Viewer.PUBLIC) {
                viewer = Viewer.PARTY;
            }
            String contractor = orgNames.getOrDefault(k.getContractorOrganizationId(), "");
            String link = party ? "/contract/view?id=" + k.getId() : null;
            add(entries, k.getSignedAt(), "CONTRACT_SIGNED", contractor, k.getType().name(), party ? k.getAmount() : null, link);
            if (k.getRegistrationNumber() != null) {
                registered = registered.add(k.getTransactionAmount());
                add(entries, k.getRegisteredAt(), "REGISTERED", contractor, k.getRegistrationNumber(), k.getTransactionAmount(), link);
            }
            if (k.getSignedAt() != null) {
                for (TraceFacts.Milestone m : facts.milestones().getOrDefault(k.getId(), List.of())) {
                    if (MilestoneStatus.valueOf(m.status()) == MilestoneStatus.ACCEPTED) {
                        add(entries, m.acceptedAt(), "MILESTONE_ACCEPTED", m.title(), contractor, null, link);
                    } else if (party && m.submittedAt() != null) {
                        add(entries, m.submittedAt(), "MILESTONE_" + m.status(), m.title(), contractor, null, link);
                    }
                }
            }
            for (TraceFacts.Payment p : facts.payments().getOrDefault(k.getId(), List.of())) {
                if (Payment.Source.valueOf(p.source()) == Payment.Source.VOUCHER) {
                    voucherPaid = voucherPaid.add(p.amount());
                    add(entries, p.paidAt(), "VOUCHER_USED", contractor, null, p.amount(), link);
                } else if (party) {
                    add(entries, p.paidAt(), "PAID", contractor, null, p.amount(), link);
                }
            }
            if (k.getStatus() == ContractStatus.CLOSED || k.getStatus() == ContractStatus.TERMINATED) {
                add(entries, k.getEndedAt(), "CONTRACT_" + k.getStatus().name(), contractor, null, null, link);
            }
            for (TraceFacts.Outcome o : facts.outcomes().getOrDefault(k.getId(), List.of())) {
                if (o.confirmed() || party) {
                    shownOutcomes++;
                    String title = o.title() + (o.applicationNumber() == null ? "" : " " + o.applicationNumber());
                    add(entries, whenOf(o.createdAt(), o.date()), "OUTCOME", title, o.type(), o.amount(),
                            party ? "/outcome/list?contract=" + k.getId() : null);
                }
            }
        }
        if (owner && viewer == Viewer.PUBLIC) {
            viewer = Viewer.PARTY;
        }
        entries.sort(Comparator.comparing(Entry::at));
        return new Trace(challengeId, c.getTitle(), c.getStatus().name(), viewer, entries, facts.openedBids(), awarded.size(),
                (int) contracts.stream().filter(k -> k.getSignedAt() != null).count(), registered, voucherPaid, shownOutcomes);
    }

    /**
     * Where an outcome stands on the timeline: when it was recorded, if that was on its date (so that
     * an outcome of today follows what happened earlier today); else the start of its date.
     */
    static Instant whenOf(Instant createdAt, LocalDate date) {
        LocalDate recorded = LocalDate.ofInstant(createdAt, Clocks.DISPLAY_ZONE);
        return recorded.equals(date) ? createdAt : date.atStartOfDay(Clocks.DISPLAY_ZONE).toInstant();
    }

    private static void add(List<Entry> entries, Instant at, String kind, String title, String detail, BigDecimal amount,
            String link) {
        if (at != null) {
            entries.add(new Entry(at, kind, title, detail, amount, link));
        }
    }
}
