package org.hazardbridge.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses JSON bodies over 1 MB on the product's and the engine's APIs before they are read, with 413: no report
 * or form is that large, and reading a huge body would only tie up memory. Uploads (multipart) have their own
 * limit.
 */
@Component
class JsonBodyLimit extends OncePerRequestFilter {

    static final DataSize LIMIT = DataSize.ofMegabytes(1);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        String type = request.getContentType();
        return !(path.startsWith("/api/") || path.startsWith("/engine-rest/"))
                || type == null || !type.toLowerCase().contains("json");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > LIMIT.toBytes() || request.getContentLengthLong() < 0) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"https://hazardbridge.org/problems/payload-too-large\","
                    + "\"title\":\"Payload Too Large\",\"status\":413,"
                    + "\"detail\":\"请求体须带长度且不超过 1 MB\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
