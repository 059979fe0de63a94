package org.hazardbridge.common;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;

/**
 * Problem answers written by servlet filters and the security chains, which answer before Spring MVC and its
 * exception handlers do.
 */
public final class ProblemBodies {

    private ProblemBodies() {
    }

    /** Writes an {@code application/problem+json} answer; {@code type} is the last part of the type URI. */
    public static void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        write(response, status, type, title, detail, "");
    }

    /**
     * The same with the detail also as {@code message}, the field Camunda's webapps show from a failed call (the
     * login page shows it, and otherwise claims wrong credentials).
     */
    public static void writeForWebapps(HttpServletResponse response, int status, String type, String title,
            String detail) throws IOException {
        write(response, status, type, title, detail, ",\"message\":\"" + detail + "\"");
    }

    private static void write(HttpServletResponse response, int status, String type, String title, String detail,
            String more) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"https://hazardbridge.org/problems/" + type + "\",\"title\":\""
                + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"" + more + "}");
    }
}
