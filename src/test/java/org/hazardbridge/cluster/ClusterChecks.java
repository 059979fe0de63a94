package org.hazardbridge.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** What must hold of a database after nodes died: checked straight on the tables, and over a live node's HTTP. */
final class ClusterChecks {

    private final ClusterDatabase db;

    ClusterChecks(ClusterDatabase db) {
        this.db = db;
    }

    /**
     * Case numbers: one per case, and per region and day the sequence 1..n without a gap, so no number was issued
     * twice and none was lost to a transaction that died with its node.
     */
    void caseNumbersAreUniqueAndGapless() {
        List<String> numbers = db.strings("select case_number from hazard_case order by case_number");
        assertThat(numbers).doesNotHaveDuplicates();
        Map<String, TreeSet<Integer>> byPrefix = new TreeMap<>();
        for (String number : numbers) {
            int cut = number.lastIndexOf('-');
            byPrefix.computeIfAbsent(number.substring(0, cut), p -> new TreeSet<>())
                    .add(Integer.parseInt(number.substring(cut + 1)));
        }
        byPrefix.forEach((prefix, sequence) -> {
            assertThat(sequence.first()).as("first number of %s", prefix).isEqualTo(1);
            assertThat(sequence.last()).as("numbers of %s: %s", prefix, sequence).isEqualTo(sequence.size());
            assertThat(db.count("select last_value from case_number_counter where prefix = ?", prefix))
                    .as("counter of %s", prefix).isEqualTo(sequence.size());
        });
    }

    /** Every case row belongs to a running or finished process instance of its own, and every instance to a case. */
    void everyCaseHasItsProcess() {
        assertThat(db.count("""
                select count(*) from hazard_case c
                where not exists (select 1 from act_hi_procinst p where p.id_ = c.process_instance_id
                                  and p.business_key_ = c.case_number)""")).as("cases without a process").isZero();
        assertThat(db.count("""
                select count(*) from act_hi_procinst p where p.proc_def_key_ = 'hazard-case'
                and not exists (select 1 from hazard_case c where c.process_instance_id = p.id_)"""))
                .as("hazard-case processes without a case").isZero();
    }

    /**
     * For a case waiting in the notification stage: one open acknowledge task for each notified region's
     * officers, none missing and none twice.
     */
    void notificationTasksAreExactlyOnePerRegion(String caseNumber) {
        List<String> expected = notifiedGroups(caseNumber);
        assertThat(expected).as("notified regions of %s", caseNumber).isNotEmpty();
        assertThat(openCandidateGroups(caseNumber, "acknowledge-notice"))
                .as("acknowledge tasks of %s", caseNumber).isEqualTo(expected);
    }

    /** The officers' group of every region the case notifies, sorted. */
    List<String> notifiedGroups(String caseNumber) {
        return db.strings("""
                select 'officers' || r.adcode from case_region r join hazard_case c on c.id = r.case_id
                where c.case_number = ? and r.role <> 'NONE' order by 1""", caseNumber);
    }

    /** For a case whose notices are all acknowledged: one grade opinion task per responsible region's managers. */
    void gradingTasksAreExactlyOnePerResponsibleRegion(String caseNumber) {
        List<String> expected = db.strings("""
                select 'managers' || r.adcode from case_region r join hazard_case c on c.id = r.case_id
                where c.case_number = ? and r.role in ('PRIMARY', 'CO_RESPONSIBLE') order by 1""", caseNumber);
        assertThat(openCandidateGroups(caseNumber, "submit-grade-opinion"))
                .as("grade opinion tasks of %s", caseNumber).isEqualTo(expected);
    }

    /** The candidate group of every open task of the case with this key, sorted, repeated if a task is doubled. */
    List<String> openCandidateGroups(String caseNumber, String taskKey) {
        return db.strings("""
                select i.group_id_ from act_ru_task t
                join act_ru_execution e on e.id_ = t.proc_inst_id_
                join act_ru_identitylink i on i.task_id_ = t.id_ and i.type_ = 'candidate'
                where e.business_key_ = ? and t.task_def_key_ = ? order by 1""", caseNumber, taskKey);
    }

    long openTasks(String caseNumber, String taskKey) {
        return db.count("""
                select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_
                where e.business_key_ = ? and t.task_def_key_ = ?""", caseNumber, taskKey);
    }

    /** The case's trace verifies on the live node, as its location region's officer sees it. */
    void traceVerifies(HazardClient live, String caseNumber) throws Exception {
        String officer = "officer" + db.jdbc().queryForObject(
                "select location_adcode from hazard_case where case_number = ?", String.class, caseNumber);
        HazardClient.Answer verdict = live.get(officer, "/api/hazards/" + caseNumber + "/trace/verify");
        assertThat(verdict.status()).as("verify %s", caseNumber).isEqualTo(200);
        JsonNode body = verdict.body();
        assertThat(body.get("valid").asBoolean()).as("trace of %s: %s", caseNumber, body).isTrue();
        assertThat(body.get("entries").asLong()).isEqualTo(db.count("""
                select count(*) from trace_entry e join hazard_case c on c.id = e.case_id
                where c.case_number = ?""", caseNumber));
    }

    /** Which engine node ran the jobs of an activity, with how many successful runs each (ACT_HI_JOB_LOG). */
    Map<String, Long> successfulJobsByNode(String activityId, List<String> caseNumbers) {
        return db.rows("""
                select l.hostname_ as node, c.case_number as case_number from act_hi_job_log l
                join hazard_case c on c.process_instance_id = l.process_instance_id_
                where l.act_id_ = ? and l.job_state_ = 2""", activityId).stream()
                .filter(row -> caseNumbers.contains((String) row.get("case_number")))
                .collect(Collectors.groupingBy(row -> (String) row.get("node"), TreeMap::new,
                        Collectors.counting()));
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            Thread.sleep(500);
        }
    }
}
