package org.hazardbridge.common;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

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
