package org.hazardbridge.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutageTest {

    private final DatabaseOutage upDatabase = new DatabaseOutage(h2());
    private final DatabaseOutage downDatabase = new DatabaseOutage(
            new DriverManagerDataSource("jdbc:postgresql://localhost:1/nothing-listens-here", "x", "y"));

    @Test
    void recognisesConnectionFailuresFromTheCauseChainWhateverWrapsThem() {
        RuntimeException poolTimeout = new RuntimeException("ENGINE-03083 persistence failure",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        RuntimeException brokenSocket = new IllegalStateException(new SQLException("I/O error", "08006"));
        RuntimeException shutdown = new RuntimeException(new SQLException("terminating connection", "57P01"));
        RuntimeException noTransaction = new CannotCreateTransactionException("Could not open JPA EntityManager");

        assertThat(java.util.List.of(poolTimeout, brokenSocket, shutdown, noTransaction))
                .allMatch(upDatabase::explains);
    }

    @Test
    void asksTheDatabaseWhenOnlyAFailedRollbackIsNamed() {
        RuntimeException rollbackOnDeadConnection = new JpaSystemException(
                new RuntimeException("Unable to rollback", new SQLException("Connection is closed")));

        assertThat(downDatabase.explains(rollbackOnDeadConnection)).isTrue();
        assertThat(upDatabase.explains(rollbackOnDeadConnection)).isFalse();
    }

    @Test
    void leavesOtherFailuresAlone() {
        RuntimeException duplicate = new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(upDatabase.explains(duplicate)).isFalse();
        assertThat(downDatabase.explains(new IllegalArgumentException("a bug"))).isFalse();
    }

    private static JdbcDataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:database-outage-test");
        return h2;
    }
}
