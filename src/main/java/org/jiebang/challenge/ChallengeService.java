package org.jiebang.challenge;

import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.groups.Default;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiebang.account.AccountService;
import org.jiebang.account.Organization;
import org.jiebang.account.OrganizationType;
import org.jiebang.account.Role;
import org.jiebang.account.User;
import org.jiebang.platform.audit.AuditLog;
import org.jiebang.platform.clock.ClusterClock;
import org.jiebang.platform.error.Forbidden;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.error.Inputs;
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

/**
 * Challenges (SPEC §3, §9, §10): posting, vetting, publication, amendments, questions, the hall.
 * <p>
 * Who may do what: members of a verified firm ({@code ENTERPRISE}) post and manage their
 * organization's challenges; staff vet them; anyone reads published ones; confidential details
 * only the owner's organization, staff, and researchers who accepted a confidentiality undertaking
 * ({@link #mayReadConfidential}). A challenge someone may not see
 * answers 404, as if it did not exist.
 */
@ApplicationScoped
@Transactional
public class ChallengeService {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    Inputs inputs;

    @Inject
    AccountService accounts;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    Notifications notifications;

    @Inject
    Event<ChallengeNews> news;

    @Inject
    Clock clock;

    /** decides every deadline (SPEC §3: one clock for the cluster) */
    @Inject
    ClusterClock cluster;

    @Inject
    ChallengeSearch index;

    @Inject
    FileStore files;

    @Inject
    Event<ChallengeChanged> changed;

    /** what the close needs from bids, without this package knowing them */
    @Inject
    jakarta.enterprise.inject.Instance<BidOpening> openings;

    @Inject
    @ConfigProperty(name = "jiebang.bidding.min-seconds", defaultValue = "604800")
    long minBiddingSeconds;

    /**
     * A member of a verified firm creates a draft. Only the title is required for a draft.
     *
     * @throws Forbidden unless the caller is an {@code ENTERPRISE} member of a verified firm
     */
    public ChallengeView create(ChallengeForm form) {
        User me = requirePoster();
        check(form, Default.class);
        Challenge challenge = new Challenge(me.getOrganization(), me.getId(), form);
        em.persist(challenge);
        em.flush();
        audit.record("CHALLENGE_CREATED", "Challenge", challenge.getId(), null, challenge.auditState());
        return ChallengeView.of(challenge, true, true);
    }

    /** The owner edits a draft or returned challenge (409 otherwise). */
    public ChallengeView update(long id, ChallengeForm form) {
        Challenge challenge = ownChallenge(id);
        check(form, Default.class);
        var before = challenge.auditState();
        challenge.edit(form);
        audit.record("CHALLENGE_EDITED", "Challenge", id, before, challenge.auditState());
        return ChallengeView.of(challenge, true, true);
    }

    /** The owner submits for review: every field of SPEC §3 must be filled in (400 naming each missing one). */
    public ChallengeView submit(long id) {
        Challenge challenge = ownChallenge(id);
        check(challenge.toForm(), Default.class, ChallengeForm.Complete.class);
        var before = challenge.auditState();
        challenge.submit(cluster.now(), minBidding());
        audit.record("CHALLENGE_SUBMITTED", "Challenge", id, before, challenge.auditState());
        return ChallengeView.of(challenge, true, true);
    }

    /** Staff publish a challenge waiting for review. */
    public ChallengeView approve(long id) {
        String staff = caller.requireAnyRole(Role.STAFF_NAME);
        Challenge challenge = lockedForStaff(id);
        var before = challenge.auditState();
        Instant now = cluster.now();
        challenge.approve(now, minBidding());
        em.persist(new ReviewDecision(id, now, staff, ReviewDecision.Decision.APPROVED, null));
        audit.record("CHALLENGE_PUBLISHED", "Challenge", id, before, challenge.auditState());
        notifyOwner(challenge, "CHALLENGE_PUBLISHED", Wording.of("notify.CHALLENGE_PUBLISHED", challenge.getTitle()));
        publicChange(challenge);
        return ChallengeView.of(challenge, true, true);
    }

