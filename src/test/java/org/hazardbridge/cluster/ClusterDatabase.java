package org.hazardbridge.cluster;

import java.io.IOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A fresh PostgreSQL database of its own for one cluster test, on the server {@code scripts/test} starts
 * ({@code HAZARDBRIDGE_TEST_PG_URL} and its user, who may create databases). The test reads it directly to check
 * what the nodes stored.
 */
final class ClusterDatabase {

    /** The classification and trace key every node of a test shares (a test value, not a secret). */
    static final String TEST_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private final String url;
    private final JdbcTemplate jdbc;

    private ClusterDatabase(String url) {
        this.url = url;
        this.jdbc = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), url, user(),
                password()));
    }

    /** Drops and creates database {@code <test database>_<suffix>}. */
    static ClusterDatabase fresh(String suffix) throws SQLException {
        String base = System.getenv("HAZARDBRIDGE_TEST_PG_URL");
        String name = base.substring(base.lastIndexOf('/') + 1) + "_" + suffix;
        try (var connection = DriverManager.getConnection(base, user(), password());
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name + " encoding 'UTF8' template template0");
        }
        return new ClusterDatabase(base.substring(0, base.lastIndexOf('/') + 1) + name);
    }

    String url() {
        return url;
    }

    static String user() {
        return System.getenv("HAZARDBRIDGE_TEST_PG_USER");
    }

    static String password() {
        return System.getenv("HAZARDBRIDGE_TEST_PG_PASSWORD");
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

    List<String> strings(String sql, Object... arguments) {
        return jdbc.queryForList(sql, String.class, arguments);
    }

    List<Map<String, Object>> rows(String sql, Object... arguments) {
        return jdbc.queryForList(sql, arguments);
    }

    /**
     * Runs {@code HAZARDBRIDGE_TEST_PG_CTL <action>} (e.g. {@code pg_ctlcluster 15 main stop}): stops or starts
     * the whole PostgreSQL server.
     */
    static void server(String action) throws IOException, InterruptedException {
        String control = System.getenv("HAZARDBRIDGE_TEST_PG_CTL");
        Process process = new ProcessBuilder("sh", "-c", control + " " + action).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("'" + control + " " + action + "' failed: " + output);
        }
    }
}
