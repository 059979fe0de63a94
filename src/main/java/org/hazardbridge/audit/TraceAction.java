package org.hazardbridge.audit;

/** The actions a trace entry names. */
public final class TraceAction {

    // Recorded by the product where the engine cannot see the operation.
    public static final String CASE_REPORTED = "CASE_REPORTED";
    public static final String EVIDENCE_ATTACHED = "EVIDENCE_ATTACHED";
    public static final String DECISION_EVALUATED = "DECISION_EVALUATED";
    public static final String NOTICE_SENT = "NOTICE_SENT";
    public static final String CLASSIFIED_READ = "CLASSIFIED_READ";
    public static final String REGIONS_ASSIGNED = "REGIONS_ASSIGNED";
    public static final String AUTHORIZATIONS_GRANTED = "AUTHORIZATIONS_GRANTED";
    public static final String CLASSIFIED_RAISED = "CLASSIFIED_RAISED";
    public static final String CLASSIFIED_STORED = "CLASSIFIED_STORED";

    // Recorded by listeners the engine runs for every process, whatever the way in (API, Tasklist, engine REST).
    public static final String TASK_CREATED = "TASK_CREATED";
    public static final String TASK_CLAIMED = "TASK_CLAIMED";
    public static final String TASK_ASSIGNED = "TASK_ASSIGNED";
    public static final String TASK_UNCLAIMED = "TASK_UNCLAIMED";
    public static final String TASK_DELEGATED = "TASK_DELEGATED";
    public static final String TASK_RESOLVED = "TASK_RESOLVED";
    public static final String TASK_COMPLETED = "TASK_COMPLETED";
    public static final String TASK_DELETED = "TASK_DELETED";
    public static final String STEP_COMPLETED = "STEP_COMPLETED";
    public static final String ESCALATED = "ESCALATED";
    public static final String TIMED_OUT = "TIMED_OUT";
    public static final String PROCESS_COMPLETED = "PROCESS_COMPLETED";
    public static final String PROCESS_CANCELLED = "PROCESS_CANCELLED";

    private TraceAction() {
    }
}
