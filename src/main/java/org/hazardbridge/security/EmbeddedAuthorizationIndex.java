package org.hazardbridge.security;

import org.hazardbridge.common.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An index on the embedded H2 database for the engine's authorization checks by group, which every claim,
 * completion and start of a region user makes.
 *
 * <p>Each check asks {@code ACT_RU_AUTHORIZATION} for a grant with {@code TYPE_ = 1 AND GROUP_ID_ IN (...)} and the
 * resource's type and id. The engine's unique index on {@code (TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_)}
 * serves that when a user has one group; H2 uses an {@code IN} list only on an index's first column, so with two
 * groups (a district's group and {@code regions}, see {@link AuthorizedGroupsPlugin}) it reads every grant of type
 * 1 instead, and the engine keeps one per task ever created in a region (its history's permissions): each check
 * grew with the number of cases (bench/RESULTS.md). This index starts with the group and holds every column the
 * check reads, so H2 chooses it and finds the few rows at once. PostgreSQL uses the engine's index for an
 * {@code IN} list as it is; there, and on any database but H2, this does nothing. Camunda creates its tables after
 * Flyway has run, so this runs at start-up, once the engine is there.
 */
@Component
@Order(130)
class EmbeddedAuthorizationIndex implements ApplicationRunner {

    static final String NAME = "hb_auth_group_check";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedAuthorizationIndex.class);

    private final JdbcTemplate jdbc;
    private final Database database;

    EmbeddedAuthorizationIndex(JdbcTemplate jdbc, Database database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!database.isH2()) {
            return;
        }
        Integer present = jdbc.queryForObject("select count(*) from information_schema.indexes"
                + " where lower(index_name) = ?", Integer.class, NAME);
        if (present != null && present > 0) {
            return;
        }
        jdbc.execute("create index if not exists " + NAME + " on act_ru_authorization"
                + " (group_id_, resource_type_, resource_id_, type_, perms_, id_)");
        log.info("Index {} for the engine's authorization checks by group created on ACT_RU_AUTHORIZATION", NAME);
    }
}
