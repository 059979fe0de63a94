package org.hazardbridge.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The planner settings Tasklist's task query needs on PostgreSQL, checked on the product's connections at start-up
 * ({@link AuthorizationCheckStatistics}, which also gives the planner its statistics and index for that query),
 * with a warning for each one missing. Profile {@code postgres} sends them as connection options; a connection
 * pooler in transaction mode refuses those, and then they must be set on the database instead (README). Without
 * them nothing fails at once, which is why this looks:
 * <ul>
 *   <li>{@code plan_cache_mode=force_custom_plan}: otherwise, once the engine's task count has run a few times on a
 *       connection as a prepared statement, PostgreSQL switches to a generic plan that compares every task of the
 *       region with every authorization of its group. Measured in psql at some 30,000 open tasks of a region: 47 s
 *       per count from the sixth run on, against 210-285 ms (bench/RESULTS.md, run of 2026-12-04);</li>
 *   <li>{@code jit=off}, where the server has JIT: otherwise the count's estimated cost passes the JIT threshold
 *       and PostgreSQL compiles the query before each run, 70-110 ms.</li>
 * </ul>
 */
public final class TaskQueryPlannerSettings {

    /** Each setting the task query needs, with what happens without it. */
    static final Map<String, Setting> NEEDED = Map.of(
            "plan_cache_mode", new Setting("force_custom_plan", "after a few requests on a connection, a region's"
                    + " task list in Tasklist switches to a generic plan, which took 47 s per count at some 30,000"
                    + " open tasks of a region"),
            "jit", new Setting("off", "each count of a region's tasks is compiled first, 70-110 ms more per page"));

    record Setting(String value, String without) {
    }

    private static final Logger log = LoggerFactory.getLogger(TaskQueryPlannerSettings.class);

    private TaskQueryPlannerSettings() {
    }

    /** Logs a warning for each needed setting the connections run without. */
    static void warnOfMissing(JdbcTemplate jdbc) {
        problems(jdbc).forEach(log::warn);
    }

    /** One sentence for each needed setting the connection runs without; none when all are as needed. */
    public static List<String> problems(JdbcTemplate jdbc) {
        List<String> problems = new ArrayList<>();
        // jit matters only where the server was built with it.
        jdbc.query("select name, setting from pg_settings where name = 'plan_cache_mode'"
                + " or (name = 'jit' and pg_jit_available()) order by name", row -> {
                    Setting needed = NEEDED.get(row.getString("name"));
                    String actual = row.getString("setting");
                    if (!needed.value().equals(actual)) {
                        problems.add("PostgreSQL runs this node's connections with " + row.getString("name") + "="
                                + actual + " where Tasklist's task query needs " + row.getString("name") + "="
                                + needed.value() + ": " + needed.without() + ". Profile postgres sends it as a"
                                + " connection option; behind a pooler in transaction mode set it on the database"
                                + " (alter database ... set " + row.getString("name") + " = " + needed.value()
                                + ") and restart the node.");
                    }
                });
        return problems;
    }
}
