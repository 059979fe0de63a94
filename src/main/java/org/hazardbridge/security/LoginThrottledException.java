package org.hazardbridge.security;

import java.time.Duration;
import org.springframework.security.authentication.BadCredentialsException;

/** A login refused unchecked while its user must wait after failed attempts: 429 with Retry-After, not 401. */
class LoginThrottledException extends BadCredentialsException {

    static final String MESSAGE = "登录失败次数过多，请稍后再试";

    private final Duration wait;

    LoginThrottledException(Duration wait) {
        super(MESSAGE);
        this.wait = wait;
    }

    /** Whole seconds to wait, rounded up, at least one: the value of Retry-After. */
    long retryAfterSeconds() {
        return Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }
}
