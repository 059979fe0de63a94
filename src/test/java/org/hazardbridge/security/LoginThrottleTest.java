package org.hazardbridge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final JdbcTemplate jdbc = new JdbcTemplate(new EmbeddedDatabaseBuilder().generateUniqueName(true)
            .setType(EmbeddedDatabaseType.H2).addScript("db/migration/V8__login_failure.sql").build());
    /** The attempts here report their outcome themselves: no password is checked. */
    private final IdentityService identity = mock(IdentityService.class);
    private final LoginThrottle throttle = new LoginThrottle(jdbc, clock, identity);
    /** A second node on the same database. */
    private final LoginThrottle otherNode = new LoginThrottle(jdbc, clock, identity);

    @Test
    void letsThreeFailuresPassUnchecked() {
        fail(3);

        assertThat(waitFor("officer320509")).isEqualTo(Duration.ofSeconds(1));
        assertThat(waitFor("officer330421")).isZero();
    }

    @Test
    void doublesTheWaitWithEachFurtherFailure() {
        fail(5);

        assertThat(waitFor("officer320509")).isEqualTo(Duration.ofSeconds(4));
        clock.advance(Duration.ofSeconds(4));
        assertThat(waitFor("officer320509")).isZero();
    }

    @Test
    void capsTheWaitAtFiveMinutes() {
        fail(40);

        assertThat(waitFor("officer320509")).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void clearsTheCountOnSuccess() {
        fail(6);

        clock.advance(Duration.ofSeconds(8));
        LoginThrottle.Attempt attempt = throttle.begin("officer320509");
        assertThat(attempt.refused()).isFalse();
        attempt.succeeded();

        assertThat(waitFor("officer320509")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from login_failure", Integer.class)).isZero();
    }

    @Test
    void countsTheFailuresOfAllNodesTogether() {
        throttle.begin("officer320509").failed();
        otherNode.begin("officer320509").failed();
        throttle.begin("officer320509").failed();

        assertThat(otherNode.waitFor(otherNode.recordOf("officer320509"))).isEqualTo(Duration.ofSeconds(1));
        assertThat(otherNode.recordOf("officer320509").failures()).isEqualTo(3);
    }

    @Test
    void aSuccessWithNothingRecordedWritesNothing() {
        LoginThrottle.Attempt clean = throttle.begin("officer320509");
        otherNode.begin("officer320509").failed();

        clean.succeeded();

        assertThat(throttle.recordOf("officer320509").failures())
                .as("a failure another node recorded meanwhile is kept").isEqualTo(1);
    }

    @Test
    void countsAnAttemptBeforeItsPasswordIsCheckedOnceAFailureIsRecorded() {
        fail(3);
        clock.advance(Duration.ofSeconds(1));

        LoginThrottle.Attempt checked = throttle.begin("officer320509");
        assertThat(checked.refused()).isFalse();
        assertThat(throttle.recordOf("officer320509").failures()).as("counted before the outcome").isEqualTo(4);
        LoginThrottle.Attempt parallel = otherNode.begin("officer320509");
        assertThat(parallel.refused()).as("a guess sent alongside, on another node").isTrue();
        assertThat(parallel.waitLeft()).isEqualTo(Duration.ofSeconds(2));

        checked.failed();
        assertThat(throttle.recordOf("officer320509").failures()).as("not counted twice").isEqualTo(4);
    }

    @Test
    void forgetsACountAfterAnHourWithoutFailures() {
        fail(6);
        clock.advance(Duration.ofMinutes(61));

        LoginThrottle.Attempt attempt = throttle.begin("officer320509");
        assertThat(attempt.refused()).isFalse();
        attempt.failed();

        assertThat(throttle.recordOf("officer320509").failures()).isEqualTo(1);
    }

    @Test
    void writesNothingForAUserIdNoUserCanHave() {
        throttle.begin("x".repeat(LoginThrottle.MAX_USER_ID + 1)).failed();

        assertThat(jdbc.queryForObject("select count(*) from login_failure", Integer.class)).isZero();
    }

    private Duration waitFor(String userId) {
        return throttle.waitFor(throttle.recordOf(userId));
    }

    /** Failed attempts, each sent once the wait before it has passed. */
    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            clock.advance(waitFor("officer320509"));
            LoginThrottle.Attempt attempt = throttle.begin("officer320509");
            assertThat(attempt.refused()).isFalse();
            attempt.failed();
        }
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-12-03T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
