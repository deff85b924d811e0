package org.jiebang.bid;

import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.groups.Default;

import org.eclipse.persistence.config.QueryHints;
import org.jiebang.account.AccountService;
import org.jiebang.account.Organization;
import org.jiebang.account.OrganizationType;
import org.jiebang.account.Role;
import org.jiebang.account.User;
import org.jiebang.challenge.Challenge;
import org.jiebang.challenge.ChallengeReads;
import org.jiebang.challenge.ChallengeNews;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.challenge.Indicator;
import org.jiebang.platform.audit.AuditLog;
import org.jiebang.platform.clock.ClusterClock;
import org.jiebang.platform.error.Conflict;
import org.jiebang.platform.error.Forbidden;
import org.jiebang.platform.error.Inputs;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.error.NotAuthenticated;
import org.jiebang.platform.error.NotFound;
import org.jiebang.platform.error.RuleBroken;
import org.jiebang.platform.i18n.Wording;
import org.jiebang.platform.notify.Notifications;
import org.jiebang.platform.persistence.Page;
import org.jiebang.platform.storage.FileStore;
import org.jiebang.platform.storage.StoredFile;
import org.jiebang.platform.web.RichText;

/**
 * Bids (揭榜, SPEC §4): written, submitted, withdrawn and resubmitted by members of the lead
 * organization before the deadline, opened when bidding closes. Every read goes through
 * {@link BidAccess}: a bid the caller may not see is answered with 404, so that its existence is
 * not confirmed. Audit entries and notifications carry the state only, never sealed content.
 */
@ApplicationScoped
@Transactional
public class BidService {

    @PersistenceContext
    EntityManager em;

    /** decides every deadline (SPEC §3: one clock for the cluster) */
    @Inject
    ClusterClock clock;

    @Inject
    AccountService accounts;

    @Inject
    ChallengeService challenges;

    @Inject
    Inputs inputs;

    @Inject
    org.jiebang.platform.security.Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    Notifications notifications;

    @Inject
    FileStore files;

    @Inject
    jakarta.enterprise.inject.Instance<BidReviewers> reviewers;

