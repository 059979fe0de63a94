package org.hazardbridge.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A single node killed with SIGKILL in the middle of a run of fifty reports, while its users also acknowledge
 * notices; then restarted on the same PostgreSQL database. Nothing the node answered for is lost, and what it
 * was doing when it died is either wholly there or wholly absent: a case with its process, tasks and trace, a task
 * completed with its history and its trace entry, or none of these.
 */
@EnabledIfEnvironmentVariable(named = "HAZARDBRIDGE_TEST_PG_URL", matches = ".+")
class NodeCrashIT {

    private static final int CASES = 50;

    @Test
    void losesNothingWhenKilledDuringFiftyReports() throws Exception {
        ClusterDatabase db = ClusterDatabase.fresh("node_crash");
        ClusterChecks checks = new ClusterChecks(db);
        CaseWork work = new CaseWork(db);
        ConcurrentLinkedQueue<String> answered = new ConcurrentLinkedQueue<>();
        List<Integer> inDoubt = new ArrayList<>();
        try (AppNode node = new AppNode("node-1", db)) {
            node.start();
            HazardClient client = node.client();

            AtomicInteger next = new AtomicInteger();
            CountDownLatch twenty = new CountDownLatch(20);
            ExecutorService threads = Executors.newFixedThreadPool(4);
            List<Future<List<Integer>>> reporters = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                reporters.add(threads.submit(() -> {
                    for (int n = next.getAndIncrement(); n < CASES; n = next.getAndIncrement()) {
                        try {
                            answered.add(client.report("officer320509", Reports.json("crash", n),
                                    Reports.key("crash", n)).reportedCase());
                            twenty.countDown();
                        } catch (IOException killed) {
                            return List.of(n);
                        }
                    }
                    return List.of();
                }));
            }
            // Meanwhile the regions acknowledge what has come in: task completions are in flight at the kill too.
            Future<?> acknowledging = threads.submit(() -> {
                try {
                    while (true) {
                        for (String caseNumber : List.copyOf(answered)) {
                            work.acknowledge(client, caseNumber);
                        }
                        Thread.sleep(50);
                    }
                } catch (IOException killed) {
                    return null;
                }
            });
            assertThat(twenty.await(120, TimeUnit.SECONDS)).as("twenty reports answered").isTrue();
            node.kill();
            threads.shutdown();
            assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            for (Future<List<Integer>> reporter : reporters) {
                inDoubt.addAll(reporter.get());
            }
            acknowledging.get();
            int reportedBeforeKill = answered.size();
            assertThat(reportedBeforeKill).isLessThan(CASES);

            node.start();

            // Everything answered before the kill is there; what was in flight is there whole or not at all.
            List<String> stored = db.strings("select case_number from hazard_case");
            assertThat(stored).containsAll(answered);
            assertThat(stored.size() - reportedBeforeKill).isBetween(0, inDoubt.size());
            checks.caseNumbersAreUniqueAndGapless();
            checks.everyCaseHasItsProcess();
            for (String caseNumber : stored) {
                acknowledgementsAreWhole(db, checks, caseNumber);
                checks.traceVerifies(client, caseNumber);
            }

            // The run goes on after the restart. The clients whose answers died with the node send those reports
            // again under the same keys: one that was stored is answered 200 with its case, one that was not is
            // made now. Then the rest; every case is acknowledged and one is worked to its close.
            for (int n : inDoubt) {
                HazardClient.Answer again = client.report("officer320509", Reports.json("crash", n),
                        Reports.key("crash", n));
                assertThat(again.status()).as("report %d sent again: %s", n, again.body()).isIn(200, 201);
                boolean wasStored = stored.contains(again.text("caseNumber"));
                assertThat(again.status()).as("report %d, stored before the kill: %s", n, wasStored)
                        .isEqualTo(wasStored ? 200 : 201);
            }
            for (int n = next.get(); n < CASES; n++) {
                client.report("officer320509", Reports.json("crash", n), Reports.key("crash", n)).reportedCase();
            }
            List<String> all = db.strings("select case_number from hazard_case order by case_number");
            assertThat(all).hasSize(CASES);
            for (int n = 0; n < CASES; n++) {
                assertThat(db.count("select count(*) from hazard_case where title = ?", Reports.title("crash", n)))
                        .as("report %d", n).isEqualTo(1);
            }
            checks.caseNumbersAreUniqueAndGapless();
            for (String caseNumber : all) {
                work.acknowledge(client, caseNumber);
                checks.gradingTasksAreExactlyOnePerResponsibleRegion(caseNumber);
            }
            work.closeAndAwait(client, all.get(0));
            for (String caseNumber : all) {
                checks.traceVerifies(client, caseNumber);
            }
        }
    }

    /**
     * Each notified region's notice is acknowledged once (with its history and its signed trace entry) or still
     * open once; never both, never neither.
     */
    private static void acknowledgementsAreWhole(ClusterDatabase db, ClusterChecks checks, String caseNumber) {
        List<String> notified = checks.notifiedGroups(caseNumber);
        List<String> done = db.strings("""
                select i.group_id_ from act_hi_taskinst t
                join act_hi_identitylink i on i.task_id_ = t.id_ and i.type_ = 'candidate' and i.operation_type_ = 'add'
                where t.proc_inst_id_ = (select process_instance_id from hazard_case where case_number = ?)
                and t.task_def_key_ = 'acknowledge-notice' and t.end_time_ is not null""", caseNumber);
        List<String> open = checks.openCandidateGroups(caseNumber, "acknowledge-notice");
        List<String> together = new ArrayList<>(done);
        together.addAll(open);
        assertThat(together).as("acknowledge tasks of %s, done %s, open %s", caseNumber, done, open)
                .containsExactlyInAnyOrderElementsOf(notified);
        assertThat(db.count("""
                select count(*) from trace_entry e join hazard_case c on c.id = e.case_id
                where c.case_number = ? and e.action = 'TASK_COMPLETED'""", caseNumber))
                .as("traced completions of %s", caseNumber).isEqualTo(done.size());
    }

}
