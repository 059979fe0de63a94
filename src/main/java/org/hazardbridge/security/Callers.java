package org.hazardbridge.security;

import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller of the current request, from the security context. */
public final class Callers {

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
                .filter(a -> a.startsWith(IdentityAuthenticationProvider.GROUP_PREFIX))
                .map(a -> a.substring(IdentityAuthenticationProvider.GROUP_PREFIX.length()))
                .collect(Collectors.toSet())));
    }
}
