package org.hazardbridge.common;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lets one node at a time start on a shared PostgreSQL database. A first start creates the engine's schema, its
 * deployments, the product's grants, the demo identities, Tasklist's filters and the regions, each after finding
 * it missing; two nodes doing that at the same moment both find it missing, and one of them fails on a duplicate.
 *
 * <p>Before the engine is built (a process engine plugin's first step) the node takes a session-level advisory lock
 * on a connection of its own, outside the pool, and closes that connection once the application is ready, after
 * every start-up task has run: the session ends and its lock with it. If the node's process dies, its connection
 * and so the lock go with it; if its host or network dies, the server notices through TCP keepalives set on the
 * connection (about a minute). A node that waits logs who holds the lock, and gives up, failing its start, after
 * {@code hazardbridge.startup.lock-timeout}. Flyway takes a lock of its own for the product's tables and runs
 * before. On any database other than PostgreSQL there is no lock: the default H2 file serves one process.
 */
@Component
public class StartupLock extends AbstractProcessEnginePlugin implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    /** The advisory lock's key: "HBSTART" in ASCII. */
    public static final long KEY = 0x48_42_53_54_41_52_54L;

    /** The lock connection's name in {@code pg_stat_activity}. */
    static final String APPLICATION_NAME = "hazardbridge-startup-lock";

    private static final Duration POLL = Duration.ofMillis(500);
    private static final int QUERY_TIMEOUT_SECONDS = 30;

    private final DataSource dataSource;
    private final Settings settings;
    private Connection held;

    StartupLock(DataSource dataSource, Settings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
    }

    /** Where and how long to wait for another node's start-up. */
    @ConfigurationProperties("hazardbridge.startup")
    public record Settings(Duration lockTimeout, String lockUrl) {

        public Settings {
            lockTimeout = lockTimeout == null ? Duration.ofMinutes(10) : lockTimeout;
        }
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        acquire();
    }

    /** Waits for the lock on PostgreSQL; does nothing on another database or if this node holds it already. */
    synchronized void acquire() {
        if (held != null) {
            return;
        }
        Optional<Connection> opened = open();
        if (opened.isEmpty()) {
            return;
        }
        Connection connection = opened.get();
        try {
            if (!waitFor(connection)) {
                throw new IllegalStateException("another node has been starting on this database for more than "
                        + settings.lockTimeout() + " (advisory lock " + KEY + ", " + holder(connection)
                        + "): not starting");
            }
            held = connection;
            log.info("Start-up lock taken: no other node starts on this database until this one is ready");
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot take the start-up lock: " + e.getMessage(), e);
        }
    }

    /**
     * A connection of its own, with the pool's URL, credentials and driver settings (SSL and the like), or the one
     * {@code hazardbridge.startup.lock-url} names (a pooler in transaction mode cannot keep a session's lock).
     */
    private Optional<Connection> open() {
        if (!(dataSource instanceof HikariDataSource pool)) {
            log.info("No start-up lock: the data source is not the product's pool");
            return Optional.empty();
        }
        String url = settings.lockUrl() == null || settings.lockUrl().isBlank() ? pool.getJdbcUrl()
                : settings.lockUrl();
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            log.debug("No start-up lock on {}: one node per database", url);
            return Optional.empty();
        }
        Properties properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        try {
            Connection connection = DriverManager.getConnection(url, properties);
            try (Statement keepalive = connection.createStatement()) {
                keepalive.execute("set tcp_keepalives_idle = 30");
                keepalive.execute("set tcp_keepalives_interval = 10");
                keepalive.execute("set tcp_keepalives_count = 3");
            } catch (SQLException e) {
                closeQuietly(connection);
                throw e;
            }
            return Optional.of(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect for the start-up lock: " + e.getMessage(), e);
        }
    }

    private boolean waitFor(Connection connection) throws SQLException {
        Instant deadline = Instant.now().plus(settings.lockTimeout());
        boolean waitLogged = false;
        try (PreparedStatement tryLock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            tryLock.setLong(1, KEY);
            tryLock.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            while (!locked(tryLock)) {
                if (Instant.now().isAfter(deadline)) {
                    return false;
                }
                if (!waitLogged) {
                    log.info("Another node is starting on this database ({}); waiting for it, at most {}",
                            holder(connection), settings.lockTimeout());
                    waitLogged = true;
                }
                pause();
            }
        }
        return true;
    }

    private static boolean locked(PreparedStatement tryLock) throws SQLException {
        try (ResultSet result = tryLock.executeQuery()) {
            return result.next() && result.getBoolean(1);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for another node's start-up");
        }
    }

    /** Who holds the lock, as the server knows the session: its address, process id and start. */
    private static String holder(Connection connection) {
        String sql = "select a.client_addr, a.pid, a.backend_start from pg_locks l join pg_stat_activity a"
                + " using (pid) where l.locktype = 'advisory' and l.granted and l.database = (select oid from"
                + " pg_database where datname = current_database()) and l.classid::bigint = ? and l.objid::bigint = ?"
                + " and l.objsubid = 1";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, KEY >>> 32);
            query.setLong(2, KEY & 0xFFFF_FFFFL);
            query.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? "held by the session of " + row.getString(1) + ", pid " + row.getInt(2)
                        + ", connected " + row.getTimestamp(3).toInstant() : "holder not visible";
            }
        } catch (SQLException e) {
            return "holder unknown: " + e.getMessage();
        }
    }

    /** Gives the lock back once every start-up task has run: closing the session ends its lock. */
    @EventListener(ApplicationReadyEvent.class)
    public synchronized void release() {
        if (held == null) {
            return;
        }
        try (PreparedStatement unlock = held.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, KEY);
            unlock.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            try (ResultSet result = unlock.executeQuery()) {
                if (result.next() && result.getBoolean(1)) {
                    log.info("Start-up lock given back");
                } else {
                    log.warn("The start-up lock's session had lost the lock before the start-up was over (a"
                            + " restart of the database, a session timeout); another node may have started too");
                }
            }
        } catch (SQLException e) {
            log.warn("Giving back the start-up lock failed ({}); closing its connection ends it", e.getMessage());
        } finally {
            closeQuietly(held);
            held = null;
        }
    }

    /** A start-up that fails before the application is ready gives the lock back too. */
    @Override
    public void destroy() {
        release();
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("Closing the start-up lock's connection: {}", e.getMessage());
        }
    }
}
