package org.hazardbridge.security;

import jakarta.servlet.FilterChain;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hazardbridge.common.ProblemBodies;
import org.hazardbridge.common.BytesInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The login throttle on the webapps' own login form (Tasklist, Cockpit, Admin post it to
 * {@code /camunda/api/admin/auth/user/{engine}/login/{app}}), which checks passwords itself, outside the security
 * chains of the API. It counts the same failures as the API's login ({@link LoginThrottle}): while a user must
 * wait, the form is answered 429 with {@code Retry-After} and a message the login page shows, without the password
 * being checked. The filter checks the password itself before the webapps do: a wrong one is answered 401 here,
 * with a message the login page shows, and counts as a failure; a right one clears the count and goes on to the
 * webapps, which may still refuse a user that webapp (403). They get a body made again of exactly the name and
 * password checked here; a form in another charset than UTF-8 is refused (415), since they would decode it
 * otherwise.
 */
@Configuration(proxyBeanMethods = false)
class WebappLoginThrottle {

    @Bean
    FilterRegistrationBean<ThrottleFilter> webappLoginThrottleFilter(LoginThrottle throttle,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
        FilterRegistrationBean<ThrottleFilter> registration = new FilterRegistrationBean<>(new ThrottleFilter(
                throttle, Pattern.compile(Pattern.quote(applicationPath)
                        + "/api/admin/auth/user/[^/]+/login(/.*)?")));
        registration.addUrlPatterns(applicationPath + "/api/admin/*");
        // After the webapps' outage filter (which answers 503 when the count cannot be read), before their own.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    static final class ThrottleFilter extends OncePerRequestFilter {

        static final String WRONG = "用户名或密码错误";
        static final String UNSUPPORTED = "登录表单须为 application/x-www-form-urlencoded，字符集 UTF-8";
        /** A login form is a user name and a password; a larger body is refused rather than read whole. */
        static final int MAX_FORM_BYTES = 16 * 1024;

        private static final Logger log = LoggerFactory.getLogger(ThrottleFilter.class);

        private final LoginThrottle throttle;
        private final Pattern loginPath;

        ThrottleFilter(LoginThrottle throttle, Pattern loginPath) {
            this.throttle = throttle;
            this.loginPath = loginPath;
        }

        /**
         * Every POST to the login resource and below, on the decoded path as the webapps route it (so that neither
         * a trailing slash nor a percent-encoded letter passes by).
         */
        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
            return !"POST".equalsIgnoreCase(request.getMethod()) || !loginPath.matcher(path).matches();
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!isUtf8Form(request)) {
                // The webapps would decode another charset than this filter: what it checked is what they get.
                ProblemBodies.writeForWebapps(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                        "unsupported-media-type", "Unsupported Media Type", UNSUPPORTED);
                return;
            }
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
                wrong(response);
                return;
            }
            // Checked here rather than read from the webapps' answer: their 401 also stands for a user they could
            // not make a session for, which is not a wrong password.
            LoginThrottle.Outcome outcome = throttle.check(userId, password);
            if (outcome.refused()) {
                log.warn("Webapp login for user {} refused: too many failed attempts, retry in {}", userId,
                        outcome.waitLeft());
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(outcome.retryAfterSeconds()));
                ProblemBodies.writeForWebapps(response, 429, "too-many-logins", "Too Many Requests",
                        LoginThrottledException.MESSAGE);
                return;
            }
            if (!outcome.passed()) {
                log.warn("Failed webapp login for user {}", userId.length() > 64 ? userId.substring(0, 64) + "…"
                        : userId);
                wrong(response);
                return;
            }
            chain.doFilter(new CheckedForm(request, userId, password), response);
        }

        private static boolean isUtf8Form(HttpServletRequest request) {
            try {
                MediaType type = MediaType.parseMediaType(request.getContentType());
                return MediaType.APPLICATION_FORM_URLENCODED.equalsTypeAndSubtype(type)
                        && (type.getCharset() == null || StandardCharsets.UTF_8.equals(type.getCharset()));
            } catch (IllegalArgumentException unreadable) {
                // No type, a malformed one, or a charset the JDK does not know (UnsupportedCharsetException).
                return false;
            }
        }

        private static void wrong(HttpServletResponse response) throws IOException {
            ProblemBodies.writeForWebapps(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                    "Unauthorized", WRONG);
        }

        private static Map<String, String> form(byte[] body) {
            Map<String, String> fields = new HashMap<>();
            for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
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

    /**
     * The request as the webapps get it: a body made again of exactly the user name and password this filter
     * checked, in UTF-8, whatever else the client sent.
     */
    static final class CheckedForm extends HttpServletRequestWrapper {

        private static final String TYPE = MediaType.APPLICATION_FORM_URLENCODED_VALUE + ";charset=UTF-8";

        private final byte[] body;

        CheckedForm(HttpServletRequest request, String userId, String password) {
            super(request);
            this.body = ("username=" + URLEncoder.encode(userId, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String getContentType() {
            return TYPE;
        }

        @Override
        public String getCharacterEncoding() {
            return StandardCharsets.UTF_8.name();
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public String getHeader(String name) {
            if (HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                return TYPE;
            }
            if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                return Integer.toString(body.length);
            }
            return super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            String value = HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
                    || HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name) ? getHeader(name) : null;
            return value != null ? Collections.enumeration(List.of(value)) : super.getHeaders(name);
        }

        @Override
        public ServletInputStream getInputStream() {
            return new BytesInputStream(body);
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }
    }
}
