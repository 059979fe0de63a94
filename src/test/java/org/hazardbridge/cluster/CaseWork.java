package org.hazardbridge.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Works a case's open tasks over a node's {@code /engine-rest}, each as a user of the task's region. */
final class CaseWork {

    private final ClusterDatabase db;

    CaseWork(ClusterDatabase db) {
        this.db = db;
    }

    /** Completes every open task of {@code taskKey}; returns how many. */
    int completeAll(HazardClient node, String caseNumber, String taskKey, Map<String, String> values)
            throws Exception {
        List<PendingTask> tasks = openTasks(caseNumber, taskKey);
        for (PendingTask task : tasks) {
            node.complete(task.user(), task.id(), values);
        }
        return tasks.size();
    }

    void acknowledge(HazardClient node, String caseNumber) throws Exception {
        completeAll(node, caseNumber, "acknowledge-notice", Map.of("acknowledgeNote", "已接收通报"));
    }

    /** Acknowledges, agrees on the case's grade, and disposes in every responsible region. */
    void upToAcceptance(HazardClient node, String caseNumber) throws Exception {
        acknowledge(node, caseNumber);
        String grade = db.jdbc().queryForObject("select grade from hazard_case where case_number = ?",
                String.class, caseNumber);
        completeAll(node, caseNumber, "submit-grade-opinion",
                Map.of("gradeOpinion", grade, "opinionReason", "同意自动分级结果"));
        completeAll(node, caseNumber, "dispose-hazard", Map.of("disposalReport",
                "已截断排污口，岸线已清理"));
    }

    /** An open task and the user who works it. */
    record PendingTask(String id, String user) {
    }

    /** Accepts the disposal in every region but the last; returns the last acceptance task. */
    PendingTask acceptAllButOne(HazardClient node, String caseNumber) throws Exception {
        List<PendingTask> tasks = openTasks(caseNumber, "accept-disposal");
        for (PendingTask task : tasks.subList(0, tasks.size() - 1)) {
            node.complete(task.user(), task.id(), ACCEPTED);
        }
        return tasks.get(tasks.size() - 1);
    }

    /** Works the case through every region's acceptance and waits for its asynchronous close. */
    void closeAndAwait(HazardClient node, String caseNumber) throws Exception {
        upToAcceptance(node, caseNumber);
        PendingTask last = acceptAllButOne(node, caseNumber);
        node.complete(last.user(), last.id(), ACCEPTED);
        ClusterChecks.await("case " + caseNumber + " closed", Duration.ofSeconds(60), () ->
                db.count("select count(*) from hazard_case where case_number = ? and status = 'CLOSED'", caseNumber)
                        == 1);
    }

    /** The open tasks of the case with this key, each with a user of its candidate group, by group. */
    private List<PendingTask> openTasks(String caseNumber, String taskKey) {
        return db.jdbc().query("""
                select t.id_ as id, i.group_id_ as grp from act_ru_task t
                join act_ru_execution e on e.id_ = t.proc_inst_id_
                join act_ru_identitylink i on i.task_id_ = t.id_ and i.type_ = 'candidate'
                where e.business_key_ = ? and t.task_def_key_ = ? order by i.group_id_""",
                (row, n) -> new PendingTask(row.getString("id"), userOf(row.getString("grp"))), caseNumber, taskKey);
    }

    static final Map<String, String> ACCEPTED = Map.of("accepted", "true", "acceptanceReport", "现场复核合格");

    private static String userOf(String group) {
        return group.replaceFirst("^officers", "officer").replaceFirst("^managers", "manager");
    }
}