    /** Staff return a challenge to its owner with comments (required). */
    public ChallengeView returnForChanges(long id, String comments) {
        String staff = caller.requireAnyRole(Role.STAFF_NAME);
        Challenge challenge = lockedForStaff(id);
        var before = challenge.auditState();
        challenge.returnForChanges(comments);
        em.persist(new ReviewDecision(id, clock.instant(), staff, ReviewDecision.Decision.RETURNED, challenge.getReviewComments()));
        audit.record("CHALLENGE_RETURNED", "Challenge", id, before, challenge.auditState());
        notifyOwner(challenge, "CHALLENGE_RETURNED",
                Wording.of("notify.CHALLENGE_RETURNED", challenge.getTitle(), challenge.getReviewComments()));
        return ChallengeView.of(challenge, true, true);
    }

    /**
     * The owner (or staff) cancels a challenge with a reason before its deadline, by the cluster's
     * clock: 409 {@code DEADLINE_PASSED} after it, even before the closing job has run, so that
     * submitted bids always open.
     */
    public ChallengeView cancel(long id, String reason) {
        Challenge challenge = caller.hasRole(Role.STAFF_NAME) ? lockedForStaff(id) : ownChallenge(id);
        var before = challenge.auditState();
        boolean wasPublic = challenge.getStatus().isPublic();
        challenge.cancel(reason, cluster.now());
        audit.record("CHALLENGE_CANCELLED", "Challenge", id, before, challenge.auditState());
        if (wasPublic) {
            notifyInterested(challenge, "CHALLENGE_CANCELLED",
                    Wording.of("notify.CHALLENGE_CANCELLED", challenge.getTitle(), challenge.getCancelReason()));
            publicChange(challenge);
        }
        return ChallengeView.of(challenge, true, true);
    }

    /**
     * The owner deletes a draft that was never submitted, with its indicators, keywords and the
     * links to its files; anything that staff have seen is cancelled with a reason instead (409).
     * The audit log keeps what was deleted.
     */
    public void deleteDraft(long id) {
        Challenge challenge = ownChallenge(id);
        if (challenge.getStatus() != ChallengeStatus.DRAFT) {
            throw new WrongState("challenge", challenge.getStatus(), "deleted");
        }
        var before = challenge.auditState();
        em.remove(challenge);
        em.flush();
        audit.record("CHALLENGE_DRAFT_DELETED", "Challenge", id, before, null);
    }

