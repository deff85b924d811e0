package org.jiebang.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.persistence.config.QueryHints;

import org.jiebang.account.Organization;
import org.jiebang.account.OrganizationType;
import org.jiebang.account.VerificationStatus;
import org.jiebang.bid.Bid;
import org.jiebang.challenge.Challenge;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.contract.Contract;
import org.jiebang.contract.ContractIndicator;
import org.jiebang.contract.ContractStatus;
import org.jiebang.contract.IndicatorCheck;
import org.jiebang.contract.Measurement;
import org.jiebang.contract.Milestone;
import org.jiebang.contract.MilestoneStatus;
import org.jiebang.outcome.Outcome;
import org.jiebang.platform.error.NotFound;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.platform.persistence.Page;

/**
 * The results showcase (成果展示, SPEC §9; public): completed challenges with their teams, the
 * indicators met at acceptance and the confirmed outcomes; a page per research organization (its
 * league row and awarded challenges) and per firm (its published challenges). Only what the trace
 * shows a visitor: published challenges, awarded teams, registered amounts, confirmed outcomes.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
@OneReading // a page's rows read once: the organization, then its league row's name
public class ShowcaseService {

    @PersistenceContext
    EntityManager em;

    @Inject
    StatsService stats;

    /** A confirmed outcome, as the showcase lists it. */
    public record Result(String type, String title, String applicationNumber, BigDecimal amount) {
    }

    /** One winning team of a completed challenge: its contract's acceptance. */
    public record Team(long organizationId, String organization, String principal, String principalTitle, String contractStatus,
            BigDecimal registeredAmount, int indicators, int indicatorsMet, int indicatorsJudged, List<Result> outcomes) {
    }

    /** A challenge with what came of it. */
    public record Showcased(long id, String title, String summary, long firmId, String firm, String field, String region,
            BigDecimal budget, String status, Instant publishedAt, Instant endedAt, List<Team> teams) {
    }

    /** A research organization's page. */
    public record LabPage(long id, String name, String type, String region, StatsService.League figures, List<Showcased> awarded) {
    }

    /** A firm's page: its published challenges, newest first, with the teams that won them. */
    public record FirmPage(long id, String name, String region, long published, long awarded, long completed,
            List<Showcased> challenges) {
    }

    /** Completed challenges, most recently completed first (the page's ids, three statements, the count if the page is full). */
    public Page<Showcased> completed(int page, int size) {
        int bounded = Page.boundedSize(size);
        // completed when the last of its contracts closed at the final acceptance
        List<Long> ids = em.createQuery("SELECT k.challengeId FROM Contract k, Challenge c WHERE c.id = k.challengeId"
                + " AND c.status = :done AND k.status = :closed GROUP BY k.challengeId ORDER BY MAX(k.endedAt) DESC, k.challengeId DESC",
                Long.class).setParameter("done", ChallengeStatus.COMPLETED).setParameter("closed", ContractStatus.CLOSED)
                .setFirstResult(Page.firstRow(page, bounded)).setMaxResults(bounded).getResultList();
        Map<Long, List<Bid>> winners = winnersOf(ids);
        // counted only when the first page is full
        long total = Page.total(page, size, ids.size(), () -> em.createQuery("SELECT COUNT(c) FROM Challenge c"
                + " WHERE c.status = :done", Long.class).setParameter("done", ChallengeStatus.COMPLETED).getSingleResult());
        return new Page<>(showcased(challengesOf(ids, winners), winners), total, page, bounded);
    }

    /** A research organization's page: it, the challenges it won with their teams (three statements), its figures. */
    public LabPage lab(long organizationId) {
        Organization o = em.find(Organization.class, organizationId);
        if (o == null || o.getType() == OrganizationType.ENTERPRISE || o.getStatus() != VerificationStatus.VERIFIED) {
            throw new NotFound();
        }
        List<Bid> won = em.createQuery("SELECT b FROM Bid b WHERE b.challenge.id IN (SELECT w.challenge.id FROM Bid w"
                + " WHERE w.lead.id = :o AND w.status = :awarded) AND b.status = :awarded ORDER BY b.id", Bid.class)
                .setParameter("o", organizationId).setParameter("awarded", org.jiebang.bid.BidStatus.AWARDED)
                .setHint(QueryHints.FETCH, "b.lead").setHint(QueryHints.FETCH, "b.challenge")
                .setHint(QueryHints.FETCH, "b.challenge.owner").getResultList();
        Map<Long, List<Bid>> winners = byChallenge(won);
        List<Long> ids = winners.keySet().stream().sorted(java.util.Comparator.reverseOrder()).toList();
        List<Showcased> awarded = showcased(challengesOf(ids, winners), winners).stream()
                .map(s -> new Showcased(s.id(), s.title(), s.summary(), s.firmId(), s.firm(), s.field(), s.region(), s.budget(),
                        s.status(), s.publishedAt(), s.endedAt(),
                        s.teams().stream().filter(t -> t.organizationId() == organizationId).toList()))
                .toList();
        StatsService.League figures = stats.league(Cohort.ALL, organizationId).stream().findFirst()
                .orElse(new StatsService.League(organizationId, o.getName(), o.getRegion(), 0, 0, 0, 0, 0, null, null, 0));
        return new LabPage(o.getId(), o.getName(), o.getType().name(), o.getRegion(), figures, awarded);
    }

    /** A firm's page: it with its counts, its published challenges, their teams (five statements). */
    public FirmPage firm(long organizationId) {
        Object[] found = em.createQuery("SELECT o,"
                + " (SELECT COUNT(c) FROM Challenge c WHERE c.owner = o AND c.publishedAt IS NOT NULL),"
                + " (SELECT COUNT(a) FROM Challenge a WHERE a.owner = o AND a.status IN :awarded),"
                + " (SELECT COUNT(d) FROM Challenge d WHERE d.owner = o AND d.status = :done)"
                + " FROM Organization o WHERE o.id = :o", Object[].class).setParameter("o", organizationId)
                .setParameter("awarded", StatsService.AWARDED).setParameter("done", ChallengeStatus.COMPLETED)
                .getResultStream().findFirst().orElse(null);
        Organization o = found == null ? null : (Organization) found[0];
        if (o == null || o.getType() != OrganizationType.ENTERPRISE || o.getStatus() != VerificationStatus.VERIFIED) {
            throw new NotFound();
        }
        List<Challenge> published = em.createQuery("SELECT c FROM Challenge c WHERE c.owner.id = :o AND c.publishedAt IS NOT NULL"
                + " ORDER BY c.publishedAt DESC, c.id DESC", Challenge.class).setParameter("o", organizationId)
                .setHint(QueryHints.FETCH, "c.owner").setMaxResults(200).getResultList();
        List<Showcased> list = showcased(published, winnersOf(published.stream().map(Challenge::getId).toList()));
        return new FirmPage(o.getId(), o.getName(), o.getRegion(), ((Number) found[1]).longValue(),
                ((Number) found[2]).longValue(), ((Number) found[3]).longValue(), list);
    }

    /** The winning bids of these challenges with their leads, and the challenges with their owners: one statement. */
    private Map<Long, List<Bid>> winnersOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return byChallenge(em.createQuery("SELECT b FROM Bid b WHERE b.challenge.id IN :ids AND b.status = :awarded ORDER BY b.id",
                Bid.class).setParameter("ids", ids).setParameter("awarded", org.jiebang.bid.BidStatus.AWARDED)
                .setHint(QueryHints.FETCH, "b.lead").setHint(QueryHints.FETCH, "b.challenge")
                .setHint(QueryHints.FETCH, "b.challenge.owner").getResultList());
    }

    private static Map<Long, List<Bid>> byChallenge(List<Bid> bids) {
        Map<Long, List<Bid>> winners = new LinkedHashMap<>();
        bids.forEach(b -> winners.computeIfAbsent(b.getChallenge().getId(), k -> new ArrayList<>()).add(b));
        return winners;
    }

    /** The challenges of these ids that have winners (read with them), in the ids' order. */
    private static List<Challenge> challengesOf(List<Long> ids, Map<Long, List<Bid>> winners) {
        return ids.stream().filter(winners::containsKey).map(id -> winners.get(id).get(0).getChallenge()).toList();
    }

    /**
     * The challenges (public ones only), in the given order, with their winning teams: the
     * contracts with their milestones and confirmed outcomes: one statement.
     */
    private List<Showcased> showcased(List<Challenge> challenges, Map<Long, List<Bid>> winners) {
        List<Challenge> shown = challenges.stream().filter(c -> c.getPublishedAt() != null).toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        List<Long> ids = shown.stream().map(Challenge::getId).toList();
        Map<Long, List<Result>> results = new HashMap<>();
        Map<Long, Contract> contractByBid = new HashMap<>();
        signedWithResults(em, ids, results).forEach(k -> contractByBid.put(k.getAwardBidId(), k));
        List<Showcased> out = new ArrayList<>();
        for (Challenge c : shown) {
            long id = c.getId();
            List<Team> teams = new ArrayList<>();
            Instant ended = null;
            for (Bid b : winners.getOrDefault(id, List.of())) {
                Contract k = contractByBid.get(b.getId());
                int[] met = k == null ? new int[3] : indicatorsMet(k);
                if (k != null && k.getEndedAt() != null && (ended == null || k.getEndedAt().isAfter(ended))) {
                    ended = k.getEndedAt();
                }
                teams.add(new Team(b.getLead().getId(), b.getLead().getName(), b.getPrincipal().getName(),
                        b.getPrincipal().getTitle(), k == null ? null : k.getStatus().name(),
                        k == null || k.getRegistrationNumber() == null ? null : k.getTransactionAmount(), met[0], met[1], met[2],
                        k == null ? List.of() : results.getOrDefault(k.getId(), List.of())));
            }
            out.add(new Showcased(c.getId(), c.getTitle(), c.getSummary(), c.getOwner().getId(), c.getOwner().getName(),
                    c.getField(), c.getRegion(), c.getBudget(), c.getStatus().name(), c.getPublishedAt(),
                    c.getStatus() == ChallengeStatus.COMPLETED ? ended : null, teams));
        }
        return out;
    }

    /**
     * The signed contracts of these challenges with their milestones and their confirmed outcomes (by
     * contract, oldest first, into {@code results}) in one statement. The partners, the indicators
     * and what the milestones cover and measured come in their rows. (Joined milestones once lost
     * their reference back to their contract inside the server after a signature; the showcase only
     * reads, and never goes from a milestone back to its contract.)
     */
    static java.util.Collection<Contract> signedWithResults(EntityManager em, List<Long> challengeIds,
            Map<Long, List<Result>> results) {
        Map<Long, Contract> contracts = new LinkedHashMap<>();
        Map<Long, Map<Long, Result>> byContract = new HashMap<>();
        // a row per milestone and outcome: each outcome taken once, in its order
        for (Object[] row : em.createQuery("SELECT k, o FROM Contract k LEFT JOIN FETCH k.milestones"
                + " LEFT JOIN Outcome o ON o.contractId = k.id"
                + " AND o.confirmed = TRUE WHERE k.challengeId IN :ids AND k.signedAt IS NOT NULL ORDER BY k.id, o.date, o.id",
                Object[].class).setParameter("ids", challengeIds).getResultList()) {
            Contract k = (Contract) row[0];
            contracts.put(k.getId(), k);
            if (row[1] instanceof Outcome o) {
                byContract.computeIfAbsent(k.getId(), x -> new LinkedHashMap<>()).putIfAbsent(o.getId(),
                        new Result(o.getType().name(), o.getTitle(), o.getApplicationNumber(), o.getAmount()));
            }
        }
        byContract.forEach((id, found) -> results.put(id, new ArrayList<>(found.values())));
        return contracts.values();
    }

    /**
     * The contract's indicators, those met by the measured values of accepted milestones, and those
     * left to the firm's judgement (no comparison to decide) — accepted all the same when closed.
     */
    static int[] indicatorsMet(Contract k) {
        Map<String, String> measured = new LinkedHashMap<>();
        // in their order, whichever way they were read: a later milestone's measurement stands
        for (Milestone m : k.getMilestones().stream().sorted(java.util.Comparator.comparingInt(Milestone::getPosition)).toList()) {
            if (m.getStatus() == MilestoneStatus.ACCEPTED) {
                for (Measurement x : m.getMeasurements()) {
                    measured.put(x.getIndicator(), x.getMeasured());
                }
            }
        }
        int met = 0;
        int judged = 0;
        for (ContractIndicator i : k.getIndicators()) {
            Boolean verdict = IndicatorCheck.met(i.getTarget(), measured.get(i.getName()));
            if (Boolean.TRUE.equals(verdict)) {
                met++;
            } else if (verdict == null && k.getStatus() == ContractStatus.CLOSED) {
                judged++;
            }
        }
        return new int[] { k.getIndicators().size(), met, judged };
    }
}
