package org.hazardbridge.common;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which database the product runs on, for the few things only PostgreSQL offers; asked once, on first use. */
@Component
public class Database {

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    Database(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the product's data source is PostgreSQL (else the embedded H2). */
    public boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            known = "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>) connection ->
                    connection.getMetaData().getDatabaseProductName()));
            postgres = known;
        }
        return known;
    }
}
