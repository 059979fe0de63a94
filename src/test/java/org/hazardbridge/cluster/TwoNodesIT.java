package org.hazardbridge.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Two nodes on one PostgreSQL database, both running the job executor; one is killed (SIGKILL) in the middle of a
 * run of reports. Every case goes on on the survivor: it fires the timers of cases the dead node took in, runs the
 * asynchronous close of cases accepted just before the kill, and works their tasks; no case number is issued
 * twice or lost, no task is lost or doubled, every trace verifies.
 */
@EnabledIfEnvironmentVariable(named = "HAZARDBRIDGE_TEST_PG_URL", matches = ".+")
class TwoNodesIT {

    /** How long the notification stage lasts after the rule owner's change: the timers fire after the kill. */
    private static final String SHORT_NOTIFICATION = "PT25S";

    @Test
    void casesGoOnOnTheSurvivorWhenANodeIsKilled() throws Exception {
        ClusterDatabase db = ClusterDatabase.fresh("two_nodes");
        ClusterChecks checks = new ClusterChecks(db);
        CaseWork work = new CaseWork(db);
        try (AppNode a = new AppNode("node-a", db); AppNode b = new AppNode("node-b", db)) {
            a.start();
            b.start();
            HazardClient viaA = a.client();
            HazardClient viaB = b.client();

            // Guesses spread over the nodes count together: after six wrong passwords on A's Tasklist, each of the
            // last three sent once the wait before it had passed, B's refuses even the right one for 8 s.
            WebappSession tasklistOnA = new WebappSession(a.base());
            tasklistOnA.open();
            for (int i = 0; i < 6; i++) {
                if (i >= 3) {
                    Thread.sleep(Duration.ofSeconds(1L << (i - 3)).toMillis());
                }
                assertThat(tasklistOnA.login("officer330503", "guess" + i).status()).isEqualTo(401);
            }
            WebappSession tasklistOnB = new WebappSession(b.base());
            tasklistOnB.open();
            WebappSession.Page refused = tasklistOnB.login("officer330503");
            assertThat(refused.status()).as("B after six failures on A: %s", refused.body()).isEqualTo(429);
            assertThat(Integer.parseInt(refused.retryAfter())).isBetween(1, 8);

            // Three cases taken in on A and worked there up to their last acceptance.
            List<String> closing = new ArrayList<>();
            List<CaseWork.PendingTask> lastAcceptances = new ArrayList<>();
            for (int n = 0; n < 3; n++) {
                String caseNumber = viaA.report("officer320509", Reports.json("closing", n)).reportedCase();
                work.upToAcceptance(viaA, caseNumber);
                lastAcceptances.add(work.acceptAllButOne(viaA, caseNumber));
                closing.add(caseNumber);
            }

            // The rule owner shortens the notification stage, as a change from Camunda Modeler would.
            HazardClient.Answer deployed = viaA.deploy("ruleowner", "stage-deadlines.dmn", shortNotification());
            assertThat(deployed.status()).as("deploy %s", deployed.body()).isEqualTo(200);

            // Reports through both nodes at once; A is killed while its clients are still reporting.
            ConcurrentLinkedQueue<String> accepted = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Integer> cutOff = new ConcurrentLinkedQueue<>();
            Map<String, Integer> lastSent = new ConcurrentHashMap<>();
            AtomicBoolean aAlive = new AtomicBoolean(true);
            AtomicInteger sequence = new AtomicInteger();
            CountDownLatch aHasReported = new CountDownLatch(8);
            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<Future<?>> runs = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                boolean toA = c % 2 == 0;
                HazardClient node = toA ? viaA : viaB;
                runs.add(clients.submit(() -> {
                    for (int i = 0; i < 8 && (!toA || aAlive.get()); i++) {
                        try {
                            int n = sequence.incrementAndGet();
                            lastSent.put(Thread.currentThread().getName(), n);
                            HazardClient.Answer answer = node.report("officer320509", Reports.json("run", n),
                                    Reports.key("run", n));
                            accepted.add(answer.reportedCase());
                            if (toA) {
                                aHasReported.countDown();
                            }
                        } catch (IOException killedMidRequest) {
                            cutOff.add(lastSent.get(Thread.currentThread().getName()));
                            return null;
                        }
                    }
                    return null;
                }));
            }
            assertThat(aHasReported.await(60, TimeUnit.SECONDS)).as("A took eight reports").isTrue();
            for (CaseWork.PendingTask last : lastAcceptances) {
                viaA.complete(last.user(), last.id(), CaseWork.ACCEPTED);
            }
            aAlive.set(false);
            a.kill();
            long killedAt = System.currentTimeMillis();
            clients.shutdown();
            assertThat(clients.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
            for (Future<?> run : runs) {
                run.get();
            }

            // The clients whose answers died with A send those reports to B under the same keys.
            for (int n : cutOff) {
                HazardClient.Answer again = viaB.report("officer320509", Reports.json("run", n), Reports.key("run", n));
                assertThat(again.status()).as("report %d sent again to B: %s", n, again.body()).isIn(200, 201);
                accepted.add(again.text("caseNumber"));
            }

            List<String> running = db.strings("""
                    select case_number from hazard_case where title like 'run-%' order by case_number""");
            assertThat(running).containsExactlyInAnyOrderElementsOf(accepted);
            assertThat(running).hasSize(sequence.get());
            List<String> beforeKill = db.strings("""
                    select c.case_number from hazard_case c join act_hi_procinst p on p.id_ = c.process_instance_id
                    where c.title like 'run-%' and p.start_time_ < ?""", new Timestamp(killedAt));
            assertThat(beforeKill).hasSizeGreaterThanOrEqualTo(8);

            // B fires every notification timer, A's cases' too (they fell due after the kill), each once.
            ClusterChecks.await("a supervision task for every case of the run", Duration.ofSeconds(120), () ->
                    running.stream().allMatch(n -> checks.openTasks(n, "supervise-overdue") == 1));
            assertThat(checks.successfulJobsByNode("notification-overdue", running))
                    .containsOnlyKeys("node-b").containsEntry("node-b", (long) running.size());

            // The asynchronous close of the cases accepted just before the kill runs, once each.
            ClusterChecks.await("the cases accepted on A are closed", Duration.ofSeconds(60), () ->
                    db.count("select count(*) from hazard_case where status = 'CLOSED' and case_number in (?, ?, ?)",
                            closing.toArray()) == 3);
            assertThat(checks.successfulJobsByNode("close-case", closing).values().stream()
                    .mapToLong(Long::longValue).sum()).isEqualTo(3);
            assertThat(db.count("""
                    select count(*) from trace_entry e join hazard_case c on c.id = e.case_id
                    where e.action = 'PROCESS_COMPLETED' and c.case_number in (?, ?, ?)""", closing.toArray()))
                    .isEqualTo(3);

            checks.caseNumbersAreUniqueAndGapless();
            checks.everyCaseHasItsProcess();
            for (String caseNumber : running) {
                checks.notificationTasksAreExactlyOnePerRegion(caseNumber);
            }

            // The survivor works on every case reported before the kill, the dead node's among them.
            for (String caseNumber : beforeKill) {
                work.acknowledge(viaB, caseNumber);
                checks.gradingTasksAreExactlyOnePerResponsibleRegion(caseNumber);
            }
            for (String caseNumber : db.strings("select case_number from hazard_case")) {
                checks.traceVerifies(viaB, caseNumber);
            }
        }
    }


    /** The repository's stage-deadlines table with every notification limit set to {@link #SHORT_NOTIFICATION}. */
    private static String shortNotification() throws IOException {
        String table = Files.readString(Path.of("decisions", "stage-deadlines.dmn"));
        String changed = table.replaceAll("(<outputEntry id=\"rule-notification-[a-z]+-out-1\">\\s*<text>)\"[^\"]+\"",
                "$1\"" + SHORT_NOTIFICATION + "\"");
        assertThat(changed).isNotEqualTo(table);
        return changed;
    }
}
