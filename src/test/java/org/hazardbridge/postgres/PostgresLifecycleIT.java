package org.hazardbridge.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.hazardbridge.common.Database;
import org.hazardbridge.hazard.CaseScenario;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardCases;
import org.hazardbridge.hazard.HazardIntake;
import org.hazardbridge.security.TaskQueryPlannerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The whole lifecycle on a real PostgreSQL 15 with the {@code postgres} profile: the Flyway migrations run there,
 * Camunda creates its schema, and Chinese text round-trips through every product table. {@code scripts/test}
 * installs and starts PostgreSQL and sets {@code HAZARDBRIDGE_TEST_PG_URL}; without it this test does not run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=true", "hazardbridge.demo.enabled=true"})
@ActiveProfiles("postgres")
@EnabledIfEnvironmentVariable(named = "HAZARDBRIDGE_TEST_PG_URL", matches = ".+")
@ExtendWith(OutputCaptureExtension.class)
class PostgresLifecycleIT {

    private static final String TITLE = "太浦河吴江段化工废液排放（汾湖）";

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getenv("HAZARDBRIDGE_TEST_PG_URL"));
        registry.add("spring.datasource.username", () -> System.getenv("HAZARDBRIDGE_TEST_PG_USER"));
        registry.add("spring.datasource.password", () -> System.getenv("HAZARDBRIDGE_TEST_PG_PASSWORD"));
        registry.add("hazardbridge.classification.secret-key", PostgresLifecycleIT::testKey);
        registry.add("hazardbridge.trace.key-encryption-key", PostgresLifecycleIT::testKey);
    }

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    ProcessEngine engine;

    @Autowired
    HazardIntake intake;

    @Autowired
    HazardCases cases;

    @Autowired
    JdbcTemplate jdbc;

    /** What Tasklist's task query needs to be planned well (its speed is measured by scripts/bench). */
    @Test
    void givesThePlannerWhatTheEnginesAuthorizationCheckNeeds() {
        assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = 'hb_auth_check_perms'",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select i.indisvalid from pg_index i join pg_class c on c.oid = i.indexrelid"
                + " where c.relname = 'hb_auth_task_read'", Boolean.class)).isTrue();
        assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = 'hb_auth_task_read'",
                String.class)).contains("act_ru_authorization").contains("resource_type_ = 7")
                .contains("resource_type_ = 6");
        assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
        assertThat(jdbc.queryForObject("show random_page_cost", String.class)).isEqualTo("1.1");
        // So the start-up check (TaskQueryPlannerSettings) finds nothing to warn of on the pool's connections.
        assertThat(TaskQueryPlannerSettings.problems(jdbc)).isEmpty();
    }

    /**
     * A report's transaction lets PostgreSQL reuse generic plans (the intake's statements gain nothing from being
     * planned with their values); the connection goes back to the pool with the profile's setting, which every other
     * transaction, Tasklist's task query among them, keeps.
     */
    @Test
    void aReportsTransactionAloneReusesGenericPlans(@Autowired PlatformTransactionManager transactions,
            @Autowired DataSource dataSource, @Autowired Database database) throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        Map<String, Object> inReport = transaction.execute(status -> {
            status.setRollbackOnly();
            Map<String, Object> before = jdbc.queryForMap("select pg_backend_pid() as pid, current_setting("
                    + "'plan_cache_mode') as mode");
            assertThat(before.get("mode")).isEqualTo("force_custom_plan");
            intake.report(CaseScenario.taipuWaterPollution());
            return jdbc.queryForMap("select pg_backend_pid() as pid, current_setting('plan_cache_mode') as mode");
        });
        assertThat(inReport.get("mode")).isEqualTo("auto");
        assertThat(settingOnConnection(dataSource, (Integer) inReport.get("pid"))).isEqualTo("force_custom_plan");
        String afterwards = transaction.execute(status -> jdbc.queryForObject("show plan_cache_mode", String.class));
        assertThat(afterwards).isEqualTo("force_custom_plan");
        assertThatThrownBy(database::reuseGenericPlansInThisTransaction).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside a transaction");
    }

    /**
     * The setting on the pool's connection to this server process, once it is idle: takes the idle connections
     * (never waiting for one) until it comes, and tries again while another thread, the job executor say, holds it.
     */
    private static String settingOnConnection(DataSource dataSource, int backendPid) throws Exception {
        HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        for (int round = 0; round < 50; round++) {
            List<Connection> taken = new ArrayList<>();
            try {
                int idle = pool.getIdleConnections();
                for (int i = 0; i < idle; i++) {
                    Connection connection = dataSource.getConnection();
                    taken.add(connection);
                    try (Statement statement = connection.createStatement();
                            ResultSet row = statement.executeQuery(
                                    "select pg_backend_pid(), current_setting('plan_cache_mode')")) {
                        row.next();
                        if (row.getInt(1) == backendPid) {
                            return row.getString(2);
                        }
                    }
                }
            } finally {
                for (Connection connection : taken) {
                    connection.close();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the report's connection (server process " + backendPid + ") never came back idle");
    }

    /**
     * A concurrent index build that fails leaves an invalid index behind, which PostgreSQL never reads; the next
     * start-up builds it again. The failure is made as it happens: the build waits for an older transaction to end
     * and is cancelled while it waits.
     */
    @Test
    void buildsTheTaskReadIndexAgainWhenABuildFailed(@Autowired ApplicationContext context) throws Exception {
        jdbc.execute("drop index concurrently if exists hb_auth_task_read");
        DataSource own = new SimpleDriverDataSource(new org.postgresql.Driver(),
                System.getenv("HAZARDBRIDGE_TEST_PG_URL"), System.getenv("HAZARDBRIDGE_TEST_PG_USER"),
                System.getenv("HAZARDBRIDGE_TEST_PG_PASSWORD"));
        try (Connection old = own.getConnection(); Connection builder = own.getConnection()) {
            old.setAutoCommit(false);
            old.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement statement = old.createStatement()) {
                statement.executeQuery("select count(*) from act_ru_authorization").close();
            }
            int builderPid;
            try (Statement statement = builder.createStatement();
                    ResultSet pid = statement.executeQuery("select pg_backend_pid()")) {
                pid.next();
                builderPid = pid.getInt(1);
            }
            CompletableFuture<Void> build = CompletableFuture.runAsync(() -> {
                try (Statement statement = builder.createStatement()) {
                    statement.execute("create index concurrently hb_auth_task_read on act_ru_authorization"
                            + " (resource_id_) where (resource_type_ = 7 and perms_ & 2 = 2)"
                            + " or (resource_type_ = 6 and perms_ & 64 = 64)");
                } catch (SQLException e) {
                    throw new CompletionException(e);
                }
            });
            Instant deadline = Instant.now().plusSeconds(30);
            while (jdbc.queryForObject("select count(*) from pg_stat_activity where pid = ? and wait_event_type"
                    + " = 'Lock'", Integer.class, builderPid) == 0) {
                assertThat(Instant.now()).as("the build waits for the older transaction").isBefore(deadline);
                Thread.sleep(100);
            }
            jdbc.queryForObject("select pg_cancel_backend(?)", Boolean.class, builderPid);
            assertThatThrownBy(build::join).hasRootCauseMessage("ERROR: canceling statement due to user request");
            old.rollback();
        }
        assertThat(taskReadIndexValid()).as("left behind by the failed build").isFalse();

        context.getBean("authorizationCheckStatistics", ApplicationRunner.class).run(null);

        assertThat(taskReadIndexValid()).isTrue();
    }

    private Boolean taskReadIndexValid() {
        return jdbc.queryForObject("select i.indisvalid from pg_index i join pg_class c on c.oid = i.indexrelid"
                + " where c.relname = 'hb_auth_task_read'", Boolean.class);
    }

    @Test
    void runsACaseToClosureAndKeepsChineseTextInEveryTable() throws Exception {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 15");
        String caseNumber = report();
        upload(caseNumber);
        HazardCase reported = cases.require(caseNumber);
        CaseScenario scenario = new CaseScenario(engine, intake);

        scenario.completeAll(reported, "acknowledge-notice", "officer", Map.of("acknowledgeNote", "已接收通报"));
        scenario.agreeOnGrade(reported, "III");
        scenario.completeAll(reported, "dispose-hazard", "officer", Map.of("disposalReport",
                "已截断排污口，岸线已清理"));
        scenario.completeAll(reported, "accept-disposal", "manager",
                Map.of("accepted", "true", "acceptanceReport", "现场复核合格"));

        JsonNode closed = awaitClosed(caseNumber);
        assertThat(closed.get("title").asText()).isEqualTo(TITLE);
        assertThat(closed.get("regions").toString()).contains("嘉善县").contains("水质监测");
        assertThat(text("select title from hazard_case where case_number = ?", caseNumber)).isEqualTo(TITLE);
        assertThat(text("select name from case_region where adcode = '330421' and case_id = "
                + "(select id from hazard_case where case_number = ?)", caseNumber)).isEqualTo("嘉善县");
        assertThat(text("select report from disposal_report where case_id = "
                + "(select id from hazard_case where case_number = ?) fetch first 1 rows only", caseNumber))
                .isEqualTo("已截断排污口，岸线已清理");
        assertThat(text("select file_name from attachment where case_id = "
                + "(select id from hazard_case where case_number = ?)", caseNumber)).isEqualTo("现场照片.png");
        assertThat(text("select value_text from case_field where case_number = ? and name = 'companyName'",
                caseNumber)).isEqualTo("苏州某化工有限公司");
        assertThat(text("select name from region where adcode = '320509'", null)).isEqualTo("吴江区");
        assertThat(jdbc.queryForList("select version from hb_schema_history where success", String.class))
                .contains("1", "2", "3", "4");
    }

    private String report() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = """
                { "type": "WATER_POLLUTION", "title": "%s",
                  "description": "巡查发现疑似化工废液排入太浦河",
                  "location": { "lon": 120.88, "lat": 31.02, "crs": "GCJ02" }, "impactRadiusMeters": 3000,
                  "consequences": { "potentialDeaths": 0, "potentialSeriousInjuries": 2,
                                    "potentialDirectLossYuan": 20000000, "socialImpact": "HIGH" },
                  "majorHazardSituation": false, "restricted": { "companyName": "苏州某化工有限公司" } }"""
                .formatted(TITLE);
        ResponseEntity<JsonNode> answer = as().postForEntity("/api/hazards", new HttpEntity<>(body, headers),
                JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return answer.getBody().get("caseNumber").asText();
    }

    private void upload(String caseNumber) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1}) {
            @Override
            public String getFilename() {
                return "现场照片.png";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        assertThat(as().postForEntity("/api/hazards/" + caseNumber + "/attachments", new HttpEntity<>(parts, headers),
                String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private JsonNode awaitClosed(String caseNumber) throws InterruptedException {
        for (int attempt = 0; attempt < 150; attempt++) {
            JsonNode file = as().getForObject("/api/hazards/" + caseNumber, JsonNode.class);
            if (file.get("status").asText().equals("CLOSED")) {
                return file;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("case " + caseNumber + " did not close");
    }

    /**
     * Eight clients send one report under one key at the same moment (a client library retrying on eight threads,
     * say): one case is made, every answer names it, and no send fails on the key's unique constraint on the way,
     * which would leave an ERROR in the log for each.
     */
    @Test
    void concurrentSendsOfOneKeyMakeOneCaseWithoutAConstraintError(CapturedOutput output) throws Exception {
        String key = "concurrent-" + UUID.randomUUID();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", key);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<ResponseEntity<JsonNode>>> sends = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sends.add(() -> as().postForEntity("/api/hazards", new HttpEntity<>(CaseScenario.TAIPU_JSON, headers),
                    JsonNode.class));
        }
        List<ResponseEntity<JsonNode>> answers = new ArrayList<>();
        for (Future<ResponseEntity<JsonNode>> answer : pool.invokeAll(sends)) {
            answers.add(answer.get());
        }
        pool.shutdown();

        assertThat(answers).extracting(ResponseEntity::getStatusCode)
                .containsOnly(HttpStatus.CREATED, HttpStatus.OK).filteredOn(HttpStatus.CREATED::equals).hasSize(1);
        assertThat(answers).extracting(answer -> answer.getBody().get("caseNumber").asText()).containsOnly(
                answers.get(0).getBody().get("caseNumber").asText());
        assertThat(jdbc.queryForObject("select count(*) from hazard_case where report_key = ?", Long.class, key))
                .isEqualTo(1);
        assertThat(output.getAll()).doesNotContain("uk_hazard_case_report_key");
    }

    private String text(String sql, String parameter) {
        List<String> rows = parameter == null ? jdbc.queryForList(sql, String.class)
                : jdbc.queryForList(sql, String.class, parameter);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private TestRestTemplate as() {
        return anonymous.withBasicAuth("officer320509", "demo");
    }

    /**
     * A fixed key for this test database only: the database outlives one run when the test runs outside
     * {@code scripts/test}, and what was sealed with a key must be opened with the same one.
     */
    private static String testKey() {
        return Base64.getEncoder().encodeToString("postgres-lifecycle-it-test-key!!".getBytes());
    }
}
