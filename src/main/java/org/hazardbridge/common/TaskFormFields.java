package org.hazardbridge.common;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;

/**
 * The fields of a user task's form: the input parameters its model declares. They make each field a variable of
 * the task's own scope, so what a form submits stays with the task and does not overwrite the case's variables.
 * The trace records a completion's values under these names, and a completion may set no other.
 */
public final class TaskFormFields {

    private TaskFormFields() {
    }

    /** The names, in the model's order; none for an element without input parameters. */
    public static List<String> of(BaseElement task) {
        List<String> names = new ArrayList<>();
        ExtensionElements extensions = task == null ? null : task.getExtensionElements();
        if (extensions == null) {
            return names;
        }
        for (CamundaInputOutput io : extensions.getElementsQuery().filterByType(CamundaInputOutput.class).list()) {
            for (CamundaInputParameter field : io.getCamundaInputParameters()) {
                names.add(field.getCamundaName());
            }
        }
        return names;
    }
}
