package org.hazardbridge.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * PostgreSQL is stopped and started again under a running node. During the outage requests fail fast and cleanly
 * (503 with a problem body and Retry-After, nothing stored, the login not counted as failed); afterwards the same
 * node serves them again, without a restart, and its job executor goes on.
 */
@EnabledIfEnvironmentVariable(named = "HAZARDBRIDGE_TEST_PG_CTL", matches = ".+")
class DatabaseRestartIT {

    private static final String TASK_COUNT = "/camunda/api/engine/engine/default/task/count";

    @Test
    void failsCleanlyDuringTheOutageAndRecoversWithoutARestart() throws Exception {
        ClusterDatabase db = ClusterDatabase.fresh("db_restart");
        ClusterChecks checks = new ClusterChecks(db);
        CaseWork work = new CaseWork(db);
        try (AppNode node = new AppNode("node-1", db)) {
            node.start();
            HazardClient client = node.client();
            String before = client.report("officer320509", Reports.json("restart", 0)).reportedCase();
            WebappSession tasklist = new WebappSession(node.base());
            tasklist.open();
            assertThat(tasklist.login("officer320509").status()).isEqualTo(200);
            assertThat(tasklist.api(TASK_COUNT).status()).isEqualTo(200);
            WebappSession newcomer = new WebappSession(node.base());
            newcomer.open();

            ClusterDatabase.server("stop -m fast");
            try {
                Instant asked = Instant.now();
                HazardClient.Answer duringOutage = client.report("officer320509", Reports.json("restart", 1));
                assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(20));
                assertUnavailable(duringOutage);
                assertUnavailable(client.get("officer320509", "/api/hazards/" + before));
                assertUnavailable(client.get("officer320509", "/engine-rest/task"));
                // Ten logins in a row that could not be checked: were they counted as failed, the throttle would
                // refuse this user for minutes.
                for (int i = 0; i < 10; i++) {
                    assertUnavailable(client.get("manager330421", "/api/hazards/" + before));
                }
                // The webapps: Tasklist's calls in a session opened before the outage, and a login.
                assertUnavailable(tasklist.api(TASK_COUNT));
                assertUnavailable(newcomer.login("manager330421"));
            } finally {
                ClusterDatabase.server("start");
            }

            HazardClient.Answer after = awaitAnswer(client, Duration.ofSeconds(60));
            assertThat(after.status()).as("first report after the restart: %s", after.body()).isEqualTo(201);
            assertThat(client.get("manager330421", "/api/hazards/" + before).status()).isEqualTo(200);
            assertThat(tasklist.api(TASK_COUNT).status()).isEqualTo(200);
            assertThat(newcomer.login("manager330421").status()).isEqualTo(200);
            assertThat(newcomer.api(TASK_COUNT).status()).isEqualTo(200);
            for (int n = 3; n < 6; n++) {
                client.report("officer320509", Reports.json("restart", n)).reportedCase();
            }
            assertThat(db.count("select count(*) from hazard_case where title = ?", Reports.title("restart", 1)))
                    .as("the report refused during the outage").isZero();
            checks.caseNumbersAreUniqueAndGapless();
            checks.everyCaseHasItsProcess();

            // The job executor survived the outage: the asynchronous close of a case still runs.
            work.closeAndAwait(client, before);
            for (String caseNumber : db.strings("select case_number from hazard_case")) {
                checks.traceVerifies(client, caseNumber);
            }
        }
    }

    private static void assertUnavailable(WebappSession.Page page) {
        assertThat(page.status()).as("webapp answer during the outage: %s", page.body()).isEqualTo(503);
        assertThat(page.contentType()).startsWith("application/problem+json");
        assertThat(page.body()).doesNotContain("Exception").doesNotContain("org.");
        // The webapps show "message" (Tasklist's login page would otherwise claim wrong credentials).
        assertThat(page.json().get("message").asText()).contains("数据库暂时不可用");
        assertThat(page.json().get("detail").asText()).contains("数据库暂时不可用");
        assertThat(page.retryAfter()).isEqualTo("5");
    }

    private static void assertUnavailable(HazardClient.Answer answer) {
        assertThat(answer.status()).as("answer during the outage: %s", answer.body()).isEqualTo(503);
        assertThat(answer.text("type")).endsWith("/service-unavailable");
        assertThat(answer.text("detail")).contains("数据库暂时不可用");
        assertThat(answer.retryAfter()).isEqualTo("5");
    }

    /** Reports until the node answers with something other than 503, as a client honouring Retry-After would. */
    private static HazardClient.Answer awaitAnswer(HazardClient client, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            HazardClient.Answer answer;
            try {
                answer = client.report("officer320509", Reports.json("restart", 2));
            } catch (IOException e) {
                throw new AssertionError("the node stopped answering", e);
            }
            if (answer.status() != 503 || Instant.now().isAfter(deadline)) {
                return answer;
            }
            Thread.sleep(1000);
        }
    }
}
