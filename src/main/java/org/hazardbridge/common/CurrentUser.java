package org.hazardbridge.common;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who is acting in the engine right now: the authenticated user of the command, else the task's assignee. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static String of(DelegateExecution execution) {
        return userOf(execution.getProcessEngineServices().getIdentityService());
    }

    public static String of(DelegateTask task) {
        String user = userOf(task.getProcessEngineServices().getIdentityService());
        return user != null ? user : task.getAssignee();
    }

    private static String userOf(IdentityService identity) {
        var authentication = identity.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
