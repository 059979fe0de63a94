package org.hazardbridge.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing: after three failed logins in a row, a user's next attempts are refused without checking
 * the password until a wait has passed that doubles with each further failure, up to five minutes. A success
 * clears the count. The count is kept per application node: an attacker spreading guesses over nodes gets one
 * allowance per node, which still bounds the rate.
 */
@Component
class LoginThrottle {

    private static final int FREE_ATTEMPTS = 3;
    private static final Duration MAX_WAIT = Duration.ofMinutes(5);

    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the user must still wait before the next attempt is checked; zero when it may be. */
    Duration waitFor(String userId) {
        Failures record = failures.get(userId);
        if (record == null || record.count() < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        Duration wait = Duration.ofSeconds(1L << Math.min(record.count() - FREE_ATTEMPTS, 9));
        Duration left = Duration.between(clock.instant(), record.last().plus(wait.compareTo(MAX_WAIT) > 0
                ? MAX_WAIT : wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    void failed(String userId) {
        failures.merge(userId, new Failures(1, clock.instant()),
                (old, next) -> new Failures(old.count() + 1, next.last()));
    }

    void succeeded(String userId) {
        failures.remove(userId);
    }

    private record Failures(int count, Instant last) {
    }
}