    /**
     * A researcher of a verified research organization starts its organization's bid on a
     * published challenge, optionally with content. 409 when the organization already has a live
     * bid on it, or bidding has closed.
     */
    public BidView start(long challengeId, BidForm form) {
        User me = requireBidder();
        Challenge challenge = lockedChallenge(challengeId);
        Organization lead = me.getOrganization();
        // ordered against staff adding a member at this moment (AccountService.addMember, the seal)
        em.find(Organization.class, lead.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (liveBidOf(challengeId, lead.getId()) != null) {
            throw new Conflict("BID_EXISTS", "challengeId",
                    "Your organization already has a bid on this challenge: edit, withdraw or resubmit that one.");
        }
        Instant now = clock.now();
        Bid bid = new Bid(challenge, lead, me.getId(), now);
        if (form != null) {
            inputs.check(form, Default.class);
            checkPartners(form);
            bid.edit(form, RichText.sanitize(form.getApproach()), now);
        }
        em.persist(bid);
        flushOrConflict();
        audit.record("BID_CREATED", "Bid", bid.getId(), null, bid.auditState());
        return view(bid);
    }

    /**
     * The team edits its bid before the deadline. A draft or withdrawn bid is saved as it is; a
     * submitted bid must stay complete and is resubmitted, with a new receipt.
     */
    public BidView update(long bidId, BidForm form) {
        User me = requireBidder();
        Bid bid = lockedTeamBid(bidId, me);
        inputs.check(form, Default.class);
        checkPartners(form);
        var before = bid.auditState();
        Instant now = clock.now();
        if (bid.getStatus() == BidStatus.SUBMITTED) {
            checkComplete(form, bid);
            bid.edit(form, RichText.sanitize(form.getApproach()), now);
            bid.submit(now);
            em.persist(new BidReceipt(bid, me.getId()));
            audit.record("BID_RESUBMITTED", "Bid", bidId, before, bid.auditState());
        } else {
            bid.edit(form, RichText.sanitize(form.getApproach()), now);
            audit.record("BID_EDITED", "Bid", bidId, before, bid.auditState());
        }
        return view(bid);
    }

    /**
     * The team submits (or resubmits) its bid: every field is checked, each error naming its field;
     * after the deadline 409 naming it. The challenge row is locked for the check, so a submission
     * acknowledged before the deadline is always there when bidding closes.
     */
    public BidView submit(long bidId) {
        User me = requireBidder();
        Bid bid = lockedTeamBid(bidId, me);
        Instant now = clock.now();
        BidForm form = bid.toForm();
        if (bid.getStatus().isEditable()) {
            checkComplete(form, bid);
        }
        var before = bid.auditState();
        bid.submit(now);
        flushOrConflict();
        em.persist(new BidReceipt(bid, me.getId()));
        audit.record("BID_SUBMITTED", "Bid", bidId, before, bid.auditState());
        notifications.notify(List.of(me.getId()), "BID_SUBMITTED", bidId,
                Wording.of("notify.BID_SUBMITTED", bid.getChallenge().getTitle(), bid.getReceiptSha256()),
                "/bid/view?id=" + bidId);
        return view(bid);
    }

    /** The team withdraws its submitted bid before the deadline; it never opens unless submitted again. */
    public BidView withdraw(long bidId) {
        User me = requireBidder();
        Bid bid = lockedTeamBid(bidId, me);
        var before = bid.auditState();
        bid.withdraw(clock.now());
        audit.record("BID_WITHDRAWN", "Bid", bidId, before, bid.auditState());
        return view(bid);
    }

    /**
     * Staff disqualify an opened bid for a stated reason while the challenge is evaluated (SPEC §5);
     * its team is told why. With no opened bid left the challenge fails (流榜).
     *
     * @throws Forbidden unless staff; WrongState unless the bid is opened and the challenge evaluating
     */
    public BidView disqualify(long bidId, String reason) {
        caller.requireAnyRole(Role.STAFF_NAME);
        Bid bid = em.find(Bid.class, bidId);
        if (bid == null || !bid.getStatus().isOpened()) {
            throw new NotFound();
        }
        Challenge challenge = lockedChallenge(bid.getChallenge().getId());
        if (challenge.getStatus() != org.jiebang.challenge.ChallengeStatus.EVALUATING) {
            throw new org.jiebang.platform.error.WrongState("challenge", challenge.getStatus(), "have bids disqualified");
        }
        em.refresh(bid, LockModeType.PESSIMISTIC_WRITE);
        var before = bid.auditState();
        bid.disqualify(reason);
        audit.record("BID_DISQUALIFIED", "Bid", bidId, before, bid.auditState());
        notifications.notify(teamOf(bid), "BID_DISQUALIFIED", bidId,
                Wording.of("notify.BID_DISQUALIFIED", challenge.getTitle(), bid.getDisqualifyReason()), "/bid/view?id=" + bidId);
        long stillOpened = em.createQuery("SELECT COUNT(b) FROM Bid b WHERE b.challenge.id = :c AND b.status = :opened",
                Long.class).setParameter("c", challenge.getId()).setParameter("opened", BidStatus.OPENED).getSingleResult();
        if (stillOpened == 0) {
            challenges.failEvaluation(challenge.getId());
        }
        return view(bid);
    }

    /** The members of a bid's lead organization who may see it (its team). */
    List<Long> teamOf(Bid bid) {
        return em.createQuery("SELECT u FROM User u WHERE u.organization.id = :org", User.class)
                .setParameter("org", bid.getLead().getId()).getResultStream()
                .filter(u -> BidAccess.isTeam(new BidAccess.Viewer(bid.getLead().getId(), false, false, false, false,
                        u.getAddedByStaffAt()), bid.getLead().getId(), bid.getStatus(), bid.getStartedAt()))
                .map(User::getId).toList();
    }

    /** A bid as the caller may see it; 404 for anyone the seal excludes. */
    @Transactional(TxType.SUPPORTS)
    public BidView get(long bidId) {
        Bid bid = visibleBid(bidId);
        BidAccess.Viewer viewer = viewerOf(bid);
        // two-envelope: the price stays closed to reviewers until every technical score is in
        boolean priceSealed = !isTeam(bid, viewer) && !viewer.staff() && !viewer.ownsChallenge()
                && bid.getChallenge().getEvaluation() == org.jiebang.challenge.Evaluation.TWO_ENVELOPE
                && !priceOpen(bid.getChallenge().getId());
        return view(bid, priceSealed);
    }

    /** The team's form of its bid, for the bid page. */
    @Transactional(TxType.SUPPORTS)
    public BidForm formOf(long bidId) {
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        return teamBid(bidId, me).toForm();
    }

    /** What each indicator of the bid's challenge must reach, by indicator name ({@code ≤ -800 mV}), for the team writing its promises. */
    @Transactional(TxType.SUPPORTS)
    public java.util.Map<String, String> indicatorTargets(long bidId) {
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        java.util.Map<String, String> targets = new java.util.LinkedHashMap<>();
        for (Indicator indicator : teamBid(bidId, me).getChallenge().getIndicators()) {
            String unit = indicator.getUnit() == null ? "" : indicator.getUnit().strip();
            targets.put(indicator.getName(), (indicator.getTarget() + " " + unit).strip());
        }
        return targets;
    }

    /**
     * Whether the team's saved bid is complete enough to submit, every gap named by its field, without
     * submitting it: the check the bid page runs before it asks the team to confirm what it sends.
     */
    @Transactional(TxType.SUPPORTS)
    public void checkSubmittable(long bidId) {
        User me = requireBidder();
        Bid bid = teamBid(bidId, me);
        if (bid.getStatus().isEditable()) {
            checkComplete(bid.toForm(), bid);
        }
    }

    /** A verified organization that may be named as a partner. */
    public record OrganizationChoice(long id, String name) implements Serializable {
    }

    /** Verified organizations other than the caller's, by name: the partners a bid may name. */
    @Transactional(TxType.SUPPORTS)
    public List<OrganizationChoice> partnerChoices() {
        Long mine = accounts.currentUser().map(User::getOrganization).map(Organization::getId).orElse(-1L);
        return em.createQuery("SELECT o FROM Organization o WHERE o.id <> :mine ORDER BY o.name", Organization.class)
                .setParameter("mine", mine).getResultList().stream().filter(Organization::isVerified)
                .map(o -> new OrganizationChoice(o.getId(), o.getName())).toList();
    }

    /** Whether the caller belongs to the team of bid {@code bidId} (who may edit and submit it). */
    @Transactional(TxType.SUPPORTS)
    public boolean isTeam(long bidId) {
        Bid bid = visibleBid(bidId);
        return isTeam(bid, viewer(bid.getChallenge()));
    }

    /** The receipts of a bid, newest first, for its team. */
    @Transactional(TxType.SUPPORTS)
    public List<BidReceipt> receipts(long bidId) {
        Bid bid = visibleBid(bidId);
        if (!isTeam(bid, viewer(bid.getChallenge()))) {
            throw new NotFound();
        }
        return em.createQuery("SELECT r FROM BidReceipt r WHERE r.bidId = :id ORDER BY r.submittedAt DESC, r.id DESC",
                BidReceipt.class).setParameter("id", bidId).getResultList();
    }

    /** Recomputes the SHA-256 of the bid's canonical content as it stands now, for its team. */
    @Transactional(TxType.SUPPORTS)
    public String currentSha256(long bidId) {
        Bid bid = visibleBid(bidId);
        if (!isTeam(bid, viewer(bid.getChallenge()))) {
            throw new NotFound();
        }
        return BidCanonical.sha256(bid);
    }

    /** What the caller may know of the bids on a challenge. */
    public record ChallengeBids(List<BidView> items, long total, int page, int size, boolean sealed, Long submittedCount) {
    }

    /**
     * {@code GET /challenges/{id}/bids}: before the close, a team sees its own bid and staff and the
     * firm only the number submitted; after it, staff and the firm see the opened bids.
     */
    @Transactional(TxType.SUPPORTS)
    public ChallengeBids forChallenge(long challengeId, int page, int size) {
        Challenge challenge = ChallengeReads.withOwner(em, challengeId);
        if (challenge == null || !challenge.isVisibleToPublic()) {
            throw new NotFound();
        }
        BidAccess.Viewer viewer = viewer(challenge);
        boolean sealed = challenge.getClosedAt() == null;
        Long count = BidAccess.canCount(viewer) ? submittedCount(challengeId) : null;
        int bounded = Page.boundedSize(size);
        String condition;
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("id", challengeId);
        if (!sealed && (viewer.staff() || viewer.ownsChallenge())) {
            condition = "b.status IN :opened";
            parameters.put("opened", BidStatus.OPENED_STATES);
        } else if (viewer.organizationId() != null) {
            condition = "b.lead.id = :org";
            parameters.put("org", viewer.organizationId());
        } else {
            return new ChallengeBids(List.of(), 0, Math.max(page, 0), bounded, sealed, count);
        }
        var total = em.createQuery("SELECT COUNT(b) FROM Bid b WHERE b.challenge.id = :id AND " + condition, Long.class);
        var rows = em.createQuery("SELECT b FROM Bid b WHERE b.challenge.id = :id AND " + condition + " ORDER BY b.id",
                Bid.class).setFirstResult(Page.firstRow(page, size)).setMaxResults(bounded);
        parameters.forEach((name, value) -> {
            total.setParameter(name, value);
            rows.setParameter(name, value);
        });
        // the rule is applied to every row as well: the queries only choose what to read
        List<Bid> found = rows.getResultList();
        List<BidView> items = found.stream()
                .filter(b -> sees(b, viewer))
                .map(this::view).toList();
        return new ChallengeBids(items, Page.total(page, size, found.size(), total::getSingleResult), Math.max(page, 0),
                bounded, sealed, count);
    }

    /** The number of submitted (after the close: opened) bids, for staff and the firm; 404 for others. */
    @Transactional(TxType.SUPPORTS)
    public long countFor(long challengeId) {
        Challenge challenge = ChallengeReads.withOwner(em, challengeId);
        if (challenge == null || !BidAccess.canCount(viewer(challenge))) {
            throw new NotFound();
        }
        return submittedCount(challengeId);
    }

    private long submittedCount(long challengeId) {
        return em.createQuery("SELECT COUNT(b) FROM Bid b WHERE b.challenge.id = :id AND b.status IN :counted", Long.class)
                .setParameter("id", challengeId)
                .setParameter("counted", List.of(BidStatus.SUBMITTED, BidStatus.OPENED, BidStatus.DISQUALIFIED,
                        BidStatus.AWARDED, BidStatus.NOT_AWARDED))
                .getSingleResult();
    }

    /** The caller's organization's live bid on a challenge, if any: for the challenge page's "bid" button. */
    @Transactional(TxType.SUPPORTS)
    public Long myOrganizationsBid(long challengeId) {
        // (a firm never leads a bid: no query for its members)
        return accounts.currentUser().map(User::getOrganization).filter(org -> org.getType() != OrganizationType.ENTERPRISE)
                .map(org -> liveBidOf(challengeId, org.getId()))
                .filter(bid -> isTeam(bid, viewer(bid.getChallenge()))).map(Bid::getId).orElse(null);
    }

    /** "My bids": the bids the caller started, newest change first. */
    @Transactional(TxType.SUPPORTS)
    public Page<BidSummary> mine(int page, int size) {
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        return pageOf("b.createdBy = :who", Map.of("who", me.getId()), page, size);
    }

    /** The bids of the caller's organization, by all its members. */
    @Transactional(TxType.SUPPORTS)
    public Page<BidSummary> organizations(int page, int size) {
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        if (me.getOrganization() == null) {
            return new Page<>(List.of(), 0, 0, Page.boundedSize(size));
        }
        if (me.getAddedByStaffAt() == null) {
            return pageOf("b.lead.id = :who", Map.of("who", me.getOrganization().getId()), page, size);
        }
        // a member staff added: what was started after the addition, or opened (BidAccess.isTeam)
        return pageOf("b.lead.id = :who AND (b.startedAt > :since OR b.status IN :opened)",
                Map.of("who", me.getOrganization().getId(), "since", me.getAddedByStaffAt(), "opened", BidStatus.OPENED_STATES),
                page, size);
    }

    private Page<BidSummary> pageOf(String condition, Map<String, Object> parameters, int page, int size) {
        var total = em.createQuery("SELECT COUNT(b) FROM Bid b WHERE " + condition, Long.class);
        var rows = em.createQuery("SELECT b FROM Bid b JOIN FETCH b.challenge JOIN FETCH b.lead WHERE "
                + condition + " ORDER BY b.updatedAt DESC, b.id DESC", Bid.class)
                .setFirstResult(Page.firstRow(page, size)).setMaxResults(Page.boundedSize(size));
        parameters.forEach((name, value) -> {
            total.setParameter(name, value);
            rows.setParameter(name, value);
        });
        List<BidSummary> items = rows.getResultList().stream().map(BidSummary::of).toList();
        return new Page<>(items, Page.total(page, size, items.size(), total::getSingleResult), Math.max(page, 0),
                Page.boundedSize(size));
    }

    /** The team attaches a file (same rules as challenge attachments) before the deadline. */
    public ChallengeService.AttachmentView attach(long bidId, InputStream content, String fileName) {
        User me = requireBidder();
        Bid bid = lockedTeamBid(bidId, me);
        if (bid.getStatus() == BidStatus.SUBMITTED) {
            throw new org.jiebang.platform.error.WrongState("bid", bid.getStatus(),
                    "given attachments (withdraw it first, or edit a draft)");
        }
        Instant now = clock.now();
        bid.requireChangeable(now); // before the file is written
        StoredFile file = files.store(content, fileName, me.getId());
        bid.attach(file, now);
        audit.record("BID_FILE_ATTACHED", "Bid", bidId, null, Map.of("fileId", file.getId()));
        return ChallengeService.AttachmentView.of(file);
    }

    public void detach(long bidId, long fileId) {
        User me = requireBidder();
        Bid bid = lockedTeamBid(bidId, me);
        if (bid.getStatus() == BidStatus.SUBMITTED) {
            throw new org.jiebang.platform.error.WrongState("bid", bid.getStatus(), "changed (withdraw it first)");
        }
        bid.detach(fileId, clock.now());
        audit.record("BID_FILE_REMOVED", "Bid", bidId, Map.of("fileId", fileId), null);
    }

    /** One attachment of a bid the caller may see (404 otherwise), for download. */
    @Transactional(TxType.SUPPORTS)
    public StoredFile attachment(long bidId, long fileId) {
        return visibleBid(bidId).getAttachments().stream().filter(f -> f.getId() == fileId).findFirst()
                .orElseThrow(NotFound::new);
    }

    /** Amendments and answers reach the teams bidding on the challenge (SPEC §3, §4). */
    public void onNews(@Observes ChallengeNews news) {
        List<Long> teams = em.createQuery("SELECT DISTINCT b.createdBy FROM Bid b WHERE b.challenge.id = :id"
                + " AND b.status IN :live", Long.class).setParameter("id", news.challengeId())
                .setParameter("live", List.of(BidStatus.DRAFT, BidStatus.SUBMITTED)).getResultList();
        Set<Long> toTell = new HashSet<>(teams);
        toTell.removeAll(news.notified());
        if (!toTell.isEmpty()) {
            notifications.notify(toTell, news.kind(), news.challengeId(), news.text(), news.link());
        }
    }

    private Bid liveBidOf(long challengeId, long organizationId) {
        return em.createQuery("SELECT b FROM Bid b WHERE b.challenge.id = :c AND b.lead.id = :o AND b.status <> :withdrawn",
                Bid.class).setParameter("c", challengeId).setParameter("o", organizationId)
                .setParameter("withdrawn", BidStatus.WITHDRAWN)
                .setHint(QueryHints.FETCH, "b.challenge").setHint(QueryHints.FETCH, "b.challenge.owner")
                .getResultStream().findFirst().orElse(null);
    }

    private void checkComplete(BidForm form, Bid bid) {
        inputs.check(form, Default.class, BidForm.Complete.class);
        checkPartners(form);
        Bid.checkComplete(form, bid.getChallenge(), bid.getLead().getId());
    }

    /** Partners must be registered, verified organizations (that they differ from the lead is {@link Bid#checkComplete}'s). */
    private void checkPartners(BidForm form) {
        for (int i = 0; i < form.getPartnerOrganizationIds().size(); i++) {
            Long id = form.getPartnerOrganizationIds().get(i);
            Organization partner = id == null ? null : em.find(Organization.class, id);
            if (partner == null || !partner.isVerified()) {
                throw new InvalidInput("partnerOrganizationIds[" + i + "]", "not a verified organization registered here");
            }
        }
    }

    /** Flushes; the unique index of live bids refusing a row is 409 BID_EXISTS, anything else goes on. */
    private void flushOrConflict() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (org.jiebang.platform.error.Causes.find(e, java.sql.SQLIntegrityConstraintViolationException.class) != null) {
                throw new Conflict("BID_EXISTS", "challengeId",
                        "Your organization already has a live bid on this challenge (one per organization).");
            }
            throw e;
        }
    }

    /**
     * The caller's team's bid, read again under its row lock after the challenge's row lock (the
     * order every move takes), so that it is the latest committed state and not an earlier snapshot.
     */
    private Bid lockedTeamBid(long bidId, User me) {
        Bid bid = teamBid(bidId, me);
        lockedChallenge(bid.getChallenge().getId());
        em.refresh(bid, LockModeType.PESSIMISTIC_WRITE);
        return bid;
    }

    private Challenge lockedChallenge(long challengeId) {
        Challenge challenge = em.find(Challenge.class, challengeId, LockModeType.PESSIMISTIC_WRITE);
        if (challenge == null || !challenge.isVisibleToPublic()) {
            throw new NotFound();
        }
        return challenge;
    }

    private User requireBidder() {
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        Organization org = me.getOrganization();
        if (!me.hasRole(Role.RESEARCHER) || org == null || org.getType() == OrganizationType.ENTERPRISE) {
            throw new Forbidden("Only researchers of a research organization bid.");
        }
        if (!org.isVerified()) {
            throw new RuleBroken("ORGANIZATION_NOT_VERIFIED", null, "Only members of a verified organization may bid.");
        }
        return me;
    }

    /** The bid, if the caller is on its team; 404 otherwise (also for staff and the firm). */
    private Bid teamBid(long bidId, User me) {
        Bid bid = BidReads.withChallengeAndLead(em, bidId);
        if (bid == null || !isTeam(bid, viewer(bid.getChallenge()))) {
            throw new NotFound();
        }
        return bid;
    }

    private Bid visibleBid(long bidId) {
        Bid bid = BidReads.withChallengeAndLead(em, bidId);
        if (bid == null) {
            throw new NotFound();
        }
        if (!sees(bid, viewerOf(bid))) {
            throw new NotFound();
        }
        return bid;
    }

    private static boolean isTeam(Bid bid, BidAccess.Viewer viewer) {
        return BidAccess.isTeam(viewer, bid.getLead().getId(), bid.getStatus(), bid.getStartedAt());
    }

    private static boolean sees(Bid bid, BidAccess.Viewer viewer) {
        return BidAccess.canSee(viewer, bid.getLead().getId(), bid.getPartnerOrganizationIds(), bid.getStatus(),
                bid.getStartedAt());
    }

    /** The viewer of one bid: an expert is on its panel when the review capability says it reviews this bid. */
    private BidAccess.Viewer viewerOf(Bid bid) {
        BidAccess.Viewer viewer = viewer(bid.getChallenge());
        if (!viewer.expert()) {
            return viewer;
        }
        long userId = accounts.currentUser().map(User::getId).orElse(-1L);
        boolean reviews = false;
        for (BidReviewers r : reviewers) {
            reviews |= r.reviews(bid.getChallenge().getId(), bid.getId(), userId);
        }
        return new BidAccess.Viewer(viewer.organizationId(), viewer.staff(), true, viewer.ownsChallenge(), reviews,
                viewer.addedByStaffAt());
    }

    private boolean priceOpen(long challengeId) {
        for (BidReviewers r : reviewers) {
            if (!r.priceOpen(challengeId)) {
                return false;
            }
        }
        return true;
    }

    private BidAccess.Viewer viewer(Challenge challenge) {
        return accounts.currentUser().map(u -> {
            Long org = u.getOrganization() == null ? null : u.getOrganization().getId();
            boolean owns = org != null && org.equals(challenge.getOwner().getId()) && u.hasRole(Role.ENTERPRISE);
            // panels come with evaluation (SPEC §5); until then no expert is on one
            return new BidAccess.Viewer(org, u.hasRole(Role.STAFF), u.hasRole(Role.EXPERT), owns, false,
                    u.getAddedByStaffAt());
        }).orElse(BidAccess.Viewer.ANONYMOUS);
    }

    private BidView view(Bid bid) {
        return view(bid, false);
    }

    /** The bid as a view, with its partners' names read in one query; without its price when sealed. */
    private BidView view(Bid bid, boolean priceSealed) {
        List<BidView.Partner> partners = bid.getPartnerOrganizationIds().isEmpty() ? List.of()
                : em.createQuery("SELECT o.id, o.name FROM Organization o WHERE o.id IN :ids ORDER BY o.id", Object[].class)
                        .setParameter("ids", bid.getPartnerOrganizationIds()).getResultList().stream()
                        .map(row -> new BidView.Partner((Long) row[0], (String) row[1])).toList();
        return BidView.of(bid, partners, priceSealed);
    }
}
