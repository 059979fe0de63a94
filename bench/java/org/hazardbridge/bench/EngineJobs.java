package org.hazardbridge.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What else the server's job executor did while a figure was measured: the jobs the engine finished or failed in the
 * window, from its job log (history level full writes a row for each run, successful or failed). A database seeded
 * hours earlier holds timers that fall due in waves (a stage's deadline, then its escalation), and a window that
 * overlaps one measures the intake or the task query beside thousands of escalations. Printed with each figure, so
 * that such a run shows.
 *
 * <p>The window is the difference of two counts of the log, taken before and after it, so that neither JVM's clock
 * nor time zone matters. Each count reads the whole log, outside the window.
 */
final class EngineJobs {

    private static final String COUNTS = "select job_def_type_, act_id_, job_state_, count(*) from act_hi_job_log"
            + " where job_state_ in (1, 2) group by job_def_type_, act_id_, job_state_";

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Map<String, Long> before;

    private EngineJobs(String jdbcUrl, String user, String password, Map<String, Long> before) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.before = before;
    }

    /** Starts a window. */
    static EngineJobs from(String jdbcUrl, String user, String password) throws Exception {
        return new EngineJobs(jdbcUrl, user, password, counts(jdbcUrl, user, password));
    }

    /** One line: how many jobs ran since the window began, by kind and activity, largest first. */
    String summary() throws Exception {
        Map<String, Long> after = counts(jdbcUrl, user, password);
        List<Map.Entry<String, Long>> ran = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, Long> count : after.entrySet()) {
            long n = count.getValue() - before.getOrDefault(count.getKey(), 0L);
            if (n > 0) {
                ran.add(Map.entry(count.getKey(), n));
                total += n;
            }
        }
        if (total == 0) {
            return "the job executor ran no job meanwhile";
        }
        ran.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        List<String> largest = ran.stream().limit(4).map(e -> e.getValue() + " " + e.getKey()).toList();
        return "the job executor ran " + total + " jobs meanwhile (" + String.join(", ", largest)
                + (ran.size() > largest.size() ? ", ..." : "") + ")";
    }

    private static Map<String, Long> counts(String jdbcUrl, String user, String password) throws Exception {
        Map<String, Long> counts = new HashMap<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
                Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery(COUNTS)) {
            while (rs.next()) {
                String outcome = rs.getInt(3) == 1 ? "failed" : "done";
                counts.put(outcome + " " + rs.getString(1) + " at " + rs.getString(2), rs.getLong(4));
            }
        }
        return counts;
    }
}
