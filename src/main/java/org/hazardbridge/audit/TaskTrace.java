package org.hazardbridge.audit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.hazardbridge.common.CurrentUser;
import org.hazardbridge.common.TaskFormFields;

/**
 * Traces a user task's life: created (with its candidates and due date), claimed, assigned, delegated, resolved,
 * completed with the submitted values, deleted (when a timer or the end of the case cuts it short). The submitted
 * values are the task's form fields, the input parameters its model declares; hidden ones are committed by
 * {@link PayloadRedaction}. Completion is by the user the engine knows, else the assignee, as in the product's own
 * records; every other event is by the user the engine knows, else {@code system}.
 */
class TaskTrace implements TaskListener {

    private final Supplier<TraceWriter> writer;

    TaskTrace(Supplier<TraceWriter> writer) {
        this.writer = writer;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseNumber = EngineValues.caseNumber(task.getExecution());
        if (caseNumber == null) {
            return;
        }
        String actor = EngineValues.authenticatedUser(task);
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> writer.get().append(caseNumber, actor, TraceAction.TASK_CREATED, created(task));
            case EVENTNAME_ASSIGNMENT -> writer.get().append(caseNumber, actor, assignment(task, actor),
                    describe(task));
            case EVENTNAME_COMPLETE -> writer.get().append(caseNumber, CurrentUser.of(task), TraceAction.TASK_COMPLETED,
                    completed(task));
            case EVENTNAME_DELETE -> writer.get().append(caseNumber, actor, TraceAction.TASK_DELETED,
                    describe(task).put("reason", task.getDeleteReason()));
            default -> { }
        }
    }

    private static String assignment(DelegateTask task, String actor) {
        DelegationState delegation = task instanceof Task entity ? entity.getDelegationState() : null;
        if (delegation == DelegationState.PENDING) {
            return TraceAction.TASK_DELEGATED;
        }
        if (delegation == DelegationState.RESOLVED && task.getAssignee() != null
                && task.getAssignee().equals(task.getOwner())) {
            return TraceAction.TASK_RESOLVED;
        }
        if (task.getAssignee() == null) {
            return TraceAction.TASK_UNCLAIMED;
        }
        return task.getAssignee().equals(actor) ? TraceAction.TASK_CLAIMED : TraceAction.TASK_ASSIGNED;
    }

    private static ObjectNode describe(DelegateTask task) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("taskId", task.getId());
        payload.put("taskKey", task.getTaskDefinitionKey());
        payload.put("name", task.getName());
        payload.put("process", EngineValues.processKey(task.getExecution()));
        // The region is the multi-instance element variable, on the task's execution: asking the execution does
        // not load the task's own variables, which a claim does not otherwise read.
        payload.set("forRegion", EngineValues.variable(task.getExecution(), "region"));
        payload.put("assignee", task.getAssignee());
        payload.put("owner", task.getOwner());
        return payload;
    }

    private static ObjectNode created(DelegateTask task) {
        ObjectNode payload = describe(task);
        var groups = payload.putArray("candidateGroups");
        var users = payload.putArray("candidateUsers");
        task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).sorted()
                .forEach(groups::add);
        task.getCandidates().stream().map(IdentityLink::getUserId).filter(Objects::nonNull).sorted()
                .forEach(users::add);
        payload.set("due", PayloadValues.tree(task.getDueDate()));
        return payload;
    }

    private static ObjectNode completed(DelegateTask task) {
        ObjectNode payload = describe(task);
        ObjectNode values = payload.putObject("values");
        for (String field : TaskFormFields.of(task.getBpmnModelElementInstance())) {
            values.set(field, EngineValues.variable(task, field));
        }
        return payload;
    }
}
