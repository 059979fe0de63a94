package org.hazardbridge.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.hazardbridge.common.StartupLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Nodes started at the same moment on an empty PostgreSQL database, as a first roll-out starts them: they go
 * through start-up one at a time, both come up, and what a start-up creates (the engine's schema, the deployments,
 * Tasklist's filters, the grants, the demo identities, the regions) exists once. A node that finds another's
 * start-up going on for too long gives up.
 */
@EnabledIfEnvironmentVariable(named = "HAZARDBRIDGE_TEST_PG_URL", matches = ".+")
class SimultaneousStartIT {

    private static final String WAITING = "Another node is starting on this database";

    @Test
    void twoNodesStartTogetherOnAnEmptyDatabase() throws Exception {
        ClusterDatabase db = ClusterDatabase.fresh("simultaneous_start");
        try (AppNode a = new AppNode("start-a", db); AppNode b = new AppNode("start-b", db)) {
            // The test holds the lock until both nodes wait for it, so that they then really start together.
            try (Connection holder = lockHolder(db)) {
                a.launch();
                b.launch();
                awaitLogged(a, WAITING);
                awaitLogged(b, WAITING);
            }
            a.awaitReady();
            b.awaitReady();

            assertThat(db.strings("select key_ from act_re_procdef group by key_ having count(*) > 1"))
                    .as("process definitions deployed twice").isEmpty();
            assertThat(db.strings("select key_ from act_re_decision_def group by key_ having count(*) > 1"))
                    .as("decision tables deployed twice").isEmpty();
            assertThat(db.strings("select name_ from act_ru_filter group by name_ having count(*) > 1"))
                    .as("Tasklist filters made twice").isEmpty();
            assertThat(db.count("select count(*) from act_ru_filter")).isPositive();
            Instant[] first = lockHeld(a);
            Instant[] second = lockHeld(b);
            if (second[0].isBefore(first[0])) {
                Instant[] earlier = second;
                second = first;
                first = earlier;
            }
            assertThat(second[0]).as("the second start-up takes the lock after the first gives it back")
                    .isAfterOrEqualTo(first[1]);

            for (AppNode node : List.of(a, b)) {
                HazardClient.Answer reported = node.client().report("officer320509",
                        Reports.json(node.name(), 0));
                assertThat(reported.status()).as("report through %s: %s", node.name(), reported.body())
                        .isEqualTo(201);
            }
        }
    }

    @Test
    void aNodeGivesUpWhenAnotherStartUpHoldsTheLockTooLong() throws Exception {
        ClusterDatabase db = ClusterDatabase.fresh("start_lock_held");
        try (Connection holder = lockHolder(db);
                // The lock's own URL, as behind a pooler in transaction mode; here the same server.
                AppNode waiting = new AppNode("start-waiting", db, "--hazardbridge.startup.lock-timeout=PT3S",
                        "--hazardbridge.startup.lock-url=" + db.url())) {
            assertThatThrownBy(waiting::start).hasMessageContaining("exited")
                    .hasMessageContaining("another node has been starting on this database for more than PT3S")
                    .hasMessageContaining("held by the session of");
            assertThat(db.count("select count(*) from information_schema.tables where table_name = 'act_ru_task'"))
                    .as("the engine's schema, left to the node holding the lock").isZero();
        }
    }

    /** When the node took the start-up lock and when it gave it back, from its log's timestamps. */
    private static Instant[] lockHeld(AppNode node) throws Exception {
        return new Instant[] {loggedAt(node, "Start-up lock taken"), loggedAt(node, "Start-up lock given back")};
    }

    private static Instant loggedAt(AppNode node, String text) throws Exception {
        String line = node.logText().lines().filter(l -> l.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError(node.name() + " did not log \"" + text + "\""));
        return OffsetDateTime.parse(line.substring(0, line.indexOf(' '))).toInstant();
    }

    /** A session holding the start-up lock, as a starting node would. */
    private static Connection lockHolder(ClusterDatabase db) throws Exception {
        Connection connection = DriverManager.getConnection(db.url(), ClusterDatabase.user(),
                ClusterDatabase.password());
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(?)")) {
            lock.setLong(1, StartupLock.KEY);
            lock.execute();
        }
        return connection;
    }

    private static void awaitLogged(AppNode node, String text) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (!node.logText().contains(text)) {
            assertThat(Instant.now()).as("%s logs \"%s\"", node.name(), text).isBefore(deadline);
            assertThat(node.isAlive()).as("%s is running", node.name()).isTrue();
            Thread.sleep(250);
        }
    }
}
