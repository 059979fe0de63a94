package org.hazardbridge.common;

import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller of the current request, from the security context. */
public final class Callers {

    /** Spring Security authorities that stand for Camunda groups carry this prefix. */
    public static final String GROUP_PREFIX = "GROUP_";

    private Callers() {
    }

    /** The authenticated caller; empty outside a request, such as in the engine's job executor. */
    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(new Caller(authentication.getName(), authentication.getAuthorities().stream()
                .map(a -> a.getAuthority())
                .filter(a -> a.startsWith(GROUP_PREFIX))
                .map(a -> a.substring(GROUP_PREFIX.length()))
                .collect(Collectors.toSet())));
    }
}
