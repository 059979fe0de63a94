package org.hazardbridge.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hazardbridge.common.DatabaseOutage;
import org.hazardbridge.common.ProblemBodies;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 from the security chains as {@code application/problem+json}, like every other refusal; the 401
 * carries the Basic challenge, so Camunda Modeler and browsers ask for credentials.
 */
final class ProblemResponses {

    static final String REALM = "HazardBridge";

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            if (e instanceof IdentityUnavailableException) {
                response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS);
                write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "service-unavailable",
                        "Service Unavailable", DatabaseOutage.MESSAGE);
                return;
            }
            if (e instanceof LoginThrottledException throttled) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
                write(response, 429, "too-many-logins", "Too Many Requests", LoginThrottledException.MESSAGE);
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "Unauthorized",
                    "需要登录：请用 HazardBridge 用户名和密码（HTTP Basic）");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "Forbidden",
                "当前用户无权访问此资源");
    }

    private static void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        ProblemBodies.write(response, status, type, title, detail);
    }
}
