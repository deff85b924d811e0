package org.jiebang.review;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiebang.account.AccountService;
import org.jiebang.account.OrganizationType;
import org.jiebang.account.Role;
import org.jiebang.account.User;
import org.jiebang.bid.Bid;
import org.jiebang.bid.BidReads;
import org.jiebang.bid.BidStatus;
import org.jiebang.challenge.Challenge;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.platform.audit.AuditLog;
import org.jiebang.platform.clock.ClusterClock;
import org.jiebang.platform.error.Conflict;
import org.jiebang.platform.error.Forbidden;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.error.NotAuthenticated;
import org.jiebang.platform.error.NotFound;
import org.jiebang.platform.error.WrongState;
import org.jiebang.platform.i18n.Wording;
import org.jiebang.platform.notify.Notifications;
import org.jiebang.platform.persistence.Page;
import org.jiebang.platform.security.Caller;

/**
 * The award (SPEC §5): staff's proposal, the public notice (公示) with objections, the final award
 * (挂帅) and each bidder's feedback.
 * <p>
 * Staff propose up to {@code maxAwards} bids once every score is in, with a justification when
 * they depart from the ranking; the notice lasts {@code jiebang.award.notice-seconds} by the
 * cluster's clock; bidders of the challenge object during it; staff resolve each objection (upheld:
 * back to evaluation); the award is made final after the notice with no objection open. Notices
 * are public and name no expert and show no score.
 */
