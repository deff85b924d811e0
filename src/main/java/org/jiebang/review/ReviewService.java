package org.jiebang.review;

import java.io.Serializable;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

import org.jiebang.account.AccountReads;
import org.jiebang.account.AccountService;
import org.jiebang.account.Role;
import org.jiebang.account.User;
import org.jiebang.bid.Bid;
import org.jiebang.bid.BidReads;
import org.jiebang.bid.BidStatus;
import org.jiebang.challenge.Challenge;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.challenge.Criterion;
import org.jiebang.challenge.Evaluation;
import org.jiebang.challenge.TechnologyField;
import org.jiebang.platform.audit.AuditLog;
import org.jiebang.platform.error.Conflict;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.error.NotAuthenticated;
import org.jiebang.platform.error.NotFound;
import org.jiebang.platform.error.WrongState;
import org.jiebang.platform.i18n.Wording;
import org.jiebang.platform.notify.Notifications;
import org.jiebang.platform.persistence.ReadingMemo;
import org.jiebang.platform.security.Caller;

/**
 * The expert pool, panels and scoring (SPEC §5).
 * <p>
 * Who may do what: staff and the admin keep expert profiles (an expert keeps its own); staff list
 * the pool, form a challenge's panel by hand or draw it at random among unconflicted experts of
 * its field; an expert on a panel declines or scores the opened bids assigned to it, only after
 * the close, declaring first that it has no conflict. An expert sees only its own scores; staff
 * see everyone's with names once all are in; bidders read their own feedback, without names,
 * after the award ({@link AwardService}).
 */
@ApplicationScoped
@Transactional
public class ReviewService {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** the states of a challenge whose bids are reviewed and whose scores still matter */
    static final Set<ChallengeStatus> REVIEWED = Set.of(ChallengeStatus.EVALUATING, ChallengeStatus.AWARD_PROPOSED,
            ChallengeStatus.AWARDED, ChallengeStatus.IN_EXECUTION, ChallengeStatus.COMPLETED, ChallengeStatus.TERMINATED);
    /** the bids that are ranked: opened and not disqualified */
    static final List<BidStatus> RANKED = List.of(BidStatus.OPENED, BidStatus.AWARDED, BidStatus.NOT_AWARDED);

    @Inject
    ReadingMemo memo;

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
    Clock clock;

    // ---- the expert pool -----------------------------------------------------------------------

    /** An expert as the pool lists it. */
    public record ExpertView(long userId, String username, String displayName, String organizationName, String title,
            String record, List<String> fields) implements Serializable {
    }

    /** {@code {"fields": [..], "title", "record"}} */
    public record ExpertForm(List<String> fields, String title, String record) {
    }

    /** An expert's profile (admin, staff, or the expert). */
    @Transactional(TxType.SUPPORTS)
    public ExpertView profile(long userId) {
        User user = profileOwner(userId);
        return view(user, em.find(ExpertProfile.class, userId));
    }

