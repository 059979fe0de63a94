package org.hazardbridge.security;

import org.hazardbridge.common.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
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
 * <p>It also creates a partial index for the same check ({@value #TASK_READ_INDEX}, see below). On the embedded H2 it
 * creates the index H2 needs for the checks by group instead ({@value #GROUP_CHECK_INDEX}, see below). On PostgreSQL
 * it finally warns of planner settings the check needs and the connections lack
 * ({@link TaskQueryPlannerSettings}). Camunda creates its tables after Flyway has run, so this runs at start-up, once
 * the engine is there; it does nothing on other databases.
 */
@Component
@Order(130)
class AuthorizationCheckStatistics implements ApplicationRunner {

    static final String NAME = "hb_auth_check_perms";
    static final String TASK_READ_INDEX = "hb_auth_task_read";
    static final String GROUP_CHECK_INDEX = "hb_auth_group_check";

    private static final Logger log = LoggerFactory.getLogger(AuthorizationCheckStatistics.class);

    private final JdbcTemplate jdbc;
    private final Database database;

    AuthorizationCheckStatistics(JdbcTemplate jdbc, Database database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (database.isPostgres()) {
            createStatistics();
            createTaskReadIndex();
            TaskQueryPlannerSettings.warnOfMissing(jdbc);
        } else if (database.isH2()) {
            createGroupCheckIndex();
        }
    }

    /**
     * Each check asks for a grant with {@code TYPE_ = 1 AND GROUP_ID_ IN (...)} and the resource's type and id. The
     * engine's unique index on {@code (TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_)} serves that when a user has
     * one group; H2 uses an {@code IN} list only on an index's first column, so with two groups (a district's group
     * and {@code regions}, see {@link AuthorizedGroupsPlugin}) it reads every grant of type 1 instead, and the engine
     * keeps one per task ever created in a region (its history's permissions): each check grew with the number of
     * cases (bench/RESULTS.md). This index starts with the group and holds every column the check reads, so H2
     * chooses it and finds the few rows at once. PostgreSQL uses the engine's index for an {@code IN} list as it is.
     */
    private void createGroupCheckIndex() {
        Integer present = jdbc.queryForObject("select count(*) from information_schema.indexes"
                + " where lower(index_name) = ?", Integer.class, GROUP_CHECK_INDEX);
        if (present != null && present > 0) {
            return;
        }
        jdbc.execute("create index if not exists " + GROUP_CHECK_INDEX + " on act_ru_authorization"
                + " (group_id_, resource_type_, resource_id_, type_, perms_, id_)");
        log.info("Index {} for the engine's authorization checks by group created on ACT_RU_AUTHORIZATION",
                GROUP_CHECK_INDEX);
    }

    private void createStatistics() {
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

    /**
     * The task query looks up, for each candidate task, the authorizations on the task, on its process definition's
     * key and on {@code *}; the last two are shared by all tasks and hold the groups' standing grants (starting
     * cases, reading definitions), read and discarded again for each task. This partial index holds only the rows
     * that can grant reading a task (READ on a task, READ_TASK on a definition), so each lookup finds the task's
     * own row and a few supervisors' and admins' grants, however many districts there are. Built without blocking
     * writes, by one node at a time (common.StartupLock): a later node finds it there, or finds it invalid after a
     * build that failed, and then builds it again.
     */
    private void createTaskReadIndex() {
        // The index as the statements below name it: through the search path, like the create statement.
        Boolean valid = jdbc.query("select i.indisvalid from pg_index i where i.indexrelid = to_regclass(?)",
                rows -> rows.next() ? rows.getBoolean(1) : null, TASK_READ_INDEX);
        if (Boolean.TRUE.equals(valid)) {
            return;
        }
        Integer building = jdbc.queryForObject("select count(*) from pg_stat_progress_create_index"
                + " where index_relid = to_regclass(?)", Integer.class, TASK_READ_INDEX);
        if (building != null && building > 0) {
            // Start-ups take turns, but a node killed during its build leaves its server process building on.
            log.warn("Index {} is still being built by another session; this start-up leaves it", TASK_READ_INDEX);
            return;
        }
        if (valid != null) {
            // A concurrent build that fails leaves the index behind, invalid: PostgreSQL may go on updating it on
            // every write, but never reads it.
            log.warn("Index {} was left invalid by a build that failed; dropping it and building it again",
                    TASK_READ_INDEX);
            try {
                jdbc.execute("drop index concurrently if exists " + TASK_READ_INDEX);
            } catch (DataAccessException e) {
                log.warn("Invalid index {} not dropped ({}); task lists stay correct, only slower; drop it by hand"
                        + " (drop index {}) and restart a node", TASK_READ_INDEX,
                        e.getMostSpecificCause().getMessage(), TASK_READ_INDEX);
                return;
            }
        }
        try {
            jdbc.execute("create index concurrently if not exists " + TASK_READ_INDEX + " on act_ru_authorization"
                    + " (resource_id_) where (resource_type_ = 7 and perms_ & 2 = 2)"
                    + " or (resource_type_ = 6 and perms_ & 64 = 64)");
            log.info("Index {} for Tasklist's task query created on ACT_RU_AUTHORIZATION", TASK_READ_INDEX);
        } catch (DataAccessException e) {
            log.warn("Index {} for Tasklist's task query not created ({}); task lists stay correct, only slower",
                    TASK_READ_INDEX, e.getMostSpecificCause().getMessage());
        }
    }
}
