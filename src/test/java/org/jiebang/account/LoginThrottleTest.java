package org.jiebang.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Duration LOCK = Duration.ofSeconds(60);
    private final Instant t0 = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void fourFailuresDoNotLock() {
        LoginThrottle throttle = new LoginThrottle("someone", t0);
        for (int i = 0; i < 4; i++) {
            throttle.fail(t0, 5, LOCK);
        }
        assertFalse(throttle.isLockedAt(t0));
    }

    @Test
    void theFifthFailureLocksForSixtySeconds() {
        LoginThrottle throttle = new LoginThrottle("someone", t0);
        for (int i = 0; i < 5; i++) {
            throttle.fail(t0, 5, LOCK);
        }
        assertTrue(throttle.isLockedAt(t0));
        assertTrue(throttle.isLockedAt(t0.plusSeconds(59)));
        assertFalse(throttle.isLockedAt(t0.plusSeconds(60)));
        assertEquals(t0.plusSeconds(60), throttle.getLockedUntil());
    }

    @Test
    void afterTheLockFiveMoreFailuresAreNeededToLockAgain() {
        LoginThrottle throttle = new LoginThrottle("someone", t0);
        for (int i = 0; i < 5; i++) {
            throttle.fail(t0, 5, LOCK);
        }
        Instant later = t0.plusSeconds(61);
        throttle.fail(later, 5, LOCK);
        assertFalse(throttle.isLockedAt(later));
    }
}
