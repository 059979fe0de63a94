package org.hazardbridge.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses JSON bodies over 1 MB on the product's and the engine's APIs with 413: no report or form is that large,
 * and reading a huge body would only tie up memory. A declared length over the limit is refused before reading;
 * a body of unknown length is cut off as soon as it passes the limit. Uploads (multipart) have their own limit.
 */
@Component
class JsonBodyLimit extends OncePerRequestFilter {

    static final DataSize LIMIT = DataSize.ofMegabytes(1);
    static final String DETAIL = "请求体不得超过 1 MB";

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
        if (request.getContentLengthLong() > LIMIT.toBytes()) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"https://hazardbridge.org/problems/payload-too-large\","
                    + "\"title\":\"Payload Too Large\",\"status\":413,\"detail\":\"" + DETAIL + "\"}");
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request) : request, response);
    }

    /** Thrown when a body of unknown length passes the limit while it is read. */
    static class BodyTooLargeException extends RuntimeException {

        BodyTooLargeException() {
            super(DETAIL);
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int next = in.read();
                    if (next >= 0 && ++read > LIMIT.toBytes()) {
                        throw new BodyTooLargeException();
                    }
                    return next;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
