package org.hazardbridge.security;

import org.springframework.security.authentication.BadCredentialsException;

/** A login refused unchecked while its user must wait after failed attempts: 429 with Retry-After, not 401. */
class LoginThrottledException extends BadCredentialsException {

    static final String MESSAGE = "登录失败次数过多，请稍后再试";

    private final long retryAfterSeconds;

    LoginThrottledException(long retryAfterSeconds) {
        super(MESSAGE);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The value of Retry-After. */
    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
