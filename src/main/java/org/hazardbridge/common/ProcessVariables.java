package org.hazardbridge.common;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of process variables for delegates and listeners, refusing a missing one by name. */
public final class ProcessVariables {

    private ProcessVariables() {
    }

    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            throw new IllegalStateException("process variable " + name + " is missing");
        }
        return value.toString();
    }

    public static String optionalText(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? "" : value.toString().strip();
    }

    /** A yes/no answer from a form: a Boolean, or the strings "true" and "false" that radio buttons submit. */
    public static Boolean answer(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Boolean flag) {
            return flag;
        }
        if (value != null && List.of("true", "false").contains(value.toString())) {
            return Boolean.valueOf(value.toString());
        }
        return null;
    }

    public static List<String> texts(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (!(value instanceof Collection<?> values)) {
            throw new IllegalStateException("process variable " + name + " is not a list");
        }
        return values.stream().map(Object::toString).toList();
    }
}
