package org.hazardbridge.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.hazardbridge.audit.CaseTrace;
import org.hazardbridge.audit.TraceAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Evaluates the latest deployed version of a table and records, for the case, the version used with its inputs and
 * outputs. The version is looked up first and then evaluated by id, so the recorded version is the one that decided
 * even when a rule owner deploys a new one at the same moment.
 */
@Service
public class DecisionEvaluator {

    private static final Logger log = LoggerFactory.getLogger(DecisionEvaluator.class);

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final RepositoryService repository;
    private final DecisionService decisions;
    private final DecisionRecordRepository records;
    private final CaseTrace trace;
    private final Clock clock;

    DecisionEvaluator(RepositoryService repository, DecisionService decisions, DecisionRecordRepository records,
            CaseTrace trace, Clock clock) {
        this.trace = trace;
        this.repository = repository;
        this.decisions = decisions;
        this.records = records;
        this.clock = clock;
    }

    /** Evaluates the latest version of {@code decisionKey} for a case and records the evaluation. */
    public Evaluation evaluate(String caseNumber, String decisionKey, String subject, Map<String, Object> inputs) {
        DecisionDefinition definition = latest(decisionKey);
        DmnDecisionResult result = decisions.evaluateDecisionById(definition.getId()).variables(new HashMap<>(inputs))
                .evaluate();
        List<Map<String, Object>> rows = result.getResultList().stream()
                .map(row -> (Map<String, Object>) new TreeMap<>(row))
                .toList();
        Evaluation evaluation = new Evaluation(decisionKey, definition.getVersion(), definition.getId(), rows);
        records.save(new DecisionRecord(caseNumber, evaluation, subject, json(sorted(inputs)), json(rows),
                clock.instant()));
        trace.record(caseNumber, TraceAction.DECISION_EVALUATED, traced(evaluation, subject, inputs));
        log.debug("Case {} evaluated {} v{} for {}: {} -> {}", caseNumber, decisionKey, definition.getVersion(),
                subject, inputs, rows);
        return evaluation;
    }

    /** The trace entry of an evaluation (issue 5): table key, version, subject, inputs and outputs. */
    private static Map<String, Object> traced(Evaluation evaluation, String subject, Map<String, Object> inputs) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("decisionKey", evaluation.decisionKey());
        payload.put("version", evaluation.version());
        payload.put("decisionDefinitionId", evaluation.decisionDefinitionId());
        payload.put("subject", subject);
        payload.put("inputs", new HashMap<>(inputs));
        payload.put("outputs", evaluation.results());
        return payload;
    }

    /** Whether any version of a table with this key is deployed. */
    public boolean isDeployed(String decisionKey) {
        return repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey).withoutTenantId()
                .count() > 0;
    }

    /** The decision records of a case, oldest first. */
    public List<DecisionRecord> recordsOf(String caseNumber) {
        return records.findByCaseNumberOrderById(caseNumber);
    }

    private DecisionDefinition latest(String decisionKey) {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(decisionKey).withoutTenantId().latestVersion().singleResult();
        if (definition == null) {
            throw new DecisionOutcomeException("no decision table with key " + decisionKey + " is deployed");
        }
        return definition;
    }

    private static Map<String, Object> sorted(Map<String, Object> inputs) {
        Map<String, Object> sorted = new TreeMap<>();
        inputs.forEach(sorted::put);
        return sorted;
    }

    private static String json(Object value) {
        try {
            return CANONICAL.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("decision data cannot be written as JSON", e);
        }
    }
}
