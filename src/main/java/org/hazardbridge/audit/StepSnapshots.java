package org.hazardbridge.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The variables an automated step saw when it started, kept with the transaction that runs it, so that its end can
 * say which variables it set or changed. A step's start and end run in one transaction; the snapshots go with it.
 */
class StepSnapshots {

    private final Object resourceKey = new Object();

    void take(DelegateExecution execution) {
        snapshots().ifPresent(map -> map.put(execution.getActivityInstanceId(), EngineValues.variables(execution)));
    }

    /** The variables set, changed (their new value) or removed (null) since the step started. */
    Optional<ObjectNode> changedBy(DelegateExecution execution) {
        Optional<Map<String, JsonNode>> before = snapshots().map(map -> map.remove(execution.getActivityInstanceId()));
        if (before.isEmpty()) {
            return Optional.empty();
        }
        Map<String, JsonNode> after = EngineValues.variables(execution);
        ObjectNode changed = JsonNodeFactory.instance.objectNode();
        after.forEach((name, value) -> {
            if (!value.equals(before.get().get(name))) {
                changed.set(name, value);
            }
        });
        before.get().keySet().stream().filter(name -> !after.containsKey(name)).forEach(changed::putNull);
        return Optional.of(changed);
    }

    @SuppressWarnings("unchecked")
    private Optional<Map<String, Map<String, JsonNode>>> snapshots() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return Optional.empty();
        }
        Object bound = TransactionSynchronizationManager.getResource(resourceKey);
        if (bound != null) {
            return Optional.of((Map<String, Map<String, JsonNode>>) bound);
        }
        Map<String, Map<String, JsonNode>> created = new HashMap<>();
        TransactionSynchronizationManager.bindResource(resourceKey, created);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(resourceKey);
            }
        });
        return Optional.of(created);
    }
}
