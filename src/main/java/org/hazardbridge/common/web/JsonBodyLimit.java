package org.hazardbridge.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hazardbridge.common.ProblemBodies;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses JSON bodies over 1 MB on the product's and the engine's APIs, and any body over 10 MB on the engine's
 * (deployments), with 413, before the caller is checked: no report, form or model is that large, and reading a
 * huge body would only tie up memory. A declared length over the limit is refused before reading; a body of
 * unknown length is cut off as soon as it passes the limit. The product's uploads have their own multipart limit.
 */
@Component
class JsonBodyLimit extends OncePerRequestFilter {

    static final DataSize LIMIT = DataSize.ofMegabytes(1);
    /** Any body on the engine's REST API, such as a deployment, before the caller is even checked. */
    static final DataSize ENGINE_LIMIT = DataSize.ofMegabytes(10);
    static final String DETAIL = "请求体过大";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return limitOf(request) < 0;
    }

    private static long limitOf(HttpServletRequest request) {
        String path = request.getRequestURI();
        String type = request.getContentType();
        if (path.startsWith("/engine-rest/")) {
            return type != null && type.toLowerCase().contains("json") ? LIMIT.toBytes() : ENGINE_LIMIT.toBytes();
        }
        return path.startsWith("/api/") && type != null && type.toLowerCase().contains("json") ? LIMIT.toBytes() : -1;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitOf(request);
        if (request.getContentLengthLong() > limit) {
            ProblemBodies.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "payload-too-large",
                    "Payload Too Large", DETAIL);
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request, limit) : request, response);
    }

    /** Thrown when a body of unknown length passes the limit while it is read. */
    static class BodyTooLargeException extends RuntimeException {

        BodyTooLargeException() {
            super(DETAIL);
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int next = in.read();
                    if (next >= 0 && ++read > limit) {
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
