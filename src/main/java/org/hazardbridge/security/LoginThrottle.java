package org.hazardbridge.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing: after three failed logins in a row, a user's next attempts are refused without checking
 * the password until a wait has passed that doubles with each further failure, up to five minutes. A success
 * clears the count. The count is kept in the database ({@code login_failure}), so all nodes share it, and so do
 * the API's HTTP Basic login and the webapps' login form: spreading guesses over nodes or over the two gains
 * nothing.
 *
 * <p>Once a user has a failure recorded, each attempt is counted before its password is checked, by an update
 * that only one of several concurrent attempts wins: guesses sent in parallel get one check between them, not one
 * each. A user with nothing recorded pays one read per login and no write. A user's count is forgotten after an
 * hour without failures, so that made-up user names do not pile up.
 */
@Component
class LoginThrottle {

    private static final int FREE_ATTEMPTS = 3;
    private static final Duration MAX_WAIT = Duration.ofMinutes(5);
    private static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);
    /** Longer than any user id the engine can store: such a login fails without a row being written. */
    static final int MAX_USER_ID = 255;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final IdentityService identity;

    LoginThrottle(JdbcTemplate jdbc, Clock clock, IdentityService identity) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.identity = identity;
    }

    /** What a login checked through the throttle came to: passed, wrong, or refused unchecked for a while. */
    record Outcome(boolean passed, Duration waitLeft) {

        boolean refused() {
            return !waitLeft.isZero();
        }

        /** Whole seconds still to wait, rounded up, at least one: the value of Retry-After. */
        long retryAfterSeconds() {
            return Math.max(1, waitLeft.toSeconds() + (waitLeft.toNanosPart() > 0 ? 1 : 0));
        }
    }

    /**
     * Checks a user's password through the throttle: refused unchecked while the user must wait, else checked
     * and counted. Both logins, the API's HTTP Basic and the webapps' form, go through here.
     */
    Outcome check(String userId, String password) {
        Attempt attempt = begin(userId);
        if (attempt.refused()) {
            return new Outcome(false, attempt.waitLeft());
        }
        if (password == null || userId.length() > MAX_USER_ID || !identity.checkPassword(userId, password)) {
            attempt.failed();
            return new Outcome(false, Duration.ZERO);
        }
        attempt.succeeded();
        return new Outcome(true, Duration.ZERO);
    }

    /** The user's failures in a row. */
    record Record(int failures, Instant last) {

        static final Record NONE = new Record(0, Instant.EPOCH);
    }

    /**
     * One login attempt: refused ({@link #refused()}, with the wait left), or to be checked, after which the caller
     * reports {@link #failed()} or {@link #succeeded()}.
     */
    final class Attempt {

        private final String userId;
        private final Duration wait;
        private final boolean counted;
        private final boolean recorded;

        private Attempt(String userId, Duration wait, boolean counted, boolean recorded) {
            this.userId = userId;
            this.wait = wait;
            this.counted = counted;
            this.recorded = recorded;
        }

        boolean refused() {
            return !wait.isZero();
        }

        /** How long the user must still wait; zero when the attempt may be checked. */
        Duration waitLeft() {
            return wait;
        }

        void failed() {
            if (!counted) {
                count(userId);
            }
        }

        void succeeded() {
            if (recorded) {
                jdbc.update("delete from login_failure where user_id = ?", userId);
            }
        }
    }

    /** Starts an attempt of {@code userId}: refused while the user must wait, else counted if anything is recorded. */
    Attempt begin(String userId) {
        if (userId.length() > MAX_USER_ID) {
            return new Attempt(userId, Duration.ZERO, true, false);
        }
        Record record = recordOf(userId);
        if (record.failures() == 0) {
            return new Attempt(userId, Duration.ZERO, false, false);
        }
        Duration wait = waitFor(record);
        if (!wait.isZero()) {
            return new Attempt(userId, wait, true, true);
        }
        int won = jdbc.update("update login_failure set failures = failures + 1, last_failure = ? where user_id = ?"
                + " and failures = ?", now(), userId, record.failures());
        if (won == 0) {
            // Another attempt counted itself first: it is the one checked now.
            Duration left = waitFor(recordOf(userId));
            return new Attempt(userId, left.isZero() ? Duration.ofSeconds(1) : left, true, true);
        }
        return new Attempt(userId, Duration.ZERO, true, true);
    }

    /** The failures recorded for the user; {@link Record#NONE} when there are none. */
    Record recordOf(String userId) {
        List<Record> rows = jdbc.query("select failures, last_failure from login_failure where user_id = ?",
                (row, n) -> new Record(row.getInt(1), row.getObject(2, OffsetDateTime.class).toInstant()), userId);
        if (rows.isEmpty() || rows.get(0).last().plus(FORGOTTEN_AFTER).isBefore(clock.instant())) {
            return Record.NONE;
        }
        return rows.get(0);
    }

    /** How long a user with these failures must still wait before the next attempt is checked; zero when not. */
    Duration waitFor(Record record) {
        if (record.failures() < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        Duration wait = Duration.ofSeconds(1L << Math.min(record.failures() - FREE_ATTEMPTS, 9));
        Duration left = Duration.between(clock.instant(), record.last().plus(wait.compareTo(MAX_WAIT) > 0
                ? MAX_WAIT : wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Counts a failure of a user with nothing recorded (or only a forgotten count). */
    private void count(String userId) {
        OffsetDateTime now = now();
        OffsetDateTime forgotten = OffsetDateTime.ofInstant(clock.instant().minus(FORGOTTEN_AFTER), ZoneOffset.UTC);
        // A forgotten count starts again at one.
        if (jdbc.update("update login_failure set failures = case when last_failure < ? then 1 else failures + 1 end,"
                + " last_failure = ? where user_id = ?", forgotten, now, userId) > 0) {
            return;
        }
        jdbc.update("delete from login_failure where last_failure < ?", forgotten);
        try {
            jdbc.update("insert into login_failure (user_id, failures, last_failure) values (?, 1, ?)", userId, now);
        } catch (DuplicateKeyException concurrentFirstFailure) {
            jdbc.update("update login_failure set failures = failures + 1, last_failure = ? where user_id = ?", now,
                    userId);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
