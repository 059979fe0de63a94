package org.hazardbridge.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * What else the server's job executor did while a figure was measured: the jobs the engine finished in the window,
 * from its job log (history level full writes a row per successful run). A database seeded hours earlier holds
 * timers that fall due in waves (a stage's deadline, then its escalation), and a window that overlaps one measures
 * the intake or the task query beside thousands of escalations. Printed with each figure, so that such a run shows.
 */
final class EngineJobs {

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Timestamp since;

    private EngineJobs(String jdbcUrl, String user, String password, Timestamp since) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.since = since;
    }

    /** Starts a window at the database's own clock, which also stamps the job log. */
    static EngineJobs from(String jdbcUrl, String user, String password) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
                ResultSet rs = db.createStatement().executeQuery("select localtimestamp")) {
            rs.next();
            return new EngineJobs(jdbcUrl, user, password, rs.getTimestamp(1));
        }
    }

    /** One line: how many jobs ran since the window began, by kind and activity, largest first. */
    String summary() throws Exception {
        List<String> kinds = new ArrayList<>();
        long total = 0;
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
                PreparedStatement query = db.prepareStatement("select job_def_type_, act_id_, count(*) from"
                        + " act_hi_job_log where job_state_ = 2 and timestamp_ >= ? group by job_def_type_, act_id_"
                        + " order by count(*) desc")) {
            query.setTimestamp(1, since);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    total += rs.getLong(3);
                    if (kinds.size() < 4) {
                        kinds.add(rs.getLong(3) + " " + rs.getString(1) + " at " + rs.getString(2));
                    }
                }
            }
        }
        return total == 0 ? "the job executor ran no job meanwhile"
                : "the job executor ran " + total + " jobs meanwhile (" + String.join(", ", kinds)
                        + (kinds.size() < 4 ? "" : ", ...") + ")";
    }
}
