package org.hazardbridge.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.hazardbridge.common.DatabaseOutage;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The webapps' answers pass through unchanged unless they are a failure the database's outage explains. Whether
 * the database is down is {@link DatabaseOutage}'s judgement, stubbed here; {@code DatabaseRestartIT} runs the
 * whole against a stopped PostgreSQL.
 */
class WebappOutageTest {

    private final DatabaseOutage outage = mock(DatabaseOutage.class);
    private final WebappOutage.OutageFilter filter = new WebappOutage.OutageFilter(outage);
    private final MockHttpServletRequest request =
            new MockHttpServletRequest("GET", "/camunda/api/engine/engine/default/task/count");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void aSuccessPassesThroughWithoutAskingTheDatabase() throws Exception {
        filter.doFilter(request, response, (req, res) -> {
            res.setContentType("application/json");
            res.setCharacterEncoding("UTF-8");
            res.getWriter().write("{\"count\":3,\"name\":\"青浦\"}");
        });

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("{\"count\":3,\"name\":\"青浦\"}");
        verify(outage, never()).isDown();
    }

    @Test
    void aServerErrorWhileTheDatabaseAnswersGoesOutAsTheWebappWroteIt() throws Exception {
        when(outage.isDown()).thenReturn(false);

        filter.doFilter(request, response, (req, res) -> {
            ((HttpServletResponse) res).setStatus(500);
            res.setContentType("application/json");
            res.getOutputStream().write("{\"type\":\"NullPointerException\"}".getBytes(StandardCharsets.UTF_8));
        });

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString()).isEqualTo("{\"type\":\"NullPointerException\"}");
        assertThat(response.getHeader("Retry-After")).isNull();
    }

    @Test
    void aServerErrorWhileTheDatabaseIsDownBecomesTheProductsUnavailable() throws Exception {
        when(outage.isDown()).thenReturn(true);

        filter.doFilter(request, response, (req, res) -> {
            HttpServletResponse http = (HttpServletResponse) res;
            http.setStatus(500);
            http.setHeader("X-Internal", "yes");
            res.setContentType("application/json");
            res.getWriter().write("{\"type\":\"CannotCreateTransactionException\",\"message\":\"Could not open\"}");
        });

        assertUnavailable();
        assertThat(response.getHeader("X-Internal")).isNull();
    }

    @Test
    void aFailureLeavingTheChainIsJudgedByItsCause() throws Exception {
        RuntimeException failure = new IllegalStateException("pool exhausted");
        when(outage.explains(any())).thenAnswer(call -> call.getArgument(0) == failure);

        filter.doFilter(request, response, failing(failure));
        assertUnavailable();

        RuntimeException other = new IllegalArgumentException("a bug");
        assertThatThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(), failing(other)))
                .isSameAs(other);
    }

    @Test
    void aHeldSendErrorIsSentOnWhenTheDatabaseAnswers() throws Exception {
        when(outage.isDown()).thenReturn(false);

        filter.doFilter(request, response, (req, res) -> ((HttpServletResponse) res).sendError(502, "upstream"));

        assertThat(response.getStatus()).isEqualTo(502);
        assertThat(response.getErrorMessage()).isEqualTo("upstream");
    }

    @Test
    void aHeldServerErrorThatTheWebappResetsIsForgotten() throws Exception {
        filter.doFilter(request, response, (req, res) -> {
            HttpServletResponse http = (HttpServletResponse) res;
            http.setStatus(500);
            res.getWriter().write("{\"type\":\"first try\"}");
            assertThat(res.isCommitted()).as("held, not sent").isFalse();
            res.reset();
            http.setStatus(200);
            res.getWriter().write("{\"ok\":true}");
        });

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("{\"ok\":true}");
        verify(outage, never()).isDown();
    }

    @Test
    void aClientErrorIsNeverHeld() throws Exception {
        filter.doFilter(request, response, (req, res) -> {
            ((HttpServletResponse) res).setStatus(401);
            res.getWriter().write("{}");
        });

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentAsString()).isEqualTo("{}");
        verify(outage, never()).isDown();
    }

    private static FilterChain failing(RuntimeException failure) {
        return (req, res) -> {
            throw failure;
        };
    }

    private void assertUnavailable() throws Exception {
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"detail\":\"" + DatabaseOutage.MESSAGE + "\"")
                .contains("\"message\":\"" + DatabaseOutage.MESSAGE + "\"").doesNotContain("Exception");
    }
}
