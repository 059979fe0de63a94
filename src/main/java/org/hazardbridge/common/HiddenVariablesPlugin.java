package org.hazardbridge.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Keeps the values of the named variables out of the engine's history. A form may have to submit a value the
 * engine must never keep, such as an expert's score before the panel is complete: the product stores it in its own
 * table from a task listener, and this filter drops every history event about a variable or a submitted form
 * field of that name (Tasklist records each submitted field as a form field event), so {@code ACT_HI_VARINST} and
 * {@code ACT_HI_DETAIL} never hold it. After a user task completes, the value is also removed from the runtime.
 *
 * <p>The display copies ({@link DisplaySettings}) are kept out of history too, but stay in the runtime: a task's
 * region name, role and duty, which the product copies from the case's regions ({@code case_region}) onto every
 * task for Tasklist's lists and forms. Their history would repeat what the case's records and trace already hold,
 * and they are written for every task of every case: three variables, each a row in the runtime and two in history
 * (bench/RESULTS.md). They are local to the task, so a value submitted with a completion under one of these names
 * ends with the task. Process variables are not display copies in this sense: a user who completes a task can
 * overwrite one, and its history is the record of that.
 *
 * <p>A process engine plugin with a history event handler is Camunda 7's documented way to do this; the types it
 * needs live in the engine's {@code impl} packages, and this class is the only place that uses them.
 */
@Component
public class HiddenVariablesPlugin extends AbstractProcessEnginePlugin {

    private final Set<String> hidden;
    private final Set<String> untracked;

    HiddenVariablesPlugin(Settings settings, DisplaySettings display) {
        this.hidden = Set.copyOf(settings.names());
        this.untracked = Stream.concat(hidden.stream(), display.names().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(0, new Filter(new DbHistoryEventHandler(), untracked));
        configuration.setCustomHistoryEventHandlers(handlers);
        List<BpmnParseListener> parsers = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        parsers.add(new RemoveAfterCompletion(hidden));
        configuration.setCustomPostBPMNParseListeners(parsers);
    }

    /** Whether a variable of this name is kept out of history. */
    public boolean hides(String variableName) {
        return hidden.contains(variableName);
    }

    /** The hidden variable names. */
    @ConfigurationProperties("hazardbridge.history.hidden-variables")
    public record Settings(List<String> names) {

        /** Expert scores until the panel completes, and the classified fields of the disposal form. */
        public static final List<String> DEFAULT_NAMES =
                List.of("score", "scoreReason", "disposalPlan", "contingencyPlan");

        public Settings {
            names = names == null ? DEFAULT_NAMES : List.copyOf(names);
        }
    }

    /** Display copies: variables kept out of history, but not removed from the runtime. */
    @ConfigurationProperties("hazardbridge.history.display-variables")
    public record DisplaySettings(List<String> names) {

        /** A task's region as its list and form show it. */
        public static final List<String> DEFAULT_NAMES = List.of("regionName", "regionRole", "regionDuty");

        public DisplaySettings {
            names = names == null ? DEFAULT_NAMES : List.copyOf(names);
        }
    }

    /**
     * After a user task's own completion listeners have taken a hidden value into the product, removes it from
     * the engine, wherever the form put it: no later reader of runtime variables finds it.
     */
    private static final class RemoveAfterCompletion extends AbstractBpmnParseListener {

        private final Set<String> hidden;

        RemoveAfterCompletion(Set<String> hidden) {
            this.hidden = hidden;
        }

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                    .addTaskListener(TaskListener.EVENTNAME_COMPLETE, this::remove);
        }

        private void remove(DelegateTask task) {
            hidden.stream().filter(task.getExecution()::hasVariable).forEach(task.getExecution()::removeVariable);
        }
    }

    private record Filter(HistoryEventHandler delegate, Set<String> hidden) implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!isHidden(event)) {
                delegate.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }

        private boolean isHidden(HistoryEvent event) {
            if (event instanceof HistoricVariableUpdateEventEntity update) {
                return hidden.contains(update.getVariableName());
            }
            return event instanceof HistoricFormPropertyEventEntity formField
                    && hidden.contains(formField.getPropertyId());
        }
    }
}
