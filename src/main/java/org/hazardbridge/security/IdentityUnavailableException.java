package org.hazardbridge.security;

import org.hazardbridge.common.DatabaseOutage;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

/** A login that could not be checked because the database holding the users is unreachable: 503, not 401. */
class IdentityUnavailableException extends InternalAuthenticationServiceException {

    IdentityUnavailableException(Throwable cause) {
        super(DatabaseOutage.MESSAGE, cause);
    }
}