    /** Admin, staff or the expert itself write the profile; the user must hold the EXPERT role. */
    public ExpertView saveProfile(long userId, ExpertForm form) {
        User user = profileOwner(userId);
        if (!user.hasRole(Role.EXPERT)) {
            throw new Conflict("NOT_AN_EXPERT", null, "Only users with the EXPERT role have an expert profile.");
        }
        if (form == null) {
            throw new InvalidInput("fields", "the profile is required");
        }
        List<String> fields = form.fields() == null ? List.of() : form.fields();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i) == null || em.find(TechnologyField.class, fields.get(i)) == null) {
                throw new InvalidInput("fields[" + i + "]", "not a code of the technology-domain list (GET /api/v1/fields)");
            }
        }
        if (form.title() != null && form.title().strip().length() > ExpertProfile.TITLE_LENGTH) {
            throw new InvalidInput("title", "at most " + ExpertProfile.TITLE_LENGTH + " characters");
        }
        if (form.record() != null && form.record().strip().length() > ExpertProfile.RECORD_LENGTH) {
            throw new InvalidInput("record", "at most " + ExpertProfile.RECORD_LENGTH + " characters");
        }
        ExpertProfile profile = Optional.ofNullable(em.find(ExpertProfile.class, userId)).orElseGet(() -> {
            ExpertProfile fresh = new ExpertProfile(userId);
            em.persist(fresh);
            return fresh;
        });
        profile.update(new java.util.LinkedHashSet<>(fields), form.title(), form.record(), clock.instant());
        audit.record("EXPERT_PROFILE_SAVED", "User", userId, null, Map.of("fields", fields));
        return view(user, profile);
    }

    /** The pool (staff): experts, optionally of a field and matching a text in name, title or organization. */
    @Transactional(TxType.SUPPORTS)
    public List<ExpertView> experts(String field, String text) {
        caller.requireAnyRole(Role.STAFF_NAME);
        List<User> experts = em.createQuery("SELECT u FROM User u JOIN u.roles r LEFT JOIN FETCH u.organization"
                + " WHERE r = :expert ORDER BY u.displayName, u.id", User.class)
                .setParameter("expert", Role.EXPERT).getResultList();
        Map<Long, ExpertProfile> profiles = profilesOf(experts.stream().map(User::getId).toList());
        String q = text == null || text.isBlank() ? null : text.strip().toLowerCase(java.util.Locale.ROOT);
        return experts.stream().map(u -> view(u, profiles.get(u.getId())))
                .filter(e -> field == null || field.isBlank() || e.fields().contains(field))
                .filter(e -> q == null || (e.displayName() + " " + e.username() + " " + e.title() + " " + e.organizationName())
                        .toLowerCase(java.util.Locale.ROOT).contains(q))
                .toList();
    }

    private User profileOwner(long userId) {
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        if (me.getId() != userId && !caller.hasRole(Role.STAFF_NAME) && !caller.hasRole(Role.ADMIN_NAME)) {
            throw new NotFound();
        }
        if (me.getId() == userId) {
            return me;
        }
        return AccountReads.byId(em, userId).orElseThrow(NotFound::new);
    }

    private Map<Long, ExpertProfile> profilesOf(List<Long> userIds) {
        return profilesOf(em, userIds);
    }

    /** The experts' profiles with their fields, in one statement (the fields are join-fetched; a profile once in the map). */
    static Map<Long, ExpertProfile> profilesOf(EntityManager em, List<Long> userIds) {
        Map<Long, ExpertProfile> profiles = new HashMap<>();
        if (!userIds.isEmpty()) {
            em.createQuery("SELECT p FROM ExpertProfile p WHERE p.userId IN :ids", ExpertProfile.class).setParameter("ids", userIds).getResultList().forEach(p -> profiles.put(p.getUserId(), p));
        }
        return profiles;
    }

    private static ExpertView view(User u, ExpertProfile p) {
        return view(u, p, p == null ? List.of() : p.getFields().stream().sorted().toList());
    }

    private static ExpertView view(User u, ExpertProfile p, List<String> fields) {
        return new ExpertView(u.getId(), u.getUsername(), u.getDisplayName(),
                u.getOrganization() == null ? null : u.getOrganization().getName(), p == null ? null : p.getTitle(),
                p == null ? null : p.getRecord(), fields);
    }

    // ---- the panel -----------------------------------------------------------------------------

    /** A panel member as staff see it. */
    public record MemberView(long expertId, String displayName, String organizationName, String title,
            PanelMember.Status status, PanelMember.ChosenBy chosenBy, java.time.Instant addedAt,
                    long scored) implements Serializable {
    }

    /** The panel (staff): its members, and the unconflicted experts of the field not on it (the draw's pool). */
    public record PanelView(long challengeId, List<MemberView> members, List<ExpertView> candidates) implements Serializable {
    }

    @Transactional(TxType.SUPPORTS)
    public PanelView panel(long challengeId) {
        caller.requireAnyRole(Role.STAFF_NAME);
        return panelView(reviewedChallenge(challengeId));
    }

    /**
     * Staff set the panel by hand, whatever the experts' fields: experts not listed leave it (not
     * one who has submitted a score: 409), experts listed join it.
     */
    public PanelView setPanel(long challengeId, List<Long> expertIds) {
        String staff = caller.requireAnyRole(Role.STAFF_NAME);
        Challenge challenge = evaluating(challengeId);
        List<Long> ids = expertIds == null ? List.of() : expertIds;
        for (int i = 0; i < ids.size(); i++) {
            User u = ids.get(i) == null ? null : em.find(User.class, ids.get(i));
            if (u == null || !u.hasRole(Role.EXPERT)) {
                throw new InvalidInput("expertIds[" + i + "]", "not an expert (a user with the EXPERT role)");
            }
        }
        Map<Long, PanelMember> members = membersOf(challengeId);
        for (PanelMember m : members.values()) {
            if (m.isActive() && !ids.contains(m.getExpertId())) {
                if (submittedBy(challengeId, m.getExpertId()) > 0) {
                    throw new Conflict("EXPERT_HAS_SCORED", "expertIds",
                            "An expert who has submitted scores stays on the panel.");
                }
                m.remove();
            }
        }
        List<Long> added = new ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(ids)) {
            PanelMember m = members.get(id);
            if (m == null) {
                em.persist(new PanelMember(challengeId, id, PanelMember.ChosenBy.HAND, clock.instant()));
                added.add(id);
            } else if (!m.isActive()) {
                m.restore(PanelMember.ChosenBy.HAND, clock.instant());
                added.add(id);
            }
        }
        audit.record(staff, "PANEL_SET", "Challenge", challengeId, null, Map.of("expertIds", ids));
        tellAssigned(challenge, added);
        return panelView(challenge);
    }

    /**
     * Staff draw {@code count} experts at random (专家库随机抽取) among the unconflicted experts of
     * the challenge's field who are not on the panel (nor have declined it).
     *
     * @throws Conflict {@code NOT_ENOUGH_EXPERTS} when the pool has fewer
     */
    public PanelView draw(long challengeId, Integer count) {
        String staff = caller.requireAnyRole(Role.STAFF_NAME);
        Challenge challenge = evaluating(challengeId);
        if (count == null || count < 1 || count > 25) {
            throw new InvalidInput("count", "a number of experts from 1 to 25");
        }
        List<ExpertView> pool = new ArrayList<>(candidates(challenge));
        if (pool.size() < count) {
            throw new Conflict("NOT_ENOUGH_EXPERTS", "count", "Only " + pool.size()
                    + " unconflicted experts of this field are not yet on the panel.");
        }
        Collections.shuffle(pool, RANDOM);
        List<Long> drawn = pool.subList(0, count).stream().map(ExpertView::userId).toList();
        for (Long id : drawn) {
            em.persist(new PanelMember(challengeId, id, PanelMember.ChosenBy.DRAW, clock.instant()));
        }
        audit.record(staff, "PANEL_DRAWN", "Challenge", challengeId, null, Map.of("count", count, "expertIds", drawn));
        tellAssigned(challenge, drawn);
        return panelView(challenge);
    }

    /** An expert declines its place on a panel before scoring; staff are told, to draw a replacement. */
    public void decline(long challengeId) {
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        Challenge locked = em.find(Challenge.class, challengeId, LockModeType.PESSIMISTIC_WRITE);
        PanelMember member = locked == null ? null : membersOf(challengeId).get(me.getId());
        if (member == null || !member.isActive()) {
            throw new NotFound();
        }
        if (submittedBy(challengeId, me.getId()) > 0) {
            throw new Conflict("EXPERT_HAS_SCORED", null, "You have submitted scores on this panel already.");
        }
        if (locked.getStatus() != ChallengeStatus.EVALUATING) {
            throw new WrongState("challenge", locked.getStatus(), "left by its experts (only during evaluation)");
        }
        member.decline();
        Challenge challenge = locked;
        audit.record("PANEL_DECLINED", "Challenge", challengeId, null, Map.of("expertId", me.getId()));
        accounts.notifyMembers(List.of(), true, "PANEL_DECLINED", challengeId,
                Wording.of("notify.PANEL_DECLINED", me.getDisplayName(), challenge.getTitle()),
                "/staff/review?id=" + challengeId);
    }

    private List<ExpertView> candidates(Challenge challenge) {
        Set<Long> conflicted = conflictedOrganizations(challenge.getId());
        Set<Long> onPanel = panelOf(challenge.getId()).members().stream().map(PanelMember::getExpertId)
                .collect(java.util.stream.Collectors.toSet());
        return expertsOf(em, challenge.getField()).stream()
                .filter(e -> !onPanel.contains(e.user().getId()))
                .filter(e -> e.user().getOrganization() == null || !conflicted.contains(e.user().getOrganization().getId()))
                .map(e -> view(e.user(), e.profile(), e.fields())).toList();
    }

    /** An expert of a field: the account (with its organization), the profile, and all the profile's fields, in order. */
    record FieldExpert(User user, ExpertProfile profile, List<String> fields) {
    }

    /**
     * The enabled experts of a field, by id, with their organizations, their profiles and all their
     * fields, in one statement (a row per field: the profile's own collection is not read).
     */
    static List<FieldExpert> expertsOf(EntityManager em, String field) {
        Map<Long, FieldExpert> experts = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT u, p, f FROM User u LEFT JOIN FETCH u.organization JOIN ExpertProfile p"
                + " ON p.userId = u.id JOIN p.fields f WHERE u.enabled = TRUE AND :expert MEMBER OF u.roles AND u.id IN"
                + " (SELECT q.userId FROM ExpertProfile q JOIN q.fields g WHERE g = :field) ORDER BY u.id", Object[].class)
                .setParameter("expert", Role.EXPERT).setParameter("field", field).getResultList()) {
            User u = (User) row[0];
            experts.computeIfAbsent(u.getId(), id -> new FieldExpert(u, (ExpertProfile) row[1], new ArrayList<>()))
                    .fields().add((String) row[2]);
        }
        return experts.values().stream()
                .map(e -> new FieldExpert(e.user(), e.profile(), e.fields().stream().distinct().sorted().toList())).toList();
    }

    /** The lead and partner organizations of the challenge's opened bids: their experts are conflicted. */
    private Set<Long> conflictedOrganizations(long challengeId) {
        Set<Long> orgs = new HashSet<>();
        for (Bid bid : allOpenedBids(challengeId)) {
            orgs.add(bid.getLead().getId());
            orgs.addAll(bid.getPartnerOrganizationIds());
        }
        return orgs;
    }

    /** A challenge's panel, oldest first, with its experts' accounts, organizations and profiles (if they have one). */
    record Panel(List<PanelMember> members, Map<Long, User> experts, Map<Long, ExpertProfile> profiles) {
    }

    /** The panel, read once per reading (its page shows it, the ranking weighs its scores). */
    private Panel panelOf(long challengeId) {
        return memo.once("panel:" + challengeId, () -> panelOf(em, challengeId));
    }

    /** The panel with its experts, their organizations and their profiles (without their fields) in one statement. */
    static Panel panelOf(EntityManager em, long challengeId) {
        Map<Long, PanelMember> members = new LinkedHashMap<>();
        Map<Long, User> users = new HashMap<>();
        Map<Long, ExpertProfile> profiles = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT u, m, p FROM User u LEFT JOIN FETCH u.organization JOIN PanelMember m"
                + " ON m.expertId = u.id LEFT JOIN ExpertProfile p ON p.userId = u.id WHERE m.challengeId = :c"
                + " ORDER BY m.addedAt, m.id", Object[].class).setParameter("c", challengeId).getResultList()) {
            PanelMember m = (PanelMember) row[1];
            members.put(m.getId(), m); // once, whatever an account's roles bring along
            users.put(m.getExpertId(), (User) row[0]);
            if (row[2] instanceof ExpertProfile p) {
                profiles.put(m.getExpertId(), p);
            }
        }
        return new Panel(List.copyOf(members.values()), users, profiles);
    }

    private PanelView panelView(Challenge challenge) {
        Panel panel = panelOf(challenge.getId());
        List<PanelMember> members = panel.members();
        Map<Long, User> users = panel.experts();
        Map<Long, ExpertProfile> profiles = panel.profiles();
        Map<Long, Long> submitted = new HashMap<>();
        // from the challenge's scores, which the ranking on the same page reads too
        scoresOf(challenge.getId()).stream().filter(x -> x.getStatus() == Score.Status.SUBMITTED)
                .forEach(x -> submitted.merge(x.getExpertId(), 1L, Long::sum));
        List<MemberView> views = members.stream().map(m -> {
            User u = users.get(m.getExpertId());
            ExpertProfile p = profiles.get(m.getExpertId());
            return new MemberView(m.getExpertId(), u.getDisplayName(),
                    u.getOrganization() == null ? null : u.getOrganization().getName(), p == null ? null : p.getTitle(),
                    m.getStatus(), m.getChosenBy(), m.getAddedAt(), submitted.getOrDefault(m.getExpertId(), 0L));
        }).toList();
        return new PanelView(challenge.getId(), views,
                challenge.getStatus() == ChallengeStatus.EVALUATING ? candidates(challenge) : List.of());
    }

    private Map<Long, PanelMember> membersOf(long challengeId) {
        Map<Long, PanelMember> members = new LinkedHashMap<>();
        em.createQuery("SELECT m FROM PanelMember m WHERE m.challengeId = :c ORDER BY m.id", PanelMember.class)
                .setParameter("c", challengeId).getResultList().forEach(m -> members.put(m.getExpertId(), m));
        return members;
    }

    private long submittedBy(long challengeId, long expertId) {
        return em.createQuery("SELECT COUNT(s) FROM Score s WHERE s.challengeId = :c AND s.expertId = :e AND s.status = :s",
                Long.class).setParameter("c", challengeId).setParameter("e", expertId)
                .setParameter("s", Score.Status.SUBMITTED).getSingleResult();
    }

    private void tellAssigned(Challenge challenge, List<Long> experts) {
        notifications.notify(experts, "REVIEW_ASSIGNED", challenge.getId(),
                Wording.of("notify.REVIEW_ASSIGNED", challenge.getTitle()), "/review/assignments");
    }

    // ---- assignments and scores ----------------------------------------------------------------

    /** A bid assigned to the calling expert, with the state of its score. */
    public record Assignment(long challengeId, String challengeTitle, ChallengeStatus challengeStatus,
            Evaluation evaluation, long bidId, String leadOrganizationName, String principalName,
            Score.Status scoreStatus) implements Serializable {
    }

    /**
     * "My assignments": for each panel the caller is active on, the opened bids of its challenge
     * that it reviews (not those of its own or a partner organization, not those it declared a
     * conflict on), only once bidding has closed.
     */
    @Transactional(TxType.SUPPORTS)
    public List<Assignment> assignments() {
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        caller.requireAnyRole(Role.EXPERT.name());
        List<Long> challengeIds = em.createQuery("SELECT m.challengeId FROM PanelMember m WHERE m.expertId = :e"
                + " AND m.status = :active", Long.class).setParameter("e", me.getId())
                .setParameter("active", PanelMember.Status.ACTIVE).getResultList();
        if (challengeIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Score> mine = new HashMap<>();
        em.createQuery("SELECT s FROM Score s WHERE s.expertId = :e AND s.challengeId IN :c", Score.class)
                .setParameter("e", me.getId()).setParameter("c", challengeIds).getResultList()
                .forEach(s -> mine.put(s.getBidId(), s));
        List<Assignment> assignments = new ArrayList<>();
        for (Bid bid : em.createQuery("SELECT b FROM Bid b JOIN FETCH b.challenge c JOIN FETCH b.lead WHERE c.id IN :c"
                + " AND b.status IN :ranked AND c.status IN :reviewed ORDER BY c.closedAt DESC, b.id", Bid.class)
                .setParameter("c", challengeIds).setParameter("ranked", RANKED).setParameter("reviewed", REVIEWED)
                .getResultList()) {
            Score score = mine.get(bid.getId());
            if (autoConflicted(me, bid) || (score != null && score.getStatus() == Score.Status.CONFLICT)) {
                continue;
            }
            assignments.add(new Assignment(bid.getChallenge().getId(), bid.getChallenge().getTitle(),
                    bid.getChallenge().getStatus(), bid.getChallenge().getEvaluation(), bid.getId(), bid.getLead().getName(),
                    bid.getPrincipal().getName(), score == null ? null : score.getStatus()));
        }
        return assignments;
    }

    /** One expert's scores as the expert (or staff) see them. */
    public record ScoreView(long bidId, Long expertId, String expertName, Score.Status status,
            Map<String, MarkView> criteria, java.time.Instant noConflictDeclaredAt, java.time.Instant submittedAt,
            boolean priceScored) implements Serializable {
    }

    /** One criterion's score and comment. */
    public record MarkView(Integer score, String comment) implements Serializable {
    }

    /** {@code {"noConflict": true, "criteria": {"technical": {"score", "comment"}, …}, "submit": true}} */
    public record ScoreForm(Boolean noConflict, Map<String, MarkView> criteria, Boolean submit) {
    }

    /** The calling expert's own scores of a bid it reviews (a blank draft before the first save). */
    @Transactional(TxType.SUPPORTS)
    public ScoreView myScore(long bidId) {
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        Bid bid = reviewedBid(bidId, me);
        Score score = findScore(bidId, me.getId()).orElseGet(() -> new Score(bidId, bid.getChallenge().getId(), me.getId()));
        return view(score, null, priceScored(bid.getChallenge()));
    }

    /**
     * The expert declares (no) conflict, saves a draft or submits (SPEC §5). A conflict takes the
     * expert off the bid and tells staff; a submitted score is read-only (409).
     */
    public ScoreView score(long bidId, ScoreForm form) {
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        Bid found = em.find(Bid.class, bidId);
        if (found == null) {
            throw new NotFound();
        }
        // the challenge's lock first, as panel changes take it: membership is then checked on the latest state
        Challenge challenge = em.find(Challenge.class, found.getChallenge().getId(), LockModeType.PESSIMISTIC_WRITE);
        Bid bid = reviewedBid(bidId, me);
        if (challenge.getStatus() != ChallengeStatus.EVALUATING) {
            throw new WrongState("challenge", challenge.getStatus(), "scored (scores are taken during evaluation)");
        }
        if (form == null || form.noConflict() == null) {
            throw new InvalidInput("noConflict", "declare first whether you have a conflict of interest with this bid");
        }
        Score score = findScore(bidId, me.getId()).orElseGet(() -> {
            Score fresh = new Score(bidId, challenge.getId(), me.getId());
            em.persist(fresh);
            return fresh;
        });
        if (!form.noConflict()) {
            score.declareConflict();
            em.flush();
            // the audit names no expert: only staff see who reviews what (the admin reads the log too)
            audit.record("expert", "CONFLICT_DECLARED", "Score", score.getId(), null, Map.of("bidId", bid.getId()));
            accounts.notifyMembers(List.of(), true, "CONFLICT_DECLARED", challenge.getId(),
                    Wording.of("notify.CONFLICT_DECLARED", me.getDisplayName(), challenge.getTitle()),
                    "/staff/review?id=" + challenge.getId());
            return view(score, null, priceScored(challenge));
        }
        score.declareNoConflict(clock.instant());
        boolean priceScored = priceScored(challenge);
        Map<Criterion, Score.Mark> marks = new EnumMap<>(Criterion.class);
        if (form.criteria() != null) {
            form.criteria().forEach((key, mark) -> {
                Criterion c;
                try {
                    c = Criterion.ofKey(key);
                } catch (IllegalArgumentException e) {
                    throw new InvalidInput("criteria." + key, "not a criterion; the criteria are technical, team, price,"
                            + " schedule, commercialization");
                }
                marks.put(c, mark == null ? null : new Score.Mark(mark.score(), mark.comment()));
            });
        }
        score.save(marks, priceScored);
        if (Boolean.TRUE.equals(form.submit())) {
            score.submit(priceScored, clock.instant());
            em.flush();
            audit.record("expert", "SCORE_SUBMITTED", "Score", score.getId(), null, Map.of("bidId", bid.getId()));
        }
        return view(score, null, priceScored);
    }

    /** The expert's score of a bid: asked once per reading (whether the expert reviews it, then the score shown). */
    Optional<Score> findScore(long bidId, long expertId) {
        return memo.once("score:" + bidId + ":" + expertId, () -> em.createQuery("SELECT s FROM Score s WHERE s.bidId = :b"
                + " AND s.expertId = :e", Score.class).setParameter("b", bidId).setParameter("e", expertId).getResultStream()
                .findFirst());
    }

    /** A bid the caller reviews (404 otherwise, as if it did not exist). */
    private Bid reviewedBid(long bidId, User me) {
        Bid bid = BidReads.withChallengeAndLead(em, bidId);
        if (bid == null || !RANKED.contains(bid.getStatus()) || !reviews(bid, me)) {
            throw new NotFound();
        }
        return bid;
    }

    /** SPEC §5: on the active panel, not of the lead or a partner organization, no conflict declared. */
    boolean reviews(Bid bid, User me) {
        return memo.once("reviews:" + bid.getId() + ":" + me.getId(), () -> decideReviews(bid, me));
    }

    private boolean decideReviews(Bid bid, User me) {
        if (!me.hasRole(Role.EXPERT) || !REVIEWED.contains(bid.getChallenge().getStatus()) || autoConflicted(me, bid)) {
            return false;
        }
        PanelMember member = membersOf(bid.getChallenge().getId()).get(me.getId());
        if (member == null || !member.isActive()) {
            return false;
        }
        return findScore(bid.getId(), me.getId()).map(s -> s.getStatus() != Score.Status.CONFLICT).orElse(true);
    }

    private static boolean autoConflicted(User expert, Bid bid) {
        return org.jiebang.bid.BidAccess.conflicted(expert.getOrganization() == null ? null : expert.getOrganization().getId(),
                bid.getLead().getId(), bid.getPartnerOrganizationIds());
    }

    static boolean priceScored(Challenge challenge) {
        return challenge.getEvaluation() != Evaluation.TWO_ENVELOPE;
    }

    static ScoreView view(Score s, String expertName, boolean priceScored) {
        Map<String, MarkView> criteria = new LinkedHashMap<>();
        s.marks().forEach((c, m) -> {
            if (c != Criterion.PRICE || priceScored) {
                criteria.put(c.key(), new MarkView(m.score(), m.comment()));
            }
        });
        return new ScoreView(s.getBidId(), expertName == null ? null : s.getExpertId(), expertName, s.getStatus(), criteria,
                s.getNoConflictAt(), s.getSubmittedAt(), priceScored);
    }

    // ---- the ranking ---------------------------------------------------------------------------

    /** The ranking of a challenge as staff see it. */
    public record RankingView(long challengeId, boolean complete, long submitted, long expected,
            boolean priceOpen, List<RankedBid> items) implements Serializable {
    }

    /** {@code {bidId, aggregate, rank}} with the breakdown per criterion, the spread, and the divergence flag. */
    public record RankedBid(long bidId, BigDecimal aggregate, int rank, String leadOrganizationName, String principalName,
            BigDecimal price, Map<String, BigDecimal> criteria, BigDecimal spread, boolean divergent,
                    int experts) implements Serializable {
    }

    /** The ranking (staff): complete when every expected score is in. */
    @Transactional(TxType.SUPPORTS)
    public RankingView ranking(long challengeId) {
        caller.requireAnyRole(Role.STAFF_NAME);
        return rankingOf(reviewedChallenge(challengeId));
    }

    /** What the scores say of a challenge's ranked bids (for staff, the award and the feedback). */
    RankingView rankingOf(Challenge challenge) {
        List<Bid> bids = rankedBids(challenge.getId());
        Panel panel = panelOf(challenge.getId());
        // the active experts, in the order of their accounts' ids as before
        Map<Long, User> experts = new java.util.TreeMap<>();
        panel.members().stream().filter(PanelMember::isActive).filter(m -> panel.experts().containsKey(m.getExpertId()))
                .forEach(m -> experts.put(m.getExpertId(), panel.experts().get(m.getExpertId())));
        Map<Long, Map<Long, Score>> scores = new HashMap<>();
        scoresOf(challenge.getId()).forEach(s -> scores.computeIfAbsent(s.getBidId(), b -> new HashMap<>()).put(s.getExpertId(), s));
        long expected = 0;
        long submitted = 0;
        Map<Long, List<Score>> submittedByBid = new LinkedHashMap<>();
        for (Bid bid : bids) {
            List<Score> in = new ArrayList<>();
            for (User expert : experts.values()) {
                Score s = scores.getOrDefault(bid.getId(), Map.of()).get(expert.getId());
                if (autoConflicted(expert, bid) || (s != null && s.getStatus() == Score.Status.CONFLICT)) {
                    continue;
                }
                expected++;
                if (s != null && s.getStatus() == Score.Status.SUBMITTED) {
                    submitted++;
                    in.add(s);
                }
            }
            submittedByBid.put(bid.getId(), in);
        }
        boolean complete = !bids.isEmpty() && expected > 0 && submitted == expected
                && submittedByBid.values().stream().noneMatch(List::isEmpty);
        boolean priceOpen = priceScored(challenge) || complete;
        Map<Long, BigDecimal> computedPrices = new HashMap<>();
        if (!priceScored(challenge) && complete) {
            Map<Long, BigDecimal> prices = new LinkedHashMap<>();
            bids.forEach(b -> prices.put(b.getId(), b.getPrice()));
            computedPrices = Ranking.priceScores(prices);
        }
        Map<Long, List<Ranking.ExpertScores>> input = new LinkedHashMap<>();
        if (priceScored(challenge) || complete) {
            for (Map.Entry<Long, List<Score>> e : submittedByBid.entrySet()) {
                BigDecimal price = computedPrices.get(e.getKey());
                input.put(e.getKey(), e.getValue().stream()
                        .map(s -> new Ranking.ExpertScores(s.getExpertId(), s.scores(price))).toList());
            }
        }
        Map<Long, Bid> byId = new HashMap<>();
        bids.forEach(b -> byId.put(b.getId(), b));
        List<RankedBid> items = Ranking.of(challenge.getRubric(), input).stream().map(p -> {
            Bid b = byId.get(p.bidId());
            Map<String, BigDecimal> criteria = new LinkedHashMap<>();
            p.criteria().forEach((c, v) -> criteria.put(c.key(), v));
            return new RankedBid(p.bidId(), p.aggregate(), p.rank(), b.getLead().getName(), b.getPrincipal().getName(),
                    b.getPrice(), criteria, p.spread(), p.divergent(), p.weightedScores().size());
        }).toList();
        return new RankingView(challenge.getId(), complete, submitted, expected, priceOpen, items);
    }

    /** Every score of a challenge, in the order they were made: read once per reading (the ranking, a bid's scores). */
    private List<Score> scoresOf(long challengeId) {
        return openedWithScores(challengeId).scores();
    }

    /** A challenge's opened bids (with their leads), in id order, and its scores, in id order. */
    record Opened(List<Bid> bids, List<Score> scores) {
    }

    /** The opened bids and the scores, once per reading: the panel's counts, the ranking, the conflicts, the notice. */
    private Opened openedWithScores(long challengeId) {
        return memo.once("opened:" + challengeId, () -> openedWithScores(em, challengeId));
    }

    /** The opened bids with their leads and their scores in one statement (only an opened bid is ever scored). */
    static Opened openedWithScores(EntityManager em, long challengeId) {
        Map<Long, Bid> bids = new LinkedHashMap<>();
        Map<Long, Score> scores = new java.util.TreeMap<>();
        for (Object[] row : em.createQuery("SELECT b, s FROM Bid b JOIN FETCH b.lead LEFT JOIN Score s ON s.bidId = b.id"
                + " WHERE b.challenge.id = :c AND b.status IN :opened ORDER BY b.id, s.id", Object[].class)
                .setParameter("c", challengeId).setParameter("opened", BidStatus.OPENED_STATES).getResultList()) {
            Bid b = (Bid) row[0];
            bids.put(b.getId(), b);
            if (row[1] instanceof Score x) {
                scores.put(x.getId(), x);
            }
        }
        return new Opened(List.copyOf(bids.values()), List.copyOf(scores.values()));
    }

    /** The ranked bids of a challenge, read once per reading (the ranking and the choices to disqualify). */
    private List<Bid> rankedBids(long challengeId) {
        return allOpenedBids(challengeId).stream().filter(b -> RANKED.contains(b.getStatus())).toList();
    }

    /** Every opened bid of a challenge with its lead, by id, read once per reading (the ranking, the conflicts). */
    /** A challenge's opened bids with their leads, once per reading: the ranking, the conflicts, the notice's teams. */
    List<Bid> allOpenedBids(long challengeId) {
        return openedWithScores(challengeId).bids();
    }

    List<Bid> openedBids(long challengeId, List<BidStatus> statuses) {
        return em.createQuery("SELECT b FROM Bid b JOIN FETCH b.lead WHERE b.challenge.id = :c AND b.status IN :s"
                + " ORDER BY b.id", Bid.class).setParameter("c", challengeId).setParameter("s", statuses).getResultList();
    }

    /** A bid staff may disqualify: an opened one, by its lead organization. */
    public record BidChoice(long bidId, String leadOrganizationName) implements Serializable {
    }

    /** The opened bids of a challenge (staff), for disqualification whatever their scores. */
    @Transactional(TxType.SUPPORTS)
    public List<BidChoice> openedBidChoices(long challengeId) {
        caller.requireAnyRole(Role.STAFF_NAME);
        return rankedBids(reviewedChallenge(challengeId).getId()).stream().filter(b -> b.getStatus() == BidStatus.OPENED)
                .map(b -> new BidChoice(b.getId(), b.getLead().getName())).toList();
    }

    /** All scores of a bid with the experts' names: staff, once every score is in. */
    @Transactional(TxType.SUPPORTS)
    public List<ScoreView> allScores(long bidId) {
        caller.requireAnyRole(Role.STAFF_NAME);
        Bid bid = BidReads.withChallengeAndLead(em, bidId);
        if (bid == null || !RANKED.contains(bid.getStatus())) {
            throw new NotFound();
        }
        Challenge challenge = bid.getChallenge();
        if (!rankingOf(challenge).complete()) {
            throw new Conflict("SCORING_INCOMPLETE", null, "Scores are shown once every expert has submitted.");
        }
        return scoresOf(challenge.getId()).stream().filter(s -> s.getBidId().equals(bidId) && s.getStatus() == Score.Status.SUBMITTED)
                .map(s -> view(s, em.find(User.class, s.getExpertId()).getDisplayName(), priceScored(challenge))).toList();
    }

    private Challenge reviewedChallenge(long challengeId) {
        Challenge challenge = em.find(Challenge.class, challengeId);
        if (challenge == null || !REVIEWED.contains(challenge.getStatus())) {
            throw new NotFound();
        }
        return challenge;
    }

    private Challenge evaluating(long challengeId) {
        Challenge challenge = em.find(Challenge.class, challengeId, LockModeType.PESSIMISTIC_WRITE);
        if (challenge == null || !challenge.getStatus().isPublic() || challenge.getClosedAt() == null) {
            throw new NotFound();
        }
        if (challenge.getStatus() != ChallengeStatus.EVALUATING) {
            throw new WrongState("challenge", challenge.getStatus(), "given a panel (panels are formed during evaluation)");
        }
        return challenge;
    }

    /** Whether the user reviews the bid (SPEC §5): for {@link Reviewers}, which bids ask. */
    boolean reviews(long bidId, long userId) {
        Bid bid = BidReads.withChallengeAndLead(em, bidId);
        User user = bid == null ? null : AccountReads.byId(em, userId).orElse(null);
        return bid != null && user != null && reviews(bid, user);
    }
}