@ApplicationScoped
@Transactional
public class AwardService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReviewService review;

    @Inject
    ChallengeService challenges;

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
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<ChallengeAwarded> awarded;

    @Inject
    @ConfigProperty(name = "jiebang.award.notice-seconds", defaultValue = "432000")
    long noticeSeconds;

    /** {@code {"bidIds": [..], "justification"}} */
    public record ProposalForm(List<Long> bidIds, String justification) {
    }

    /**
     * Staff propose the award: the challenge is {@code AWARD_PROPOSED} and the public notice runs.
     *
     * @throws Conflict {@code SCORING_INCOMPLETE} before every score is in; RuleBroken
     *         {@code JUSTIFICATION_REQUIRED} when departing from the ranking without one,
     *         {@code AWARD_COUNT} for more than {@code maxAwards}
     */
    public NoticeView propose(long challengeId, ProposalForm form) {
        String staff = caller.requireAnyRole(Role.STAFF_NAME);
        Challenge challenge = locked(challengeId);
        if (challenge.getStatus() != ChallengeStatus.EVALUATING) {
            throw new WrongState("challenge", challenge.getStatus(), ChallengeStatus.AWARD_PROPOSED);
        }
        ReviewService.RankingView ranking = review.rankingOf(challenge);
        if (!ranking.complete()) {
            throw new Conflict("SCORING_INCOMPLETE", null, ranking.submitted() + " of " + ranking.expected()
                    + " scores are in: an award is proposed once every expert has scored every bid assigned.");
        }
        List<Long> given = form == null || form.bidIds() == null ? List.of() : form.bidIds();
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                throw new InvalidInput("bidIds[" + i + "]", "a bid id is required");
            }
        }
        List<Long> bidIds = List.copyOf(new LinkedHashSet<>(given));
        Map<Long, Integer> ranks = new HashMap<>();
        ranking.items().forEach(i -> ranks.put(i.bidId(), i.rank()));
        for (int i = 0; i < bidIds.size(); i++) {
            if (!ranks.containsKey(bidIds.get(i))) {
                throw new InvalidInput("bidIds[" + i + "]", "not a ranked bid of this challenge");
            }
        }
        // SPEC §5: it follows the ranking when every proposed bid ranks within as many places as are proposed
        boolean follows = bidIds.stream().allMatch(id -> ranks.get(id) <= bidIds.size());
        Instant now = cluster.now();
        AwardProposal proposal = new AwardProposal(challengeId, bidIds, challenge.getMaxAwards(), follows,
                form == null ? null : form.justification(), staff, now, now.plus(Duration.ofSeconds(noticeSeconds)));
        em.persist(proposal);
        var before = challenge.auditState();
        challenge.proposeAward();
        em.flush();
        audit.record("AWARD_PROPOSED", "Challenge", challengeId, before,
                Map.of("bidIds", bidIds, "followsRanking", follows, "noticeEndsAt", proposal.getNoticeEndsAt().toString()));
        tellEveryone(challenge, "AWARD_PROPOSED", Wording.of("notify.AWARD_PROPOSED", challenge.getTitle()));
        challenges.statusChanged(challenge);
        return notice(challenge, proposal);
    }

    /** {@code {"bidId", "reason"}} */
    public record ObjectionForm(Long bidId, String reason) {
    }

    /**
     * A bidder of the challenge objects during the notice (SPEC §5); staff are told.
     *
     * @throws Forbidden unless the caller's organization has an opened bid on it; Conflict
     *         {@code NOTICE_OVER} outside the notice
     */
    public ObjectionView object(long challengeId, ObjectionForm form) {
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        Challenge challenge = locked(challengeId);
        if (!isBidder(me, challengeId)) {
            throw new Forbidden("Only the bidders of this challenge may object to its award.");
        }
        AwardProposal proposal = current(challengeId);
        if (proposal == null || !proposal.isNoticeRunning(cluster.now())) {
            throw new Conflict("NOTICE_OVER", null, "Objections are taken while the public notice runs.");
        }
        if (form == null || form.bidId() == null) {
            throw new InvalidInput("bidId", "the bid the objection is about is required");
        }
        Bid bid = em.find(Bid.class, form.bidId());
        if (bid == null || !bid.getChallenge().getId().equals(challengeId) || !bid.getStatus().isOpened()) {
            throw new InvalidInput("bidId", "not an opened bid of this challenge");
        }
        Objection objection = new Objection(challengeId, proposal.getId(), bid.getId(), me.getId(), form.reason(), cluster.now());
        em.persist(objection);
        em.flush();
        audit.record("OBJECTION_LODGED", "Challenge", challengeId, null, Map.of("objectionId", objection.getId()));
        accounts.notifyMembers(List.of(), true, "OBJECTION_LODGED", challengeId,
                Wording.of("notify.OBJECTION_LODGED", challenge.getTitle()), "/staff/review?id=" + challengeId);
        return ObjectionView.of(objection, true);
    }

    /** {@code {"upheld", "reason"}} */
    public record ResolutionForm(Boolean upheld, String reason) {
    }

    /**
     * Staff resolve an objection: upheld, the proposal is withdrawn and the challenge returns to
     * {@code EVALUATING}; dismissed, with a reason the objector is told.
     */
    public ObjectionView resolve(long challengeId, long objectionId, ResolutionForm form) {
        String staff = caller.requireAnyRole(Role.STAFF_NAME);
        Challenge challenge = locked(challengeId);
        Objection objection = em.find(Objection.class, objectionId, LockModeType.PESSIMISTIC_WRITE);
        if (objection == null || !objection.getChallengeId().equals(challengeId)) {
            throw new NotFound();
        }
        if (form == null || form.upheld() == null) {
            throw new InvalidInput("upheld", "true or false is required");
        }
        Instant now = cluster.now();
        objection.resolve(form.upheld(), form.reason(), staff, now);
        audit.record(form.upheld() ? "OBJECTION_UPHELD" : "OBJECTION_DISMISSED", "Challenge", challengeId, null,
                Map.of("objectionId", objectionId, "reason", objection.getResolution()));
        notifications.notify(List.of(objection.getObjectorId()), form.upheld() ? "OBJECTION_UPHELD" : "OBJECTION_DISMISSED",
                challengeId, Wording.of(form.upheld() ? "notify.OBJECTION_UPHELD" : "notify.OBJECTION_DISMISSED",
                        challenge.getTitle(), objection.getResolution()), "/notice/view?id=" + challengeId);
        if (form.upheld()) {
            AwardProposal proposal = em.find(AwardProposal.class, objection.getProposalId(), LockModeType.PESSIMISTIC_WRITE);
            proposal.withdraw();
            em.createQuery("SELECT o FROM Objection o WHERE o.proposalId = :p AND o.status = :open", Objection.class)
                    .setParameter("p", proposal.getId()).setParameter("open", Objection.Status.OPEN).getResultList()
                    .forEach(o -> o.lapse(now));
            var before = challenge.auditState();
            challenge.reopenEvaluation();
            audit.record("AWARD_WITHDRAWN", "Challenge", challengeId, before, challenge.auditState());
            tellEveryone(challenge, "AWARD_WITHDRAWN", Wording.of("notify.AWARD_WITHDRAWN", challenge.getTitle()));
            challenges.statusChanged(challenge);
        }
        return ObjectionView.of(objection, true);
    }

    /**
     * Staff make the award final (SPEC §5): the winning bids {@code AWARDED}, the other opened ones
     * {@code NOT_AWARDED}, the challenge {@code AWARDED}; every bidder and the firm are told.
     *
     * @throws Conflict {@code NOTICE_RUNNING} before the notice ends, {@code OBJECTION_OPEN} while
     *         an objection is open
     */
    public NoticeView award(long challengeId) {
        caller.requireAnyRole(Role.STAFF_NAME);
        Challenge challenge = locked(challengeId);
        AwardProposal proposal = current(challengeId);
        if (challenge.getStatus() != ChallengeStatus.AWARD_PROPOSED || proposal == null) {
            throw new WrongState("challenge", challenge.getStatus(), ChallengeStatus.AWARDED);
        }
        long open = em.createQuery("SELECT COUNT(o) FROM Objection o WHERE o.proposalId = :p AND o.status = :open", Long.class)
                .setParameter("p", proposal.getId()).setParameter("open", Objection.Status.OPEN).getSingleResult();
        proposal.makeFinal(cluster.now(), open);
        Set<Long> winners = proposal.getBidIds();
        for (Bid bid : review.openedBids(challengeId, List.of(BidStatus.OPENED))) {
            em.lock(bid, LockModeType.PESSIMISTIC_WRITE);
            var before = bid.auditState();
            if (winners.contains(bid.getId())) {
                bid.award();
            } else {
                bid.notAward();
            }
            audit.record(winners.contains(bid.getId()) ? "BID_AWARDED" : "BID_NOT_AWARDED", "Bid", bid.getId(), before,
                    bid.auditState());
        }
        var before = challenge.auditState();
        challenge.award();
        audit.record("CHALLENGE_AWARDED", "Challenge", challengeId, before, challenge.auditState());
        awarded.fire(new ChallengeAwarded(challengeId, proposal.bidIdsInOrder()));
        tellEveryone(challenge, "CHALLENGE_AWARDED", Wording.of("notify.CHALLENGE_AWARDED", challenge.getTitle()));
        challenges.statusChanged(challenge);
        return notice(challenge, proposal);
    }

    // ---- the public notices --------------------------------------------------------------------

    /** A winning team as the notice names it: organization, principal, price; no score, no expert. */
    public record Winner(long bidId, String organizationName, String principalName, String principalTitle,
            BigDecimal price) implements Serializable {
    }

    /** An objection as the notice lists it: what and how it was resolved, never who lodged it. */
    public record ObjectionView(long id, long bidId, String reason, Instant lodgedAt, Objection.Status status,
            String resolution, Instant resolvedAt) implements Serializable {
        static ObjectionView of(Objection o, boolean withReason) {
            return new ObjectionView(o.getId(), o.getBidId(), withReason ? o.getReason() : null, o.getLodgedAt(),
                    o.getStatus(), o.getResolution(), o.getResolvedAt());
        }
    }

    /** A public notice (公示) of a challenge's award. */
    public record NoticeView(long challengeId, String challengeTitle, String firmName, String field, BigDecimal budget,
            int maxAwards, AwardProposal.Status status, Instant proposedAt, Instant noticeEndsAt, Instant finalizedAt,
            boolean open, List<Winner> winners, List<ObjectionView> objections, boolean canObject) implements Serializable {
    }

    /** A notice in the public list. */
    public record NoticeSummary(long challengeId, String challengeTitle, String firmName, AwardProposal.Status status,
            Instant proposedAt, Instant noticeEndsAt, List<String> winners) implements Serializable {
        /** The winners' names in one line, for pages. */
        public String winnersText() {
            return String.join("、", winners);
        }
    }

    /** Current and past notices (anyone), newest first. */
    @Transactional(TxType.SUPPORTS)
    public Page<NoticeSummary> notices(int page, int size) {
        List<AwardProposal> proposals = em.createQuery("SELECT p FROM AwardProposal p ORDER BY p.proposedAt DESC, p.id DESC",
                AwardProposal.class).setFirstResult(Page.firstRow(page, size)).setMaxResults(Page.boundedSize(size))
                .getResultList();
        long total = Page.total(page, size, proposals.size(),
                () -> em.createQuery("SELECT COUNT(p) FROM AwardProposal p", Long.class).getSingleResult());
        Map<Long, Bid> bids = bidsOf(proposals.stream().flatMap(p -> p.getBidIds().stream()).toList());
        Map<Long, Challenge> challengesById = new HashMap<>();
        if (!proposals.isEmpty()) {
            em.createQuery("SELECT c FROM Challenge c JOIN FETCH c.owner WHERE c.id IN :ids", Challenge.class)
                    .setParameter("ids", proposals.stream().map(AwardProposal::getChallengeId).distinct().toList())
                    .getResultList().forEach(c -> challengesById.put(c.getId(), c));
        }
        List<NoticeSummary> items = proposals.stream().map(p -> {
            Challenge c = challengesById.get(p.getChallengeId());
            return new NoticeSummary(c.getId(), c.getTitle(), c.getOwner().getName(), p.getStatus(), p.getProposedAt(),
                    p.getNoticeEndsAt(), p.bidIdsInOrder().stream().map(bids::get)
                            .filter(java.util.Objects::nonNull).map(b -> b.getLead().getName()).toList());
        }).toList();
        return new Page<>(items, total, Math.max(page, 0), Page.boundedSize(size));
    }

    /** The latest notice of a challenge (anyone; 404 when it has none). */
    @Transactional(TxType.SUPPORTS)
    public NoticeView notice(long challengeId) {
        return latestNotice(challengeId).orElseThrow(NotFound::new);
    }

    /**
     * The latest notice of a challenge, if it has one, for a page that goes on reading without one
     * (no exception marks its reading for rollback). Either way the challenge is then in the
     * reading's persistence context.
     */
    @Transactional(TxType.SUPPORTS)
    public Optional<NoticeView> latestNotice(long challengeId) {
        // the challenge with its owner, its latest proposal and its objections, oldest first, in one statement
        List<Object[]> rows = latestProposalWithObjections(em, challengeId);
        if (rows.isEmpty() || rows.get(0)[1] == null) {
            return Optional.empty(); // no challenge, or no proposal
        }
        List<Objection> objections = rows.stream().map(r -> r[2]).filter(Objection.class::isInstance).map(Objection.class::cast)
                .toList();
        return Optional.of(notice((Challenge) rows.get(0)[0], (AwardProposal) rows.get(0)[1], objections));
    }

    /**
     * A challenge with its owner, its latest proposal and the challenge's objections (whichever
     * proposal they were lodged against), oldest first, as {@link #notice(long)} reads them: no row for no challenge, one row with no proposal for a
     * challenge never proposed (so that a page reading the challenge afterwards finds it read).
     */
    static List<Object[]> latestProposalWithObjections(EntityManager em, long challengeId) {
        return em.createQuery("SELECT c, p, o FROM Challenge c JOIN FETCH c.owner LEFT JOIN AwardProposal p"
                + " ON p.challengeId = c.id LEFT JOIN Objection o ON o.challengeId = c.id WHERE c.id = :id AND (p.id IS NULL"
                + " OR NOT EXISTS (SELECT q.id FROM AwardProposal q WHERE q.challengeId = c.id AND (q.proposedAt > p.proposedAt"
                + " OR (q.proposedAt = p.proposedAt AND q.id > p.id)))) ORDER BY o.lodgedAt, o.id", Object[].class)
                .setParameter("id", challengeId).getResultList();
    }

    private NoticeView notice(Challenge c, AwardProposal p) {
        return notice(c, p, em.createQuery("SELECT o FROM Objection o WHERE o.challengeId = :c ORDER BY o.lodgedAt, o.id",
                Objection.class).setParameter("c", c.getId()).getResultList());
    }

    private NoticeView notice(Challenge c, AwardProposal p, List<Objection> objected) {
        Map<Long, Bid> bids = new HashMap<>();
        openedBidsOf(c.getId()).forEach(b -> bids.put(b.getId(), b)); // a proposal names opened bids only
        // (a bid the proposal names is always there: no foreign key says so any more, so a missing one is skipped)
        List<Winner> winners = p.bidIdsInOrder().stream().map(bids::get).filter(java.util.Objects::nonNull)
                // a withdrawn notice shows no prices: evaluation resumed, and a two-envelope price may be closed again
                .map(b -> new Winner(b.getId(), b.getLead().getName(), b.getPrincipal().getName(), b.getPrincipal().getTitle(),
                        p.getStatus() == AwardProposal.Status.WITHDRAWN ? null : b.getPrice())).toList();
        List<ObjectionView> objections = objected.stream().map(o -> ObjectionView.of(o, true)).toList();
        // a bidder alone may object, while the notice runs: no query for a notice that ended or for a firm's
        // member (a firm never bids), and the database's clock only for a bidder
        boolean canObject = p.getStatus() == AwardProposal.Status.NOTICE
                && accounts.currentUser().filter(u -> u.getOrganization() != null
                        && u.getOrganization().getType() != OrganizationType.ENTERPRISE)
                        .map(u -> isBidder(u, c.getId())).orElse(false)
                && p.isNoticeRunning(cluster.now());
        return new NoticeView(c.getId(), c.getTitle(), c.getOwner().getName(), c.getField(), c.getBudget(), c.getMaxAwards(),
                p.getStatus(), p.getProposedAt(), p.getNoticeEndsAt(), p.getFinalizedAt(),
                p.getStatus() == AwardProposal.Status.NOTICE, winners, objections, canObject);
    }

    /** The opened bids of the caller's organization on a challenge, for its objection form. */
    @Transactional(TxType.SUPPORTS)
    public List<Long> objectableBids(long challengeId) {
        return openedBidsOf(challengeId).stream().map(Bid::getId).toList();
    }

    /** A challenge's opened bids with their leads, in one statement once per reading: the notice's teams, who may object. */
    private List<Bid> openedBidsOf(long challengeId) {
        return review.allOpenedBids(challengeId); // the same the ranking on the staff's page reads
    }

    // ---- feedback ------------------------------------------------------------------------------

    /** A bidder's feedback after the award: its own marks per expert (unnamed), its rank, the winning aggregate. */
    public record Feedback(long bidId, BidStatus status, Integer rank, BigDecimal aggregate, BigDecimal winningAggregate,
            int rankedBids, List<ExpertMarks> experts, String disqualifyReason,
                    BigDecimal computedPriceScore) implements Serializable {
    }

    /** One expert's marks, as "专家 A", "专家 B", … (never a name). */
    public record ExpertMarks(String expert, Map<String, ReviewService.MarkView> criteria) implements Serializable {
    }

    /**
     * The team's feedback on its bid, once the award is final (SPEC §5); 404 for anyone else, 409
     * before the award.
     */
    @Transactional(TxType.SUPPORTS)
    public Feedback feedback(long bidId) {
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        Bid bid = BidReads.withChallengeAndLead(em, bidId);
        if (bid == null || me.getOrganization() == null || !bid.getLead().getId().equals(me.getOrganization().getId())
                || !bid.getStatus().isOpened()) {
            throw new NotFound();
        }
        Challenge challenge = bid.getChallenge();
        if (!Set.of(ChallengeStatus.AWARDED, ChallengeStatus.IN_EXECUTION, ChallengeStatus.COMPLETED,
                ChallengeStatus.TERMINATED).contains(challenge.getStatus())) {
            throw new Conflict("NOT_AWARDED_YET", null, "Feedback is given once the award is final.");
        }
        ReviewService.RankingView ranking = review.rankingOf(challenge);
        ReviewService.RankedBid mine = ranking.items().stream().filter(i -> i.bidId() == bidId).findFirst().orElse(null);
        BigDecimal winning = ranking.items().stream().filter(i -> winnersOf(challenge.getId()).contains(i.bidId()))
                .map(ReviewService.RankedBid::aggregate).max(BigDecimal::compareTo).orElse(null);
        List<ExpertMarks> experts = new ArrayList<>();
        List<Score> scores = em.createQuery("SELECT s FROM Score s WHERE s.bidId = :b AND s.status = :s ORDER BY s.id",
                Score.class).setParameter("b", bidId).setParameter("s", Score.Status.SUBMITTED).getResultList();
        for (int i = 0; i < scores.size(); i++) {
            experts.add(new ExpertMarks(String.valueOf((char) ('A' + i)),
                    ReviewService.view(scores.get(i), null, ReviewService.priceScored(challenge)).criteria()));
        }
        // two envelopes: the price criterion was computed, the same for every expert (SPEC §5)
        BigDecimal computedPrice = mine == null || ReviewService.priceScored(challenge) ? null : mine.criteria().get("price");
        return new Feedback(bidId, bid.getStatus(), mine == null ? null : mine.rank(), mine == null ? null : mine.aggregate(),
                winning, ranking.items().size(), experts, bid.getDisqualifyReason(), computedPrice);
    }

    private Set<Long> winnersOf(long challengeId) {
        return new java.util.HashSet<>(em.createQuery("SELECT b.id FROM Bid b WHERE b.challenge.id = :c AND b.status = :a",
                Long.class).setParameter("c", challengeId).setParameter("a", BidStatus.AWARDED).getResultList());
    }

    // ---------------------------------------------------------------------------------------------

    private Challenge locked(long challengeId) {
        Challenge challenge = em.find(Challenge.class, challengeId, LockModeType.PESSIMISTIC_WRITE);
        if (challenge == null || !ReviewService.REVIEWED.contains(challenge.getStatus())
                && challenge.getStatus() != ChallengeStatus.FAILED) {
            throw new NotFound();
        }
        return challenge;
    }

    private AwardProposal current(long challengeId) {
        return em.createQuery("SELECT p FROM AwardProposal p WHERE p.challengeId = :c AND p.status = :notice",
                AwardProposal.class).setParameter("c", challengeId).setParameter("notice", AwardProposal.Status.NOTICE)
                .getResultStream().findFirst().orElse(null);
    }

    /** A member of the lead organization of an opened bid on the challenge. */
    private boolean isBidder(User user, long challengeId) {
        return user.getOrganization() != null && openedBidsOf(challengeId).stream()
                .anyMatch(b -> b.getLead().getId().equals(user.getOrganization().getId()));
    }

    private Map<Long, Bid> bidsOf(List<Long> ids) {
        Map<Long, Bid> bids = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT b FROM Bid b JOIN FETCH b.lead WHERE b.id IN :ids", Bid.class).setParameter("ids", ids)
                    .getResultList().forEach(b -> bids.put(b.getId(), b));
        }
        return bids;
    }

    /** The teams of every opened bid of the challenge, and the firm. */
    private void tellEveryone(Challenge challenge, String kind, Wording text) {
        List<Long> bidders = em.createQuery("SELECT DISTINCT u.id FROM User u, Bid b WHERE b.challenge.id = :c"
                + " AND b.status IN :opened AND u.organization.id = b.lead.id", Long.class)
                .setParameter("c", challenge.getId()).setParameter("opened", BidStatus.OPENED_STATES).getResultList();
        notifications.notify(bidders, kind, challenge.getId(), text, "/notice/view?id=" + challenge.getId());
        challenges.notifyOwner(challenge, kind, text);
    }
}
