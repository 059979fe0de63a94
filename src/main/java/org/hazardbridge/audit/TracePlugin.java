package org.hazardbridge.audit;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds the trace's listeners to every process the engine parses (see {@link TraceParseListener}), so work done in
 * Tasklist, through the engine's REST API or through the product's API is traced alike. The writer is looked up
 * when a listener first runs, because it needs the engine this plugin helps to build.
 */
@Component
class TracePlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TraceWriter> writer;

    TracePlugin(ObjectProvider<TraceWriter> writer) {
        this.writer = writer;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new TraceParseListener(new EngineTrace(writer::getObject)));
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
