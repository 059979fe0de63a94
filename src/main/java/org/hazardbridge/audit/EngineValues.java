package org.hazardbridge.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.hazardbridge.common.AsEngine;

/**
 * What the trace's engine listeners read from the engine: the case of an execution (its process instance's
 * business key), the user the engine knows for the current command, the key of a process, and variables as JSON.
 * Variables are read without deserialising objects: a JSON-serialised value enters as the JSON it is stored as.
 */
final class EngineValues {

    private EngineValues() {
    }

    static String caseNumber(DelegateExecution execution) {
        return execution == null ? null : execution.getProcessBusinessKey();
    }

    static String authenticatedUser(ProcessEngineServicesAware context) {
        var authentication = context.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    /** The key of the execution's process, read on the product's behalf (the user need not read definitions). */
    static String processKey(DelegateExecution execution) {
        var services = execution.getProcessEngineServices();
        return AsEngine.call(services.getIdentityService(), () -> services.getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey());
    }

    /** Every variable visible from the scope, by name. */
    static Map<String, JsonNode> variables(VariableScope scope) {
        Map<String, JsonNode> values = new TreeMap<>();
        var typed = scope.getVariablesTyped(false);
        typed.keySet().forEach(name -> values.put(name, value(typed.getValueTyped(name))));
        return values;
    }

    static JsonNode variable(VariableScope scope, String name) {
        return value(scope.getVariableTyped(name, false));
    }

    static JsonNode value(TypedValue typed) {
        if (typed == null) {
            return JsonNodeFactory.instance.nullNode();
        }
        if (typed instanceof FileValue file) {
            return JsonNodeFactory.instance.textNode("file " + file.getFilename());
        }
        if (typed instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            return serialized(serializable);
        }
        Object value = typed.getValue();
        if (value instanceof byte[] bytes) {
            return JsonNodeFactory.instance.textNode(bytes.length + " bytes");
        }
        return PayloadValues.tree(value);
    }

    private static JsonNode serialized(SerializableValue value) {
        String text = value.getValueSerialized();
        if (text != null && "application/json".equals(value.getSerializationDataFormat())) {
            try {
                return CanonicalJson.read(text);
            } catch (IllegalArgumentException notJson) {
                return JsonNodeFactory.instance.textNode(text);
            }
        }
        return text == null ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.textNode(text);
    }
}
