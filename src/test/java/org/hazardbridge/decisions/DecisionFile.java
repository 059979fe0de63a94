package org.hazardbridge.decisions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionLogicEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;

/**
 * One file of {@code decisions/}, parsed by the standalone DMN engine straight from the working tree, so a test
 * sees the table exactly as a rule owner saved it. Each evaluation also reports which rules matched, per decision
 * of the DRD (a required decision included).
 */
final class DecisionFile {

    private static final Path DECISIONS = Path.of("decisions");

    private final Map<String, List<String>> lastMatches = new HashMap<>();
    private final DmnEngine engine;
    private final Map<String, DmnDecision> decisionsByKey;

    private DecisionFile(String fileName) {
        DmnEngineConfiguration configuration = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
                .customPostDecisionEvaluationListeners(List.of(new MatchRecorder()));
        engine = configuration.buildEngine();
        decisionsByKey = parse(DECISIONS.resolve(fileName)).stream()
                .collect(Collectors.toMap(DmnDecision::getKey, Function.identity()));
    }

    static DecisionFile load(String fileName) {
        return new DecisionFile(fileName);
    }

    synchronized Evaluation evaluate(String decisionKey, Map<String, Object> variables) {
        DmnDecision decision = decisionsByKey.get(decisionKey);
        if (decision == null) {
            throw new IllegalArgumentException("No decision " + decisionKey + " in " + decisionsByKey.keySet());
        }

        lastMatches.clear();
        DmnDecisionResult result = engine.evaluateDecision(decision, variables);
        return new Evaluation(result, Map.copyOf(lastMatches));
    }

    private List<DmnDecision> parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return engine.parseDecisions(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), e);
        }
    }

    /** The outputs of one evaluation and the ids of the rules that matched, by decision key. */
    record Evaluation(DmnDecisionResult result, Map<String, List<String>> matchedRules) {

        <T> T output(String name) {
            return result.getSingleResult().getEntry(name);
        }

        List<String> matchedRules(String decisionKey) {
            return matchedRules.getOrDefault(decisionKey, List.of());
        }
    }

    private final class MatchRecorder implements DmnDecisionEvaluationListener {

        @Override
        public void notify(DmnDecisionEvaluationEvent event) {
            record(event.getDecisionResult());
            event.getRequiredDecisionResults().forEach(this::record);
        }

        private void record(DmnDecisionLogicEvaluationEvent event) {
            if (event instanceof DmnDecisionTableEvaluationEvent table) {
                List<String> ids = table.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList();
                lastMatches.put(table.getDecision().getKey(), ids);
            }
        }
    }
}
