package org.hazardbridge.security;

import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The product's API ({@code /api/**}) and the engine's REST API ({@code /engine-rest/**}, which Camunda Modeler
 * deploys to) take HTTP Basic against the Camunda identity service and answer an unauthenticated request with 401
 * and a {@code WWW-Authenticate} challenge, so Modeler asks for credentials. The caller becomes the engine's
 * authenticated user for the request, so the engine's authorization checks apply to it. The Camunda webapps keep
 * their own login.
 */
@Configuration
class SecurityConfiguration {

    /**
     * The engine's {@code identity/verify} (on {@code /engine-rest} and the webapps' engine API) tells any signed-in
     * user whether any user's password is right, past the login throttle; no webapp uses it.
     */
    private static final RequestMatcher PASSWORD_CHECK = AntPathRequestMatcher.antMatcher("/**/identity/verify/**");

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, IdentityService identity) throws Exception {
        http.securityMatcher("/api/**").authorizeHttpRequests(requests -> requests
                .requestMatchers("/api/experts/**", "/api/experts").access(managersOrSupervisors())
                .anyRequest().authenticated());
        return basic(http, identity);
    }

    @Bean
    @Order(2)
    SecurityFilterChain engineRest(HttpSecurity http, IdentityService identity) throws Exception {
        // The engine's REST API is a Jersey servlet of its own, outside Spring MVC: match the raw request path.
        http.securityMatcher(AntPathRequestMatcher.antMatcher("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests.requestMatchers(PASSWORD_CHECK).denyAll()
                        .anyRequest().authenticated());
        return basic(http, identity);
    }

    /** Stateless HTTP Basic with problem answers, the caller becoming the engine's user for the request. */
    private static SecurityFilterChain basic(HttpSecurity http, IdentityService identity) throws Exception {
        return http.httpBasic(basic -> basic.realmName(ProblemResponses.REALM)
                        .authenticationEntryPoint(ProblemResponses.unauthorized()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterAfter(new EngineAuthenticationFilter(identity), BasicAuthenticationFilter.class)
                .build();
    }

    /**
     * A request the firewall refuses (a header value with characters HTTP does not allow, such as a Chinese
     * {@code Idempotency-Key}) is the client's error: 400, not 500.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler(HttpServletResponse.SC_BAD_REQUEST);
    }

    @Bean
    @Order(3)
    SecurityFilterChain webapps(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.requestMatchers(PASSWORD_CHECK).denyAll()
                        .anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .build();
    }

    private static AuthorizationManager<RequestAuthorizationContext> managersOrSupervisors() {
        return (authentication, context) -> new AuthorizationDecision(isManagerOrSupervisor(authentication.get()));
    }

    private static boolean isManagerOrSupervisor(Authentication caller) {
        return caller != null && caller.isAuthenticated() && caller.getAuthorities().stream()
                .map(authority -> authority.getAuthority())
                .anyMatch(a -> a.startsWith("GROUP_managers") || a.equals("GROUP_supervisors"));
    }
}
