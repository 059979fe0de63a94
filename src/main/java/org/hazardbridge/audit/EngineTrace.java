package org.hazardbridge.audit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;

/**
 * The listeners {@link TraceParseListener} adds to every process. An event belongs to the case whose number is its
 * process instance's business key (the arbitration process carries the case number too); an event of a process
 * without one, such as a case's start before it is registered, is not traced. Steps, timers and process ends are
 * by the user the engine knows for the command, else {@code system}.
 */
class EngineTrace {

    private final Supplier<TraceWriter> writer;
    private final TaskTrace task;
    private final StepSnapshots snapshots = new StepSnapshots();

    EngineTrace(Supplier<TraceWriter> writer) {
        this.writer = writer;
        this.task = new TaskTrace(writer);
    }

    TaskListener task() {
        return task;
    }

    ExecutionListener stepStart() {
        return snapshots::take;
    }

    /** A step done: its activity and the variables it set or changed. */
    ExecutionListener stepEnd() {
        return execution -> append(execution, TraceAction.STEP_COMPLETED, step(execution));
    }

    /** A boundary timer fired: a stage overdue (not interrupting) or a task timed out (interrupting). */
    ExecutionListener timer(boolean interrupting) {
        return execution -> append(execution, interrupting ? TraceAction.TIMED_OUT : TraceAction.ESCALATED,
                timer(execution, interrupting));
    }

    /** A process instance ended: completed, or cancelled (deleted, or ended by an interrupting event). */
    ExecutionListener processEnd() {
        return execution -> append(execution, execution.isCanceled() ? TraceAction.PROCESS_CANCELLED
                : TraceAction.PROCESS_COMPLETED, processEnd(execution));
    }

    private void append(DelegateExecution execution, String action, ObjectNode payload) {
        String caseNumber = EngineValues.caseNumber(execution);
        if (caseNumber != null) {
            writer.get().append(caseNumber, EngineValues.authenticatedUser(execution), action, payload);
        }
    }

    private ObjectNode step(DelegateExecution execution) {
        ObjectNode payload = activity(execution);
        snapshots.changedBy(execution).ifPresent(changed -> payload.set("changed", changed));
        return payload;
    }

    private static ObjectNode timer(DelegateExecution execution, boolean interrupting) {
        ObjectNode payload = activity(execution);
        payload.put("interrupting", interrupting);
        FlowElement element = execution.getBpmnModelElementInstance();
        if (element instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
            payload.put("attachedTo", boundary.getAttachedTo().getId());
            payload.put("attachedToName", boundary.getAttachedTo().getName());
        }
        return payload;
    }

    private static ObjectNode processEnd(DelegateExecution execution) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("process", EngineValues.processKey(execution));
        payload.put("processInstanceId", execution.getProcessInstanceId());
        payload.put("topLevel", execution.getSuperExecution() == null);
        payload.put("endActivityId", execution.getCurrentActivityId());
        return payload;
    }

    private static ObjectNode activity(DelegateExecution execution) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("process", EngineValues.processKey(execution));
        payload.put("activityId", execution.getCurrentActivityId());
        payload.put("name", execution.getCurrentActivityName());
        return payload;
    }
}
