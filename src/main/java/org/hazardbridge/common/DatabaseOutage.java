package org.hazardbridge.common;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

/**
 * Tells a failure because the database cannot be reached (down, restarting, refusing connections) from every other
 * failure. Such a request changed nothing and can be tried again unchanged once the database is back, so it is
 * answered 503 with {@code Retry-After}, not 500.
 *
 * <p>The cause chain says so when the pool or the driver report a connection failure. When a connection breaks in
 * the middle of a transaction the chain often names only the failed rollback ("Connection is closed"); for any
 * failure of a database operation the database is then asked directly whether it answers.
 */
@Component
public class DatabaseOutage {

    /** PostgreSQL's admin_shutdown, crash_shutdown and cannot_connect_now; class 08 is the connection exceptions. */
    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");
    private static final Set<String> PERSISTENCE_FAILURES = Set.of("org.apache.ibatis.exceptions.PersistenceException",
            "jakarta.persistence.PersistenceException", "org.hibernate.HibernateException");

    /** Seconds after which a client may try again, for {@code Retry-After}. */
    public static final String RETRY_AFTER_SECONDS = "5";

    public static final String MESSAGE = "数据库暂时不可用，请稍后重试；"
            + "未完成的操作不会留下任何改动";

    private final DataSource dataSource;

    DatabaseOutage(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether the database being unreachable explains this failure. */
    public boolean explains(Throwable failure) {
        return namesConnectionFailure(failure) || (isDatabaseFailure(failure) && !answers());
    }

    static boolean namesConnectionFailure(Throwable failure) {
        return anyCause(failure, cause -> cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException
                || cause instanceof CannotCreateTransactionException
                || cause instanceof DataAccessResourceFailureException
                || cause instanceof SQLException sql && sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("08") || SHUTDOWN_STATES.contains(sql.getSQLState())));
    }

    private static boolean isDatabaseFailure(Throwable failure) {
        return anyCause(failure, cause -> cause instanceof SQLException || cause instanceof DataAccessException
                || cause instanceof TransactionException || isPersistenceFailure(cause.getClass()));
    }

    private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPersistenceFailure(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (PERSISTENCE_FAILURES.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the database does not answer now. For a failure whose cause is not at hand, such as a 500 another
     * component already wrote.
     */
    public boolean isDown() {
        return !answers();
    }

    private boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException unreachable) {
            return false;
        }
    }
}
