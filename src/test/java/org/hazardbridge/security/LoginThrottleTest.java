package org.hazardbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final JdbcTemplate jdbc = new JdbcTemplate(new EmbeddedDatabaseBuilder().generateUniqueName(true)
            .setType(EmbeddedDatabaseType.H2).addScript("db/migration/V8__login_failure.sql").build());
    private final LoginThrottle throttle = new LoginThrottle(jdbc, clock);
    /** A second node on the same database. */
    private final LoginThrottle otherNode = new LoginThrottle(jdbc, clock);

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

        throttle.succeeded("officer320509", throttle.recordOf("officer320509"));

        assertThat(waitFor("officer320509")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from login_failure", Integer.class)).isZero();
    }

    @Test
    void countsTheFailuresOfAllNodesTogether() {
        throttle.failed("officer320509");
        otherNode.failed("officer320509");
        throttle.failed("officer320509");

        assertThat(otherNode.waitFor(otherNode.recordOf("officer320509"))).isEqualTo(Duration.ofSeconds(1));
        assertThat(otherNode.recordOf("officer320509").failures()).isEqualTo(3);
    }

    @Test
    void aSuccessWithNothingRecordedWritesNothing() {
        LoginThrottle.Record clean = throttle.recordOf("officer320509");
        throttle.failed("officer320509");

        throttle.succeeded("officer320509", clean);

        assertThat(throttle.recordOf("officer320509").failures())
                .as("a failure another node recorded meanwhile is kept").isEqualTo(1);
    }

    private Duration waitFor(String userId) {
        return throttle.waitFor(throttle.recordOf(userId));
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed("officer320509");
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
