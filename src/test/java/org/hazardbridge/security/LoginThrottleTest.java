package org.hazardbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void letsThreeFailuresPassUnchecked() {
        fail(3);

        assertThat(throttle.waitFor("officer320509")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("officer330421")).isZero();
    }

    @Test
    void doublesTheWaitWithEachFurtherFailure() {
        fail(5);

        assertThat(throttle.waitFor("officer320509")).isEqualTo(Duration.ofSeconds(4));
        clock.advance(Duration.ofSeconds(4));
        assertThat(throttle.waitFor("officer320509")).isZero();
    }

    @Test
    void capsTheWaitAtFiveMinutes() {
        fail(40);

        assertThat(throttle.waitFor("officer320509")).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void clearsTheCountOnSuccess() {
        fail(6);

        throttle.succeeded("officer320509");

        assertThat(throttle.waitFor("officer320509")).isZero();
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
