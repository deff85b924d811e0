package org.jiebang.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jiebang.platform.change.PrivateRecord;

/**
 * Failed logins for one user name, kept whether or not the user exists so that the answer never
 * tells (SPEC §2: login failures are throttled). After {@code maxFailures} failures in a row the
 * name waits {@code lock}; a success clears the record.
 */
@Entity
@PrivateRecord
@Table(name = "login_throttle")
public class LoginThrottle {

    @Id
    @Column(length = User.USERNAME_LENGTH)
    private String username;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure", nullable = false)
    private Instant lastFailure;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginThrottle() {
    }

    public LoginThrottle(String username, Instant now) {
        this.username = username;
        this.lastFailure = now;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; the {@code maxFailures}-th in a row locks the name for {@code lock}. */
    public void fail(Instant now, int maxFailures, Duration lock) {
        failures++;
        lastFailure = now;
        if (failures >= maxFailures) {
            lockedUntil = now.plus(lock);
            failures = 0;
        }
    }

    /** A successful login starts the count again. */
    public void succeed() {
        failures = 0;
        lockedUntil = null;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public int getFailures() {
        return failures;
    }
}
