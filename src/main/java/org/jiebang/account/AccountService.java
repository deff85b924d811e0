package org.jiebang.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jiebang.platform.audit.AuditLog;
import org.jiebang.platform.error.Conflict;
import org.jiebang.platform.error.Forbidden;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.error.Inputs;
import org.jiebang.platform.error.NotFound;
import org.jiebang.platform.error.RuleBroken;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.platform.persistence.Page;
import org.jiebang.platform.security.Caller;
import org.jiebang.platform.security.PasswordHasher;

/**
 * Organizations and accounts (SPEC §2, §10): registration, verification by staff, members, roles
 * and passwords. Every change is audited in its own transaction.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    /**
     * User names never change ({@code updatable = false}), so the id of a name once read is kept:
     * {@link #findUser} then finds the account by its id, which inside a transaction (a page's
     * {@code @OneReading}) is read once however many services ask for the caller.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, Long> USER_IDS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int USER_IDS_KEPT = 100_000;

    private final PasswordHasher hasher = new PasswordHasher();

    @PersistenceContext
    EntityManager em;

    @Inject
    Inputs inputs;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    RequestAccount requestAccount;

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    @Inject
    org.jiebang.platform.notify.Notifications notifications;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.inject.Instance<SealedWork> sealedWork;

    @Inject
    RefusedAdditions refusals;

    @Inject
    org.jiebang.platform.clock.ClusterClock cluster;

    /**
     * Registers an organization and its first user (anyone may). The first user of a firm gets
     * {@code ENTERPRISE}, of a research organization {@code RESEARCHER}. The organization waits for
     * verification.
     *
     * @throws InvalidInput for a field that breaks its rule (a wrong credit code among them)
     * @throws Conflict {@code USCC_TAKEN} when the code is registered already, {@code USERNAME_TAKEN}
     */
    public OrganizationView register(RegistrationForm form) {
        requestAccount.forget();
        inputs.check(form);
        OrganizationForm org = form.getOrganization();
        if (findOrganizationByUscc(org.getUscc()).isPresent()) {
            throw new Conflict("USCC_TAKEN", "organization.uscc",
                    "An organization with this unified social credit code is registered already.");
        }
        requireFreeUsername(form.getUser().getUsername(), "user.username");
        Organization organization = new Organization(org);
        em.persist(organization);
        User user = new User(form.getUser(), hasher.hash(form.getUser().getPassword()), organization,
                EnumSet.of(org.getType().firstUserRole()));
        em.persist(user);
        em.flush();
        audit.record(caller.name().orElse(user.getUsername()), "ORGANIZATION_REGISTERED", "Organization",
                organization.getId(), null, organization.auditState());
        audit.record(caller.name().orElse(user.getUsername()), "USER_CREATED", "User", user.getId(), null,
                user.auditState());
        return OrganizationView.of(organization);
    }

    /**
     * Staff verify an organization or reject it with a reason.
     *
     * @throws Forbidden unless the caller is staff
     * @throws NotFound, WrongState, RuleBroken (a rejection without reason)
     */
    public OrganizationView decideVerification(long organizationId, boolean approved, String reason) {
        requestAccount.forget();
        caller.requireAnyRole(Role.STAFF_NAME);
        Organization organization = getOrganization(organizationId);
        var before = organization.auditState();
        if (approved) {
            organization.verify(clock.instant());
        } else {
            organization.reject(reason);
        }
        audit.record(approved ? "ORGANIZATION_VERIFIED" : "ORGANIZATION_REJECTED", "Organization", organizationId,
                before, organization.auditState());
        return OrganizationView.of(organization);
    }

    /**
     * Adds a user to an organization, by a member of that organization once it is verified, or by
     * staff. The new member gets the organization's usual role.
     * <p>
     * The seal (SPEC §4): staff, who cannot read sealed bids, must not be able to make themselves a
     * member who can. So staff add members only while the organization has no {@link SealedWork}
     * (no live bid on a challenge still open); its own members may add colleagues at any time, and
     * every member is told of every addition, and of a refused attempt. The organization's row lock
     * orders this check against a bid being started at the same moment. A member staff added does
     * not see the bids its organization started before (BidAccess).
     *
     * @throws Forbidden for anyone else, RuleBroken while the organization is not verified,
     *         Conflict {@code ORGANIZATION_BIDDING} when staff try while it has sealed work
     */
    public UserView addMember(long organizationId, UserForm form) {
        requestAccount.forget();
        String name = caller.requireName();
        Organization organization = getOrganization(organizationId);
        User adder = findUser(name).orElse(null);
        boolean member = adder != null && adder.getOrganization() != null
                && adder.getOrganization().getId().equals(organizationId);
        boolean staff = !member && caller.hasRole(Role.STAFF_NAME);
        if (!member && !staff) {
            throw new Forbidden("Only members of this organization or staff may add members.");
        }
        if (member && !organization.isVerified()) {
            throw new RuleBroken("ORGANIZATION_NOT_VERIFIED", null, "Members can be added once the organization is verified.");
        }
        // what was sent is checked before the seal, so that a refusal is never a free probe of who bids
        inputs.check(form);
        requireFreeUsername(form.getUsername(), "username");
        if (staff) {
            em.lock(organization, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            for (SealedWork work : sealedWork) {
                if (work.hasSealedWork(organizationId)) {
                    refusals.record(name, organizationId, form.getUsername());
                    throw new Conflict("ORGANIZATION_BIDDING", null, "Staff cannot add members to an organization while"
                            + " it has a bid on a challenge still open for bidding: its bids are sealed. Its own members"
                            + " can add colleagues; staff can once bidding has closed. The organization has been told"
                            + " of this attempt.");
                }
            }
        }
        User user = new User(form, hasher.hash(form.getPassword()), organization,
                EnumSet.of(organization.getType().firstUserRole()));
        if (staff) {
            user.markAddedByStaff(cluster.now());
        }
        List<Long> existing = em.createQuery("SELECT u.id FROM User u WHERE u.organization.id = :org", Long.class)
                .setParameter("org", organizationId).getResultList();
        em.persist(user);
        em.flush();
        audit.record("USER_CREATED", "User", user.getId(), null, user.auditState());
        // every member learns of a new member, above all one added from outside (its bids are sealed to all others)
        notifications.notify(existing, "MEMBER_ADDED", organizationId,
                org.jiebang.platform.i18n.Wording.of(staff ? "notify.MEMBER_ADDED_BY_STAFF" : "notify.MEMBER_ADDED", name,
                        user.getDisplayName(), user.getUsername(), organization.getName()),
                "/account/profile");
        return UserView.of(user);
    }

    /**
     * The admin replaces a user's roles.
     *
     * @throws Forbidden unless the caller is admin; RuleBroken when the admin would remove the last admin
     */
    public UserView replaceRoles(long userId, Set<Role> roles) {
        requestAccount.forget();
        caller.requireAnyRole(Role.ADMIN_NAME);
        if (roles == null || roles.isEmpty()) {
            throw InvalidInput.rule("roles", "rolesRequired", "at least one role is required");
        }
        User user = em.find(User.class, userId);
        if (user == null) {
            throw new NotFound();
        }
        if (user.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN) && countAdmins() <= 1) {
            throw new RuleBroken("LAST_ADMIN", "roles", "The last administrator cannot lose the ADMIN role.");
        }
        var before = user.auditState();
        user.replaceRoles(roles);
        audit.record("ROLES_CHANGED", "User", userId, before, user.auditState());
        return UserView.of(user);
    }

    /**
     * The caller changes their own password, giving the current one.
     *
     * @throws RuleBroken {@code WRONG_PASSWORD} when the current password does not match
     */
    public void changePassword(String currentPassword, String newPassword) {
        requestAccount.forget();
        User user = getUser(caller.requireName());
        if (currentPassword == null || !hasher.verify(currentPassword, user.getPasswordHash())) {
            throw new RuleBroken("WRONG_PASSWORD", "currentPassword", "The current password is not correct.");
        }
        PasswordRules.check(newPassword, "newPassword");
        user.changePasswordHash(hasher.hash(newPassword));
        // whoever held a token of the old password loses it
        int revoked = em.createQuery("DELETE FROM ApiToken t WHERE t.user = :user").setParameter("user", user)
                .executeUpdate();
        audit.record("PASSWORD_CHANGED", "User", user.getId(), null, "{\"tokensRevoked\":" + revoked + "}");
    }

    /** Organizations for the staff queue, newest first; {@code status} null for all. Staff only. */
    @Transactional(TxType.SUPPORTS)
    public Page<OrganizationView> organizations(VerificationStatus status, int page, int size) {
        return organizations(status, null, page, size);
    }

    /** The same, narrowed to names containing {@code text} or the credit code {@code text}. */
    @Transactional(TxType.SUPPORTS)
    public Page<OrganizationView> organizations(VerificationStatus status, String text, int page, int size) {
        caller.requireAnyRole(Role.STAFF_NAME, Role.ADMIN_NAME);
        String term = text == null || text.isBlank() ? null : text.strip();
        List<String> conditions = new java.util.ArrayList<>();
        if (status != null) {
            conditions.add("o.status = :status");
        }
        if (term != null) {
            conditions.add("(o.name LIKE :name OR o.uscc = :uscc)");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        var query = em.createQuery(OrganizationView.SELECT + where + " ORDER BY o.createdAt, o.id", OrganizationView.class);
        var count = em.createQuery("SELECT COUNT(o) FROM Organization o" + where, Long.class);
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        if (term != null) {
            String like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            query.setParameter("name", like).setParameter("uscc", term.toUpperCase(java.util.Locale.ROOT));
            count.setParameter("name", like).setParameter("uscc", term.toUpperCase(java.util.Locale.ROOT));
        }
        List<OrganizationView> items = query.setFirstResult(Page.firstRow(page, size))
                .setMaxResults(Page.boundedSize(size)).getResultList();
        return new Page<>(items, Page.total(page, size, items.size(), count::getSingleResult), Math.max(page, 0),
                Page.boundedSize(size));
    }

    /** All users, by user name, for the admin. */
    @Transactional(TxType.SUPPORTS)
    public Page<UserView> users(int page, int size) {
        caller.requireAnyRole(Role.ADMIN_NAME);
        List<User> users = em.createQuery(
                "SELECT u FROM User u LEFT JOIN FETCH u.organization ORDER BY u.username", User.class)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "u.roles")
                .setFirstResult(Page.firstRow(page, size)).setMaxResults(Page.boundedSize(size)).getResultList();
        long total = Page.total(page, size, users.size(),
                () -> em.createQuery("SELECT COUNT(u) FROM User u", Long.class).getSingleResult());
        return new Page<>(users.stream().map(UserView::of).toList(), total, Math.max(page, 0), Page.boundedSize(size));
    }

    /** The caller's own account. */
    @Transactional(TxType.SUPPORTS)
    public UserView me() {
        return UserView.of(myAccount());
    }

    /** The caller's organization, if they belong to one. */
    @Transactional(TxType.SUPPORTS)
    public Optional<OrganizationView> myOrganization() {
        Organization organization = myAccount().getOrganization();
        return Optional.ofNullable(organization).map(OrganizationView::of);
    }

    /** Members of an organization, for its own members and staff. */
    @Transactional(TxType.SUPPORTS)
    public List<UserView> members(long organizationId) {
        caller.requireName();
        if (!caller.hasRole(Role.STAFF_NAME)) {
            Organization mine = myAccount().getOrganization();
            if (mine == null || !mine.getId().equals(organizationId)) {
                throw new NotFound();
            }
        }
        return em.createQuery("SELECT u FROM User u JOIN FETCH u.organization o WHERE o.id = :id ORDER BY u.username",
                User.class).setParameter("id", organizationId)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "u.roles").getResultList().stream().map(UserView::of).toList();
    }

    /**
     * Notifies every member of these organizations (and, when {@code staffToo}, the market's staff),
     * each once: who they are by one plain read, their notifications by one insert. (An insert that
     * selects its recipients itself would lock the accounts it reads on MariaDB, after the audit
     * log's lock: a deadlock with an account being added.)
     */
    @Transactional(TxType.MANDATORY)
    public void notifyMembers(Collection<Long> organizationIds, boolean staffToo, String kind, Long subjectId,
            org.jiebang.platform.i18n.Wording text, String link) {
        List<Long> orgs = organizationIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (orgs.isEmpty() && !staffToo) {
            return;
        }
        List<String> who = new ArrayList<>();
        if (!orgs.isEmpty()) {
            who.add("u.organization.id IN :orgs");
        }
        if (staffToo) {
            who.add("r = :staff");
        }
        jakarta.persistence.TypedQuery<Long> members = em.createQuery("SELECT DISTINCT u.id FROM User u LEFT JOIN u.roles r WHERE "
                + String.join(" OR ", who), Long.class);
        if (!orgs.isEmpty()) {
            members.setParameter("orgs", orgs);
        }
        if (staffToo) {
            members.setParameter("staff", Role.STAFF);
        }
        notifications.notify(members.getResultList(), kind, subjectId, text, link);
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<User> findUser(String username) {
        Long id = username == null ? null : USER_IDS.get(username);
        if (id != null) {
            Optional<User> known = AccountReads.byId(em, id);
            if (known.isPresent() && known.get().getUsername().equals(username)) {
                return known;
            }
            USER_IDS.remove(username);
        }
        Optional<User> found = findFreshUser(username);
        found.ifPresent(u -> {
            if (USER_IDS.size() >= USER_IDS_KEPT) {
                USER_IDS.clear();
            }
            USER_IDS.put(u.getUsername(), u.getId());
        });
        return found;
    }

    /** The account as the database has it now, read by its name: for who may log in with which roles. */
    @Transactional(TxType.SUPPORTS)
    public Optional<User> findFreshUser(String username) {
        return AccountReads.byName(em, username);
    }

    /** The logged-in caller's account with its organization, if someone is logged in. */
    @Transactional(TxType.SUPPORTS)
    public Optional<User> currentUser() {
        Optional<String> name = caller.name();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (transactions.getTransactionKey() != null && transactions.getResource(OneReading.MARK) == null) {
            // this request writes: what it kept may be changed by it
            requestAccount.forget();
            return findUser(name.get());
        }
        Optional<User> kept = requestAccount.get(name.get());
        if (kept == null) {
            // the first reading of the request (outside a transaction, or in a reading, which
            // writes nothing) serves the rest of it, with the bell's count read in the same statement
            Optional<AccountReads.Counted> counted = AccountReads.byNameCounting(em, name.get());
            requestAccount.keep(name.get(), counted.map(AccountReads.Counted::user),
                    counted.map(AccountReads.Counted::unread).orElse(0L));
            kept = counted.map(AccountReads.Counted::user);
        }
        return kept;
    }

    /** How many of the caller's notifications are unread (0 for a visitor): the bell on every page. */
    @Transactional(TxType.SUPPORTS)
    public long unreadNotifications() {
        Optional<User> me = currentUser();
        if (me.isEmpty()) {
            return 0;
        }
        Long kept = requestAccount.unread(me.get().getUsername());
        return kept != null ? kept : notifications.unread(me.get().getId());
    }

    /** The caller's account, as this request read it: for readings only. */
    private User myAccount() {
        caller.requireName();
        return currentUser().orElseThrow(NotFound::new);
    }

    User getUser(String username) {
        return findUser(username).orElseThrow(NotFound::new);
    }

    Organization getOrganization(long id) {
        Organization organization = em.find(Organization.class, id);
        if (organization == null) {
            throw new NotFound();
        }
        return organization;
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<Organization> findOrganizationByUscc(String uscc) {
        return em.createQuery("SELECT o FROM Organization o WHERE o.uscc = :uscc", Organization.class)
                .setParameter("uscc", uscc).getResultStream().findFirst();
    }

    /** Names the platform itself uses (the audit log's actors, the bootstrap admin): nobody registers them. */
    static final Set<String> RESERVED = Set.of("admin", "administrator", "system", "anonymous", "root", "staff", "jiebang");

    private void requireFreeUsername(String username, String field) {
        if (RESERVED.contains(username.toLowerCase(java.util.Locale.ROOT)) || findUser(username).isPresent()) {
            throw new Conflict("USERNAME_TAKEN", field, "This user name is taken.");
        }
    }

    private long countAdmins() {
        return em.createQuery("SELECT COUNT(u) FROM User u JOIN u.roles r WHERE r = :admin", Long.class)
                .setParameter("admin", Role.ADMIN).getSingleResult();
    }
}
