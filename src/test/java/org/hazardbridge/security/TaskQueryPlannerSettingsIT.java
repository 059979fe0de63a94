package org.hazardbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The start-up check of the planner settings, against the real PostgreSQL of {@code scripts/test}: connections
 * opened with and without the options profile {@code postgres} sends.
 */
@EnabledIfEnvironmentVariable(named = "HAZARDBRIDGE_TEST_PG_URL", matches = ".+")
@ExtendWith(OutputCaptureExtension.class)
class TaskQueryPlannerSettingsIT {

    @Test
    void connectionsWithTheProfilesOptionsPassTheCheck() {
        assertThat(TaskQueryPlannerSettings.problems(jdbc("-c plan_cache_mode=force_custom_plan -c jit=off")))
                .isEmpty();
    }

    @Test
    void connectionsWithoutThemAreNamedSettingBySetting() {
        List<String> problems = TaskQueryPlannerSettings.problems(jdbc(PG_DEFAULTS));

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).contains("jit=on", "needs jit=off", "alter database ... set jit = off");
        assertThat(problems.get(1)).contains("plan_cache_mode=auto", "needs plan_cache_mode=force_custom_plan",
                "generic plan", "alter database ... set plan_cache_mode = force_custom_plan");
    }

    @Test
    void onlyTheMissingSettingIsNamed() {
        List<String> problems = TaskQueryPlannerSettings.problems(jdbc("-c jit=off"));

        assertThat(problems).singleElement().asString().contains("plan_cache_mode=auto");
    }

    @Test
    void aNodeStartingWithoutThemWarnsInItsLog(CapturedOutput output) {
        JdbcTemplate jdbc = jdbc(PG_DEFAULTS);

        TaskQueryPlannerSettings.warnOfMissing(jdbc);

        assertThat(output.getOut()).contains("WARN").contains("plan_cache_mode=auto where Tasklist's task query needs"
                + " plan_cache_mode=force_custom_plan");
    }

    @Test
    void aNodeStartingWithThemLogsNoWarning(CapturedOutput output) {
        JdbcTemplate jdbc = jdbc("-c plan_cache_mode=force_custom_plan -c jit=off");

        TaskQueryPlannerSettings.warnOfMissing(jdbc);

        assertThat(output.getOut()).doesNotContain("where Tasklist's task query needs");
    }

    /** PostgreSQL's own defaults, given explicitly so that the test does not depend on the server's configuration. */
    private static final String PG_DEFAULTS = "-c plan_cache_mode=auto -c jit=on";

    private static JdbcTemplate jdbc(String options) {
        String url = System.getenv("HAZARDBRIDGE_TEST_PG_URL");
        if (options != null) {
            url += (url.contains("?") ? "&" : "?") + "options=" + URLEncoder.encode(options, StandardCharsets.UTF_8);
        }
        return new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), url,
                System.getenv("HAZARDBRIDGE_TEST_PG_USER"), System.getenv("HAZARDBRIDGE_TEST_PG_PASSWORD")));
    }
}