    /**
     * The owner amends a published challenge before its deadline (SPEC §3): versioned, everyone
     * who asked a question (and, through {@link ChallengeChanged}, every bidder) is notified, and
     * an amendment in the last 3 days moves the deadline 3 days on.
     */
    public ChallengeView amend(long id, ChallengeForm form, String reason) {
        Challenge challenge = ownChallenge(id);
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new InvalidInput("reason", "an amendment needs a reason of 1 to 1000 characters");
        }
        check(form, Default.class, ChallengeForm.Complete.class);
        var before = challenge.auditState();
        Instant oldDeadline = challenge.getDeadline();
        Instant now = cluster.now();
        Map<String, Object[]> changes = challenge.amend(form, now);
        String author = caller.requireName();
        em.persist(new Amendment(id, challenge.getContentVersion() - 1, now, author, reason.strip(), JSON.toJson(changes),
                oldDeadline, challenge.getDeadline()));
        audit.record("CHALLENGE_AMENDED", "Challenge", id, before, challenge.auditState());
        notifyInterested(challenge, "CHALLENGE_AMENDED",
                Wording.of("notify.CHALLENGE_AMENDED", challenge.getTitle(), challenge.getContentVersion() - 1, reason.strip()));
        publicChange(challenge);
        return ChallengeView.of(challenge, true, true);
    }

    /** The owner's form of their draft or returned challenge, for the posting page. */
    @Transactional(TxType.SUPPORTS)
    public ChallengeForm formOf(long id) {
        return ownChallengeForReading(id).toForm();
    }

    /** A challenge as the caller may see it (404 if they may not). */
    @Transactional(TxType.SUPPORTS)
    public ChallengeView get(long id) {
        Challenge challenge = visible(id);
        Optional<User> me = accounts.currentUser();
        boolean owner = me.map(u -> isOwner(u, challenge)).orElse(false);
        boolean staff = caller.hasRole(Role.STAFF_NAME);
        return ChallengeView.of(challenge, mayReadConfidential(challenge, me), owner || staff);
    }

    /** Everything the detail page shows of a challenge, read at once. */
    public record PageView(ChallengeView challenge, Permissions permissions, List<QuestionView> questions,
            List<AmendmentView> amendments, List<ReviewDecision> reviews, List<AttachmentView> attachments,
            List<UndertakingView> undertakings) {
    }

    /**
     * The detail page's whole reading (404 unless the caller may see the challenge), in one
     * persistence context: the challenge with its owner and indicators in one statement, its
     * keywords, attachments, questions and (if any) amendments in one each. What only the owner,
     * staff or a researcher may have is read only for them.
     */
    @Transactional(TxType.REQUIRED)
    public PageView page(long id) {
        Challenge challenge = ChallengeReads.withOwnerAndAttachments(em, id);
        if (challenge == null) {
            throw new NotFound();
        }
        Optional<User> me = accounts.currentUser();
        boolean staff = caller.hasRole(Role.STAFF_NAME);
        boolean owner = me.map(u -> isOwner(u, challenge)).orElse(false);
        if (!challenge.isVisibleToPublic() && !owner && !(staff && challenge.getStatus() != ChallengeStatus.DRAFT)) {
            throw new NotFound();
        }
        boolean confidential = mayReadConfidential(challenge, me);
        boolean researcher = me.filter(ChallengeService::isVerifiedResearcher).isPresent();
        // the database's clock only when someone could act on the answer
        boolean open = (researcher || owner) && challenge.isOpenForBids(cluster.now());
        Permissions permissions = new Permissions(owner, staff, researcher && open && !owner, researcher && open,
                owner && open, researcher && challenge.getConfidentialDetails() != null && !confidential);
        List<QuestionView> questions = questionsOf(id, owner || staff, me.map(User::getId).orElse(-1L));
        List<AmendmentView> amendments = challenge.getContentVersion() == 1 ? List.of() : amendmentsOf(id, confidential);
        ChallengeReads.OwnersView ownersView = owner || staff ? ChallengeReads.ownersView(em, id)
                : new ChallengeReads.OwnersView(List.of(), List.of());
        return new PageView(ChallengeView.of(challenge, confidential, owner || staff), permissions, questions,
                amendments, ownersView.reviews(), challenge.getAttachments().stream().map(AttachmentView::of).toList(),
                ownersView.undertakings());
    }

    /** What the caller may do with a challenge, for pages to offer only that (see {@link #page(long)}). */
    public record Permissions(boolean owner, boolean staff, boolean canAsk, boolean canBid, boolean canAmend,
            boolean canUndertake) implements Serializable {
    }

    /**
     * SPEC §3: the confidential details are read by the owner's organization, staff, and
     * researchers of verified research organizations who accepted a confidentiality undertaking
     * for this challenge; by nobody else, in any channel.
     */
    boolean mayReadConfidential(Challenge challenge, Optional<User> me) {
        if (caller.hasRole(Role.STAFF_NAME)) {
            return true;
        }
        if (me.isEmpty()) {
            return false;
        }
        User user = me.get();
        if (user.getOrganization() != null && user.getOrganization().getId().equals(challenge.getOwner().getId())) {
            return true;
        }
        return isVerifiedResearcher(user) && hasUndertaken(challenge.getId(), user.getId());
    }

    private boolean hasUndertaken(long challengeId, long userId) {
        return !em.createQuery("SELECT t.id FROM Undertaking t WHERE t.challengeId = :c AND t.userId = :u", Long.class)
                .setParameter("c", challengeId).setParameter("u", userId).setMaxResults(1).getResultList().isEmpty();
    }

    private static boolean isVerifiedResearcher(User user) {
        Organization org = user.getOrganization();
        return user.hasRole(Role.RESEARCHER) && org != null && org.isVerified() && org.getType() != OrganizationType.ENTERPRISE;
    }

    /**
     * A researcher of a verified research organization accepts the confidentiality undertaking of
     * a public challenge (once; accepting again changes nothing) and may then read its
     * confidential details.
     *
     * @throws Forbidden for anyone else
     */
    public ChallengeView undertake(long id) {
        Challenge challenge = visible(id);
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        if (!isVerifiedResearcher(me)) {
            throw new Forbidden("Only researchers of verified research organizations accept confidentiality undertakings.");
        }
        // one undertaking per user and challenge: concurrent clicks wait for each other here
        em.find(Challenge.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (!hasUndertaken(id, me.getId())) {
            Undertaking undertaking = new Undertaking(id, me.getId(), me.getOrganization().getId(), clock.instant());
            em.persist(undertaking);
            audit.record("UNDERTAKING_ACCEPTED", "Challenge", id, null,
                    Map.of("userId", me.getId(), "organizationId", me.getOrganization().getId()));
        }
        return ChallengeView.of(challenge, true, false);
    }

    /** An undertaking as the owner and staff see it. */
    public record UndertakingView(String userName, String displayName, String organizationName,
            Instant acceptedAt) implements Serializable {
    }

    /** Who accepted the undertaking of a challenge, in order (its owner and staff; 404 for others). */
    @Transactional(TxType.SUPPORTS)
    public List<UndertakingView> undertakings(long id) {
        Challenge challenge = visible(id);
        if (!caller.hasRole(Role.STAFF_NAME) && !accounts.currentUser().map(u -> isOwner(u, challenge)).orElse(false)) {
            throw new NotFound();
        }
        return em.createQuery("SELECT NEW org.jiebang.challenge.ChallengeService.UndertakingView(u.username,"
                + " u.displayName, o.name, t.acceptedAt) FROM Undertaking t, User u, Organization o"
                + " WHERE t.challengeId = :id AND u.id = t.userId AND o.id = t.organizationId ORDER BY t.acceptedAt, t.id",
                UndertakingView.class).setParameter("id", id).getResultList();
    }

    /** The hall (anyone): public challenges by words, filters, sort and page (see {@link ChallengeQuery}). */
    @Transactional(TxType.SUPPORTS)
    public Page<ChallengeSummary> search(ChallengeQuery query) {
        if (query.status() != null && !query.status().isPublic()) {
            throw new InvalidInput("status", "only the states of published challenges can be listed: "
                    + ChallengeStatus.PUBLIC);
        }
        ChallengeIndex.Hits hits = index.search(query);
        return new Page<>(summaries(hits.ids()), hits.total(), query.page(), query.size());
    }

    /** How many public challenges match (anyone): the index alone answers. */
    @Transactional(TxType.SUPPORTS)
    public long count(ChallengeQuery query) {
        return index.count(query);
    }

    /** Rows for ids, in the order of the ids. */
    List<ChallengeSummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ChallengeSummary> byId = em.createQuery(ChallengeSummary.SELECT + " WHERE c.id IN :ids",
                ChallengeSummary.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(ChallengeSummary::id, Function.identity()));
        List<ChallengeSummary> ordered = new ArrayList<>(ids.size());
        ids.stream().map(byId::get).filter(java.util.Objects::nonNull).forEach(ordered::add);
        return ordered;
    }

    /** The caller's organization's drafts, newest first, at most ten: the posting form offers to go on with one. */
    @Transactional(TxType.SUPPORTS)
    public List<ChallengeSummary> myDrafts() {
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        if (me.getOrganization() == null) {
            return List.of();
        }
        return em.createQuery(ChallengeSummary.SELECT + " WHERE o.id = :org AND c.status = :draft"
                + " ORDER BY c.createdAt DESC, c.id DESC", ChallengeSummary.class)
                .setParameter("org", me.getOrganization().getId()).setParameter("draft", ChallengeStatus.DRAFT)
                .setMaxResults(10).getResultList();
    }

    /** The caller's organization's challenges, newest first (members of that firm). */
    @Transactional(TxType.SUPPORTS)
    public Page<ChallengeSummary> mine(int page, int size) {
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        if (me.getOrganization() == null) {
            return new Page<>(List.of(), 0, 0, Page.boundedSize(size));
        }
        long org = me.getOrganization().getId();
        List<ChallengeSummary> items = em.createQuery(ChallengeSummary.SELECT
                + " WHERE o.id = :org ORDER BY c.createdAt DESC, c.id DESC", ChallengeSummary.class)
                .setParameter("org", org).setFirstResult(Page.firstRow(page, size))
                .setMaxResults(Page.boundedSize(size)).getResultList();
        long total = Page.total(page, size, items.size(), () -> em.createQuery(
                "SELECT COUNT(c) FROM Challenge c WHERE c.owner.id = :org", Long.class).setParameter("org", org).getSingleResult());
        return new Page<>(items, total, Math.max(page, 0), Page.boundedSize(size));
    }

    /** Counts per status of the caller's organization's challenges. */
    @Transactional(TxType.SUPPORTS)
    public Map<ChallengeStatus, Long> myCounts() {
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        Map<ChallengeStatus, Long> counts = new HashMap<>();
        if (me.getOrganization() != null) {
            em.createQuery("SELECT c.status, COUNT(c) FROM Challenge c WHERE c.owner.id = :org GROUP BY c.status",
                    Object[].class).setParameter("org", me.getOrganization().getId()).getResultList()
                    .forEach(row -> counts.put((ChallengeStatus) row[0], (Long) row[1]));
        }
        return counts;
    }

    /** Staff: challenges waiting for review, oldest submission first. */
    @Transactional(TxType.SUPPORTS)
    public Page<ChallengeSummary> reviewQueue(int page, int size) {
        caller.requireAnyRole(Role.STAFF_NAME);
        List<ChallengeSummary> items = em.createQuery(ChallengeSummary.SELECT
                + " WHERE c.status = :pending ORDER BY c.submittedAt, c.id", ChallengeSummary.class)
                .setParameter("pending", ChallengeStatus.PENDING_REVIEW).setFirstResult(Page.firstRow(page, size))
                .setMaxResults(Page.boundedSize(size)).getResultList();
        long total = Page.total(page, size, items.size(), () -> em.createQuery(
                "SELECT COUNT(c) FROM Challenge c WHERE c.status = :pending", Long.class)
                .setParameter("pending", ChallengeStatus.PENDING_REVIEW).getSingleResult());
        return new Page<>(items, total, Math.max(page, 0), Page.boundedSize(size));
    }

    /**
     * The amendment history of a visible challenge, oldest first: public fields with their values
     * before and after; the confidential details only as changed, unless the caller may read them.
     */
    @Transactional(TxType.SUPPORTS)
    public List<AmendmentView> amendments(long id) {
        Challenge challenge = visible(id);
        return amendmentsOf(id, mayReadConfidential(challenge, accounts.currentUser()));
    }

    private List<AmendmentView> amendmentsOf(long id, boolean confidential) {
        return em.createQuery("SELECT a FROM Amendment a WHERE a.challengeId = :id ORDER BY a.number", Amendment.class)
                .setParameter("id", id).getResultStream().map(a -> AmendmentView.of(a, confidential)).toList();
    }

    /** A question as everyone sees it: never who asked. */
    public record QuestionView(Long id, String question, Instant askedAt, String answer,
            Instant answeredAt) implements Serializable {
        static QuestionView of(Question q) {
            return new QuestionView(q.getId(), q.getQuestion(), q.getAskedAt(), q.getAnswer(), q.getAnsweredAt());
        }
    }

    /** Questions of a visible challenge: answered ones for everyone; the owner also sees the open ones. */
    @Transactional(TxType.SUPPORTS)
    public List<QuestionView> questions(long id) {
        Challenge challenge = visible(id);
        boolean owner = accounts.currentUser().map(u -> isOwner(u, challenge)).orElse(false)
                || caller.hasRole(Role.STAFF_NAME);
        return questionsOf(id, owner, accounts.currentUser().map(User::getId).orElse(-1L));
    }

    /** Answered questions; the open ones too for {@code all}, and those asked by {@code askerId}. */
    private List<QuestionView> questionsOf(long id, boolean all, long askerId) {
        return em.createQuery("SELECT q FROM Question q WHERE q.challengeId = :id ORDER BY q.askedAt", Question.class)
                .setParameter("id", id).getResultStream()
                .filter(q -> all || q.getAnswer() != null || q.getAskerId().equals(askerId))
                .map(QuestionView::of).toList();
    }

    /** A researcher of a verified organization asks a question while bidding is open. */
    public QuestionView ask(long id, String text) {
        Challenge challenge = visible(id);
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        if (!isVerifiedResearcher(me)) {
            throw new Forbidden("Only researchers of verified research organizations may ask questions.");
        }
        Instant now = cluster.now();
        if (!challenge.isOpenForBids(now)) {
            throw new RuleBroken("NOT_OPEN", null, "Questions are taken while bidding is open.");
        }
        Question question = new Question(id, me.getId(), text, now);
        em.persist(question);
        em.flush();
        audit.record("QUESTION_ASKED", "Challenge", id, null, "{\"questionId\":" + question.getId() + "}");
        notifyOwner(challenge, "QUESTION_ASKED", Wording.of("notify.QUESTION_ASKED", challenge.getTitle()));
        return QuestionView.of(question);
    }

    /** The owner answers; the answer is public and the asker is told (without anyone learning who asked). */
    public QuestionView answer(long id, long questionId, String text) {
        Challenge challenge = ownChallenge(id);
        Question question = em.find(Question.class, questionId, LockModeType.PESSIMISTIC_WRITE);
        if (question == null || !question.getChallengeId().equals(id)) {
            throw new NotFound();
        }
        question.answer(text, clock.instant());
        audit.record("QUESTION_ANSWERED", "Challenge", id, null, "{\"questionId\":" + questionId + "}");
        notifications.notify(List.of(question.getAskerId()), "QUESTION_ANSWERED", id,
                Wording.of("notify.QUESTION_ANSWERED", challenge.getTitle()), "/challenge/view?id=" + id);
        news.fire(new ChallengeNews(id, "CHALLENGE_ANSWER_PUBLISHED",
                Wording.of("notify.CHALLENGE_ANSWER_PUBLISHED", challenge.getTitle()),
                "/challenge/view?id=" + id + "#questions", Set.of(question.getAskerId())));
        return QuestionView.of(question);
    }

    /** An attachment as lists show it. */
    public record AttachmentView(Long id, String fileName, String mediaType, long size, String sha256) implements Serializable {
        public static AttachmentView of(StoredFile f) {
            return new AttachmentView(f.getId(), f.getFileName(), f.getMediaType(), f.getSize(), f.getSha256());
        }
    }

    /**
     * The owner attaches a file (PDF, DOCX, XLSX, PNG or JPEG by content, at most 20 MB) to a draft
     * or returned challenge.
     */
    public AttachmentView attach(long id, InputStream content, String fileName) {
        Challenge challenge = ownChallenge(id);
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        StoredFile file = files.store(content, fileName, me.getId());
        challenge.attach(file);
        audit.record("ATTACHMENT_ADDED", "Challenge", id, null,
                "{\"fileId\":" + file.getId() + ",\"sha256\":\"" + file.getSha256() + "\"}");
        return AttachmentView.of(file);
    }

    public void detach(long id, long fileId) {
        Challenge challenge = ownChallenge(id);
        challenge.detach(fileId);
        audit.record("ATTACHMENT_REMOVED", "Challenge", id, null, "{\"fileId\":" + fileId + "}");
    }

    /** The attachments of a challenge the caller may see. */
    @Transactional(TxType.SUPPORTS)
    public List<AttachmentView> attachments(long id) {
        return visible(id).getAttachments().stream().map(AttachmentView::of).toList();
    }

    /** One attachment of a challenge the caller may see (404 otherwise), for download. */
    @Transactional(TxType.SUPPORTS)
    public StoredFile attachment(long id, long fileId) {
        return visible(id).getAttachments().stream().filter(f -> f.getId() == fileId).findFirst()
                .orElseThrow(NotFound::new);
    }

    /** The technology-domain code list. */
    @Transactional(TxType.SUPPORTS)
    public List<TechnologyField> fields() {
        return em.createQuery("SELECT f FROM TechnologyField f ORDER BY f.position", TechnologyField.class)
                .setHint("eclipselink.query-results-cache", "true").getResultList();
    }

    /** Region codes in use by published challenges. */
    @Transactional(TxType.SUPPORTS)
    public List<String> regions() {
        return em.createQuery("SELECT DISTINCT c.region FROM Challenge c WHERE c.status IN :public AND c.region IS NOT NULL"
                + " ORDER BY c.region", String.class).setParameter("public", ChallengeStatus.PUBLIC).getResultList();
    }

    /** Ids of published challenges whose deadline has come. */
    @Transactional(TxType.SUPPORTS)
    public List<Long> dueForClosing(Instant now) {
        return em.createQuery("SELECT c.id FROM Challenge c WHERE c.status = :published AND c.deadline <= :now",
                Long.class).setParameter("published", ChallengeStatus.PUBLISHED).setParameter("now", now)
                .getResultList();
    }

    /**
     * Closes bidding on one challenge if its deadline has come (SPEC §3, §5), in a transaction of
     * its own: the submitted bids open ({@link BidOpening}) and the challenge decides, once,
     * {@code EVALUATING} or, with no bid opened, {@code FAILED} (流榜). The row lock makes it happen
     * once even when several nodes try at the same moment.
     *
     * @return whether this call closed it
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean closeIfDue(long id) {
        Challenge challenge = em.find(Challenge.class, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = cluster.now();
        if (challenge == null || !challenge.isDueForClosing(now)) {
            return false;
        }
        var before = challenge.auditState();
        int opened = 0;
        for (BidOpening opening : openings) {
            opened += opening.openSubmitted(id, now);
        }
        challenge.close(now, opened);
        audit.record("system", "BIDDING_CLOSED", "Challenge", id, before, challenge.auditState());
        if (opened == 0) {
            notifyOwner(challenge, "CHALLENGE_FAILED", Wording.of("notify.CHALLENGE_FAILED", challenge.getTitle()));
        } else {
            notifyOwner(challenge, "BIDS_OPENED", Wording.of("notify.BIDS_OPENED", challenge.getTitle(), opened));
        }
        publicChange(challenge);
        return true;
    }

    // ---------------------------------------------------------------------------------------------

    private Duration minBidding() {
        return Duration.ofSeconds(minBiddingSeconds);
    }

    private void check(ChallengeForm form, Class<?>... groups) {
        inputs.check(form, groups);
        if (form.getRubric() != null) {
            form.getRubric().checked();
        }
        if (form.getField() != null && em.find(TechnologyField.class, form.getField()) == null) {
            throw new InvalidInput("field", "not a code of the technology-domain list (GET /api/v1/fields)");
        }
    }

    /** Whether the caller's firm is verified, so that what it posts can be submitted (SPEC §2). */
    @Transactional(TxType.SUPPORTS)
    public boolean organizationVerified() {
        return accounts.currentUser().map(User::getOrganization).filter(Organization::isVerified).isPresent();
    }

    /**
     * The deadline rule of submission, checked early (the posting form's terms step): a deadline is
     * given and lies at least the minimum bidding time ahead by the cluster's clock.
     *
     * @throws InvalidInput without a deadline; RuleBroken {@code DEADLINE_TOO_SOON} when it is too close
     */
    @Transactional(TxType.SUPPORTS)
    public void checkDeadline(Instant deadline) {
        if (deadline == null) {
            throw InvalidInput.rule("deadline", "required", "a deadline is required");
        }
        if (deadline.isBefore(cluster.now().plus(minBidding()))) {
            throw Challenge.deadlineTooSoon(minBidding());
        }
    }

    /** Whether the caller is a member of a firm, who posts challenges (once the firm is verified). */
    @Transactional(TxType.SUPPORTS)
    public boolean mayPost() {
        return accounts.currentUser().filter(me -> me.hasRole(Role.ENTERPRISE) && me.getOrganization() != null
                && me.getOrganization().getType() == OrganizationType.ENTERPRISE).isPresent();
    }

    private User requirePoster() {
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        if (!mayPost()) {
            throw new Forbidden("Only members of a firm post challenges.");
        }
        if (!me.getOrganization().isVerified()) {
            throw new RuleBroken("ORGANIZATION_NOT_VERIFIED", null,
                    "Only members of a verified organization may submit challenges.");
        }
        return me;
    }

    private static boolean isOwner(User user, Challenge challenge) {
        return user.getOrganization() != null && user.hasRole(Role.ENTERPRISE)
                && user.getOrganization().getId().equals(challenge.getOwner().getId());
    }

    /** A challenge of the caller's verified firm, locked for change; 404 for anyone else. */
    private Challenge ownChallenge(long id) {
        User me = requirePoster();
        Challenge challenge = em.find(Challenge.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (challenge == null || !isOwner(me, challenge)) {
            throw new NotFound();
        }
        return challenge;
    }

    private Challenge ownChallengeForReading(long id) {
        User me = requirePoster();
        Challenge challenge = em.find(Challenge.class, id);
        if (challenge == null || !isOwner(me, challenge)) {
            throw new NotFound();
        }
        return challenge;
    }

    private Challenge lockedForStaff(long id) {
        Challenge challenge = em.find(Challenge.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (challenge == null || challenge.getStatus() == ChallengeStatus.DRAFT) {
            throw new NotFound();
        }
        return challenge;
    }

    /** The challenge if the caller may see it: public ones to all, the rest to the owner and (once submitted) staff. */
    private Challenge visible(long id) {
        Challenge challenge = ChallengeReads.withOwner(em, id);
        if (challenge == null) {
            throw new NotFound();
        }
        if (challenge.isVisibleToPublic()) {
            return challenge;
        }
        if (caller.hasRole(Role.STAFF_NAME) && challenge.getStatus() != ChallengeStatus.DRAFT) {
            return challenge;
        }
        if (accounts.currentUser().map(u -> isOwner(u, challenge)).orElse(false)) {
            return challenge;
        }
        throw new NotFound();
    }

    private void publicChange(Challenge challenge) {
        em.persist(new SearchChange(challenge.getId(), cluster.now()));
        changed.fire(new ChallengeChanged(challenge.getId(), challenge.getStatus()));
    }

    /** Tells the firm's members (ENTERPRISE) of their challenge; public to other capabilities (review). */
    @Transactional(TxType.MANDATORY)
    public void notifyOwner(Challenge challenge, String kind, Wording text) {
        List<Long> members = em.createQuery("SELECT u.id FROM User u JOIN u.roles r WHERE u.organization.id = :org"
                + " AND r = :enterprise", Long.class).setParameter("org", challenge.getOwner().getId())
                .setParameter("enterprise", Role.ENTERPRISE).getResultList();
        notifications.notify(members, kind, challenge.getId(), text, "/challenge/view?id=" + challenge.getId());
    }

    /** Everyone who asked a question; bidders are told by the bid capability, which observes the news. */
    private void notifyInterested(Challenge challenge, String kind, Wording text) {
        List<Long> askers = em.createQuery("SELECT DISTINCT q.askerId FROM Question q WHERE q.challengeId = :id",
                Long.class).setParameter("id", challenge.getId()).getResultList();
        String link = "/challenge/view?id=" + challenge.getId();
        notifications.notify(askers, kind, challenge.getId(), text, link);
        news.fire(new ChallengeNews(challenge.getId(), kind, text, link, Set.copyOf(askers)));
    }

    /**
     * 流榜 during evaluation (SPEC §5): staff disqualified the last opened bid. Called by the bid
     * capability in that transaction; the owner is told.
     */
    @Transactional(TxType.MANDATORY)
    public void failEvaluation(long id) {
        Challenge challenge = em.find(Challenge.class, id, LockModeType.PESSIMISTIC_WRITE);
        var before = challenge.auditState();
        challenge.fail(cluster.now());
        audit.record("CHALLENGE_FAILED", "Challenge", id, before, challenge.auditState());
        notifyOwner(challenge, "CHALLENGE_FAILED", Wording.of("notify.CHALLENGE_FAILED", challenge.getTitle()));
        publicChange(challenge);
    }

    /** A later capability (review) changed the challenge's state: the hall and its index follow. */
    @Transactional(TxType.MANDATORY)
    public void statusChanged(Challenge challenge) {
        publicChange(challenge);
    }

    /** The owner copies a failed (or cancelled) challenge into a new draft, without its deadline. */
    public ChallengeView copyAsDraft(long id) {
        Challenge original = ownChallengeForReading(id);
        if (original.getStatus() != ChallengeStatus.FAILED && original.getStatus() != ChallengeStatus.CANCELLED) {
            throw new WrongState("challenge", original.getStatus(), "copied (only a failed or cancelled challenge is)");
        }
        ChallengeForm form = original.toForm();
        form.setDeadline(null);
        ChallengeView copy = create(form);
        Challenge draft = em.find(Challenge.class, copy.id());
        original.getAttachments().forEach(draft::attach);
        return copy;
    }
}
