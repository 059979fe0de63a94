package org.hazardbridge.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.hazardbridge.common.ProblemBodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The login throttle on the webapps' own login form (Tasklist, Cockpit, Admin post it to
 * {@code /camunda/api/admin/auth/user/{engine}/login/{app}}), which checks passwords itself, outside the security
 * chains of the API. It counts the same failures as the API's login ({@link LoginThrottle}): while a user must
 * wait, the form is answered 429 with {@code Retry-After} and a message the login page shows, without the password
 * being checked. The filter checks the password itself before the webapps do: a wrong one is answered 401 here,
 * with a message the login page shows, and counts as a failure; a right one clears the count and goes on to the
 * webapps, which may still refuse a user that webapp (403).
 */
@Configuration(proxyBeanMethods = false)
class WebappLoginThrottle {

    @Bean
    FilterRegistrationBean<ThrottleFilter> webappLoginThrottleFilter(LoginThrottle throttle, IdentityService identity,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
        FilterRegistrationBean<ThrottleFilter> registration = new FilterRegistrationBean<>(new ThrottleFilter(
                throttle, identity, Pattern.compile(Pattern.quote(applicationPath) + "/api/admin/auth/user/[^/]+/login/[^/]+")));
        registration.addUrlPatterns(applicationPath + "/api/admin/auth/user/*");
        // After the webapps' outage filter (which answers 503 when the count cannot be read), before their own.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    static final class ThrottleFilter extends OncePerRequestFilter {

        static final String DETAIL = "登录失败次数过多，请稍后再试";
        static final String WRONG = "用户名或密码错误";
        /** A login form is a user name and a password; a larger body is refused rather than read whole. */
        static final int MAX_FORM_BYTES = 16 * 1024;

        private static final Logger log = LoggerFactory.getLogger(ThrottleFilter.class);

        private final LoginThrottle throttle;
        private final IdentityService identity;
        private final Pattern loginPath;

        ThrottleFilter(LoginThrottle throttle, IdentityService identity, Pattern loginPath) {
            this.throttle = throttle;
            this.identity = identity;
            this.loginPath = loginPath;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"POST".equals(request.getMethod()) || !loginPath.matcher(request.getRequestURI()).matches();
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            byte[] body = request.getInputStream().readNBytes(MAX_FORM_BYTES + 1);
            if (body.length > MAX_FORM_BYTES) {
                ProblemBodies.writeForWebapps(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "payload-too-large", "Payload Too Large", "请求体过大");
                return;
            }
            Map<String, String> form = form(body);
            String userId = form.get("username");
            String password = form.get("password");
            if (userId == null || userId.isBlank() || password == null) {
                chain.doFilter(new ReplayedBody(request, body), response);
                return;
            }
            LoginThrottle.Record before = throttle.recordOf(userId);
            Duration wait = throttle.waitFor(before);
            if (!wait.isZero()) {
                log.warn("Webapp login for user {} refused: too many failed attempts, retry in {}", userId, wait);
                long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, seconds)));
                ProblemBodies.writeForWebapps(response, 429, "too-many-logins", "Too Many Requests", DETAIL);
                return;
            }
            // Checked here rather than read from the webapps' answer: their 401 also stands for a user they could
            // not make a session for, which is not a wrong password.
            if (!identity.checkPassword(userId, password)) {
                throttle.failed(userId);
                log.warn("Failed webapp login for user {}", userId);
                ProblemBodies.writeForWebapps(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                        "Unauthorized", WRONG);
                return;
            }
            throttle.succeeded(userId, before);
            chain.doFilter(new ReplayedBody(request, body), response);
        }

        private static Map<String, String> form(byte[] body) {
            Map<String, String> fields = new HashMap<>();
            for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    fields.putIfAbsent(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
                }
            }
            return fields;
        }

        private static String decode(String text) {
            try {
                return URLDecoder.decode(text, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return null;
            }
        }
    }

    /** The request with the body this filter read, for the webapps to read again. */
    static final class ReplayedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the login form is read blocking");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
                    encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding)));
        }
    }
}
