package org.hazardbridge.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing: after three failed logins in a row, a user's next attempts are refused without checking
 * the password until a wait has passed that doubles with each further failure, up to five minutes. A success
 * clears the count. The count is kept in the database ({@code login_failure}), so all nodes share it, and so do
 * the API's HTTP Basic login and the webapps' login form: spreading guesses over nodes or over the two gains
 * nothing.
 */
@Component
class LoginThrottle {

    private static final int FREE_ATTEMPTS = 3;
    private static final Duration MAX_WAIT = Duration.ofMinutes(5);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The user's failures in a row, as read before an attempt. */
    record Record(int failures, Instant last) {

        static final Record NONE = new Record(0, Instant.EPOCH);
    }

    /** The failures recorded for the user; {@link Record#NONE} when there are none. */
    Record recordOf(String userId) {
        List<Record> rows = jdbc.query("select failures, last_failure from login_failure where user_id = ?",
                (row, n) -> new Record(row.getInt(1), row.getObject(2, OffsetDateTime.class).toInstant()), userId);
        return rows.isEmpty() ? Record.NONE : rows.get(0);
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

    void failed(String userId) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String increment = "update login_failure set failures = failures + 1, last_failure = ? where user_id = ?";
        if (jdbc.update(increment, now, userId) > 0) {
            return;
        }
        try {
            jdbc.update("insert into login_failure (user_id, failures, last_failure) values (?, 1, ?)", userId, now);
        } catch (DuplicateKeyException concurrentFirstFailure) {
            jdbc.update(increment, now, userId);
        }
    }

    /** Clears the count after a success; {@code before} is what the attempt read, to skip a write when clean. */
    void succeeded(String userId, Record before) {
        if (before.failures() > 0) {
            jdbc.update("delete from login_failure where user_id = ?", userId);
        }
    }
}
