package org.hazardbridge.audit;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Gives every user task the task listeners of the trace (create, assignment, complete, delete: completion before
 * the model's listeners, the others after them, so that they see what those set); every service,
 * script, business rule and send task and every call activity a start and an end listener (the step and the
 * variables it changed); every boundary timer a start listener; and every process an end listener.
 *
 * <p>A parse listener is Camunda 7's documented way to add listeners to all processes; its types live in the
 * engine's {@code impl} packages, and this class and {@link TracePlugin} are the only ones of the trace that use
 * them. The listeners themselves see only the public delegate API.
 */
class TraceParseListener extends AbstractBpmnParseListener {

    private static final String[] TASK_EVENTS = {TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
            TaskListener.EVENTNAME_DELETE};

    private final EngineTrace trace;

    TraceParseListener(EngineTrace trace) {
        this.trace = trace;
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addListener(ExecutionListener.EVENTNAME_END, trace.processEnd());
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        for (String event : TASK_EVENTS) {
            definition.addTaskListener(event, trace.task());
        }
        // Before the model's own listeners, which may take a hidden form value out of the engine once stored.
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, trace.task());
    }

    @Override
    public void parseServiceTask(Element serviceTaskElement, ScopeImpl scope, ActivityImpl activity) {
        addStepListeners(activity);
    }

    @Override
    public void parseScriptTask(Element scriptTaskElement, ScopeImpl scope, ActivityImpl activity) {
        addStepListeners(activity);
    }

    @Override
    public void parseBusinessRuleTask(Element businessRuleTaskElement, ScopeImpl scope, ActivityImpl activity) {
        addStepListeners(activity);
    }

    @Override
    public void parseSendTask(Element sendTaskElement, ScopeImpl scope, ActivityImpl activity) {
        addStepListeners(activity);
    }

    @Override
    public void parseCallActivity(Element callActivityElement, ScopeImpl scope, ActivityImpl activity) {
        addStepListeners(activity);
    }

    @Override
    public void parseBoundaryTimerEventDefinition(Element timerEventDefinition, boolean interrupting,
            ActivityImpl timerActivity) {
        timerActivity.addListener(ExecutionListener.EVENTNAME_START, trace.timer(interrupting));
    }

    private void addStepListeners(ActivityImpl activity) {
        activity.addListener(ExecutionListener.EVENTNAME_START, trace.stepStart());
        activity.addListener(ExecutionListener.EVENTNAME_END, trace.stepEnd());
    }
}
