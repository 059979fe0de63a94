package org.hazardbridge.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.hazardbridge.common.Callers;
import org.hazardbridge.common.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password against the Camunda identity service, the same users and groups that Tasklist
 * knows. Each Camunda group becomes an authority {@code GROUP_<groupId>}. The password is never logged.
 */
@Component
class IdentityAuthenticationProvider implements AuthenticationProvider {

    static final String GROUP_PREFIX = Callers.GROUP_PREFIX;

    private static final Logger log = LoggerFactory.getLogger(IdentityAuthenticationProvider.class);

    private final IdentityService identity;
    private final LoginThrottle throttle;
    private final DatabaseOutage outage;

    IdentityAuthenticationProvider(IdentityService identity, LoginThrottle throttle, DatabaseOutage outage) {
        this.identity = identity;
        this.throttle = throttle;
        this.outage = outage;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        try {
            return check(request);
        } catch (RuntimeException e) {
            if (outage.explains(e)) {
                // Not a failed login: the throttle does not count it, and the caller is told to come back.
                throw new IdentityUnavailableException(e);
            }
            throw e;
        }
    }

    private Authentication check(Authentication request) {
        String userId = request.getName();
        Object password = request.getCredentials();
        LoginThrottle.Outcome outcome = throttle.check(userId, password == null ? null : password.toString());
        if (outcome.refused()) {
            log.warn("Login for user {} refused: too many failed attempts, retry in {}", userId, outcome.waitLeft());
            throw new LoginThrottledException(outcome.retryAfterSeconds());
        }
        if (!outcome.passed()) {
            log.warn("Failed login for user {}", userId);
            throw new BadCredentialsException("用户名或密码错误");
        }
        List<SimpleGrantedAuthority> groups = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).map(id -> new SimpleGrantedAuthority(GROUP_PREFIX + id)).toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
