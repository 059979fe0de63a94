package org.hazardbridge.common;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Which database the product runs on, for the few things only PostgreSQL offers; asked once, on first use. */
@Component
public class Database {

    private final JdbcTemplate jdbc;
    private volatile String product;

    Database(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the product's data source is PostgreSQL (else the embedded H2). */
    public boolean isPostgres() {
        return "PostgreSQL".equals(product());
    }

    /** Whether the product's data source is the embedded H2. */
    public boolean isH2() {
        return "H2".equals(product());
    }

    /**
     * Lets PostgreSQL reuse one generic plan for each of the current transaction's prepared statements, up to its
     * commit or rollback ({@code set local plan_cache_mode = auto}); nothing on H2. Profile {@code postgres} plans
     * every statement with its values, which Tasklist's task query needs, at a cost in planning paid by every
     * statement. Meant for transactions whose statements look rows up by key or insert them, like a report's, never
     * for one that runs a task query.
     *
     * @throws IllegalStateException outside a transaction, where the setting would not hold
     */
    public void reuseGenericPlansInThisTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("generic plans can be allowed only inside a transaction");
        }
        if (isPostgres()) {
            jdbc.execute("set local plan_cache_mode = auto");
        }
    }

    private String product() {
        String known = product;
        if (known == null) {
            known = jdbc.execute((ConnectionCallback<String>) connection ->
                    connection.getMetaData().getDatabaseProductName());
            product = known;
        }
        return known;
    }
}
