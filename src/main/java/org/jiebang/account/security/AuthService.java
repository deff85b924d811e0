package org.jiebang.account.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
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
import org.jiebang.account.ApiToken;
import org.jiebang.account.LoginThrottle;
import org.jiebang.account.User;
import org.jiebang.platform.audit.AuditChain;
import org.jiebang.platform.audit.AuditLog;
import org.jiebang.platform.security.PasswordHasher;

/**
 * Checks passwords and bearer tokens (SPEC §2, §10). A name that failed {@code maxFailures} times
 * in a row waits {@code lockSeconds}, whether or not such a user exists, and the answer is the
 * same for both, so that nobody learns which user names exist.
 */
@ApplicationScoped
public class AuthService {

    /** The result of a login attempt. {@code user} is set only for {@link Outcome#OK}. */
    public record Login(Outcome outcome, String username, Set<String> roles, Instant lockedUntil) {
        public boolean ok() {
            return outcome == Outcome.OK;
        }
    }

    public enum Outcome {
        OK, INVALID, LOCKED
    }

    /** A new bearer token, shown once. */
    public record IssuedToken(String token, Instant expiresAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final PasswordHasher hasher = new PasswordHasher();

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    ThrottleRows throttleRows;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "jiebang.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "jiebang.login.lock-seconds", defaultValue = "60")
    long lockSeconds;

    @Inject
    @ConfigProperty(name = "jiebang.token.ttl-seconds", defaultValue = "86400")
    long tokenSeconds;

    /** Checks a user name and password, counting failures; writes each failure to the audit log. */
    @Transactional
    public Login login(String username, String password) {
        Instant now = clock.instant();
        String name = username == null ? "" : username.strip();
        if (name.isEmpty() || name.length() > User.USERNAME_LENGTH || password == null) {
            return new Login(Outcome.INVALID, null, Set.of(), null);
        }
        try {
            throttleRows.ensure(name, now);
        } catch (RuntimeException createdInParallel) {
            // another attempt made the row a moment ago: it is there to lock
        }
        LoginThrottle throttle = em.find(LoginThrottle.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (throttle.isLockedAt(now)) {
            return new Login(Outcome.LOCKED, null, Set.of(), throttle.getLockedUntil());
        }
        Optional<User> user = accounts.findFreshUser(name).filter(User::isEnabled);
        boolean matches;
        if (user.isPresent()) {
            matches = hasher.verify(password, user.get().getPasswordHash());
        } else {
            hasher.verifyNothing(password);
            matches = false;
        }
        if (matches) {
            throttle.succeed();
            return new Login(Outcome.OK, user.get().getUsername(), user.get().roleNames(), null);
        }
        throttle.fail(now, maxFailures, Duration.ofSeconds(lockSeconds));
        audit.record(name, "LOGIN_FAILED", "User", name, null,
                throttle.isLockedAt(now) ? "{\"lockedUntil\":\"" + throttle.getLockedUntil() + "\"}" : null);
        return throttle.isLockedAt(now)
                ? new Login(Outcome.LOCKED, null, Set.of(), throttle.getLockedUntil())
                : new Login(Outcome.INVALID, null, Set.of(), null);
    }

    /** A new bearer token for a user who has just logged in. */
    @Transactional
    public IssuedToken issueToken(String username) {
        User user = accounts.findFreshUser(username).orElseThrow();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        em.persist(new ApiToken(AuditChain.sha256(token), user, now, now.plusSeconds(tokenSeconds)));
        return new IssuedToken(token, now.plusSeconds(tokenSeconds));
    }

    /** The user a live token belongs to, with their current roles. */
    @Transactional(TxType.SUPPORTS)
    public Optional<Login> authenticateToken(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return em.createQuery("SELECT t FROM ApiToken t JOIN FETCH t.user WHERE t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", AuditChain.sha256(token))
                .setHint("eclipselink.left-join-fetch", "t.user.roles")
                .getResultStream()
                .filter(t -> t.isValidAt(now) && t.getUser().isEnabled())
                .findFirst()
                .map(t -> new Login(Outcome.OK, t.getUser().getUsername(), t.getUser().roleNames(), null));
    }

    /** Current roles of a user, read again on each session request so that role changes apply at once. */
    @Transactional(TxType.SUPPORTS)
    public Set<String> rolesOf(String username) {
        return accounts.findFreshUser(username).filter(User::isEnabled).map(User::roleNames).orElse(Set.of());
    }
}
