package org.hazardbridge.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A production node given neither key stops before Flyway touches the database, and says which keys it lacks, both
 * in one go.
 */
@EnabledIfEnvironmentVariable(named = "HAZARDBRIDGE_TEST_PG_URL", matches = ".+")
class MissingKeysIT {

    @Test
    void aNodeWithoutKeysStopsBeforeTheDatabaseIsTouched() throws Exception {
        ClusterDatabase db = ClusterDatabase.fresh("missing_keys");
        try (AppNode node = new AppNode("no-keys", db, "--hazardbridge.classification.secret-key=",
                "--hazardbridge.trace.key-encryption-key=")) {
            assertThatThrownBy(node::start).hasMessageContaining("exited")
                    .hasMessageContaining("HAZARDBRIDGE_CLASSIFICATION_SECRET_KEY")
                    .hasMessageContaining("HAZARDBRIDGE_TRACE_KEY_ENCRYPTION_KEY");
        }
        assertThat(db.count("select count(*) from information_schema.tables where table_schema = 'public'"))
                .as("tables made").isZero();
    }
}
