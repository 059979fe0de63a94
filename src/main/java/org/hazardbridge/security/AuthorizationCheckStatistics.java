package org.hazardbridge.security;

import java.sql.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives PostgreSQL's planner the statistics it needs for the engine's authorization check, which every task query
 * of Tasklist carries. The check filters {@code ACT_RU_AUTHORIZATION} on {@code PERMS_ & <bit> = <bit>}; without
 * statistics on that expression the planner guesses a handful of matching rows where a region has one per open
 * task, joins them by comparing every task with every authorization, and one region's task list takes seconds at
 * some ten thousand open cases. With the statistics (and the planner settings of the {@code postgres} profile) it
 * looks each task's authorization up by index instead; see bench/RESULTS.md. The bits are READ (2, on tasks and
 * process instances) and READ_TASK / READ_INSTANCE (64, on process definitions).
 *
 * <p>Camunda creates its tables after Flyway has run, so this runs at start-up, once the engine is there; it does
 * nothing on other databases.
 */
@Component
@Order(130)
class AuthorizationCheckStatistics implements ApplicationRunner {

    static final String NAME = "hb_auth_check_perms";

    private static final Logger log = LoggerFactory.getLogger(AuthorizationCheckStatistics.class);

    private final JdbcTemplate jdbc;

    AuthorizationCheckStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        String database = jdbc.execute((Connection connection) -> connection.getMetaData().getDatabaseProductName());
        if (!"PostgreSQL".equals(database)) {
            return;
        }
        Integer present = jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = ?",
                Integer.class, NAME);
        if (present != null && present > 0) {
            return;
        }
        jdbc.execute("create statistics if not exists " + NAME + " on (perms_ & 2), (perms_ & 64)"
                + " from act_ru_authorization");
        jdbc.execute("analyze act_ru_authorization");
        log.info("Statistics {} for the engine's authorization check created on ACT_RU_AUTHORIZATION", NAME);
    }
}
