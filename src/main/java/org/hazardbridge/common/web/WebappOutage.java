package org.hazardbridge.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.function.IntPredicate;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.hazardbridge.common.DatabaseOutage;
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
 * Camunda's webapps (Tasklist, Cockpit, Admin, and their login and API under {@code /camunda}) answer a request
 * that failed because the database cannot be reached as the product's own API does: 503 with the product's problem
 * body and {@code Retry-After}, instead of their own 500 that names an internal exception.
 *
 * <p>The webapps turn a failure into a 500 themselves, inside their own REST applications, so the cause is not at
 * hand here: a 500 is held back unsent, and replaced when the database does not answer at that moment. Any other
 * 500 goes out as the webapps wrote it. A failure that leaves the webapps' filters is judged by its cause.
 */
@Configuration(proxyBeanMethods = false)
class WebappOutage {

    @Bean
    FilterRegistrationBean<OutageFilter> webappOutageFilter(DatabaseOutage outage,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
        FilterRegistrationBean<OutageFilter> registration = new FilterRegistrationBean<>(new OutageFilter(outage));
        registration.addUrlPatterns(applicationPath + "/*");
        // Before the webapps' own filters (authentication, CSRF), which also read the database.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    static final class OutageFilter extends OncePerRequestFilter {

        private static final Logger log = LoggerFactory.getLogger(OutageFilter.class);

        private final DatabaseOutage outage;

        OutageFilter(DatabaseOutage outage) {
            this.outage = outage;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            HoldingServerErrors held = new HoldingServerErrors(response);
            try {
                chain.doFilter(request, held);
            } catch (IOException | ServletException | RuntimeException e) {
                if (response.isCommitted() || !outage.explains(e)) {
                    throw e;
                }
                unavailable(request, response, e.toString());
                return;
            }
            if (held.status == 0) {
                held.flushWriter();
                return;
            }
            if (outage.isDown()) {
                unavailable(request, response, "the webapp answered " + held.status);
            } else {
                held.release();
            }
        }

        private static void unavailable(HttpServletRequest request, HttpServletResponse response, String why)
                throws IOException {
            log.warn("Webapp request {} {} refused, the database cannot be reached: {}", request.getMethod(),
                    request.getRequestURI(), why);
            response.reset();
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS);
            ProblemBodies.writeForWebapps(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "service-unavailable",
                    "Service Unavailable", DatabaseOutage.MESSAGE);
        }
    }

    /**
     * Passes everything through until a status of 500 or more is set before the answer is committed; from then on
     * the status and the body are kept here until {@link #release()} sends them, or the filter answers instead.
     * Headers always go to the real response, which {@code reset()} clears when the filter answers instead.
     */
    static final class HoldingServerErrors extends HttpServletResponseWrapper {

        private final IntPredicate held;
        private int status;
        private String errorMessage;
        private boolean sendError;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;

        HoldingServerErrors(HttpServletResponse response) {
            this(response, code -> code >= 500);
        }

        /** Holds the statuses {@code held} accepts instead of those of 500 or more. */
        HoldingServerErrors(HttpServletResponse response, IntPredicate held) {
            super(response);
            this.held = held;
        }

        private boolean holds(int code) {
            if (status == 0 && held.test(code) && !getResponse().isCommitted()) {
                status = code;
            }
            return status != 0;
        }

        @Override
        public void setStatus(int code) {
            if (!holds(code)) {
                super.setStatus(code);
            }
        }

        @Override
        public void sendError(int code, String message) throws IOException {
            if (!holds(code)) {
                super.sendError(code, message);
                return;
            }
            sendError = true;
            errorMessage = message;
        }

        @Override
        public void sendError(int code) throws IOException {
            sendError(code, null);
        }

        @Override
        public int getStatus() {
            return status != 0 ? status : super.getStatus();
        }

        /** Whether an answer is held back here, to be released or replaced. */
        boolean holding() {
            return status != 0;
        }

        @Override
        public void reset() {
            clearHeldBody();
            status = 0;
            sendError = false;
            errorMessage = null;
            super.reset();
        }

        @Override
        public void resetBuffer() {
            clearHeldBody();
            super.resetBuffer();
        }

        private void clearHeldBody() {
            flushWriter();
            body.reset();
        }

        @Override
        public void flushBuffer() throws IOException {
            if (status == 0) {
                super.flushBuffer();
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream real = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        if (status != 0) {
                            body.write(b);
                        } else {
                            real.write(b);
                        }
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        if (status != 0) {
                            body.write(bytes, offset, length);
                        } else {
                            real.write(bytes, offset, length);
                        }
                    }

                    @Override
                    public void flush() throws IOException {
                        if (status == 0) {
                            real.flush();
                        }
                    }

                    @Override
                    public boolean isReady() {
                        return real.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        real.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                Charset charset = getCharacterEncoding() == null ? StandardCharsets.ISO_8859_1
                        : Charset.forName(getCharacterEncoding());
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return writer;
        }

        /** Sends on what the writer still buffers: the chain may leave it unflushed. */
        void flushWriter() {
            if (writer != null) {
                writer.flush();
            }
        }

        /** Sends what was held, as the webapp wrote it. */
        void release() throws IOException {
            flushWriter();
            HttpServletResponse real = (HttpServletResponse) getResponse();
            if (sendError) {
                real.sendError(status, errorMessage);
                return;
            }
            real.setStatus(status);
            body.writeTo(real.getOutputStream());
        }
    }
}
