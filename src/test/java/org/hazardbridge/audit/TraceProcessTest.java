package org.hazardbridge.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardbridge.hazard.CaseScenario.taipuWaterPollution;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.hazardbridge.hazard.CaseScenario;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardIntake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What the trace records as a case runs through its process with the real delegates and tables: every step, task,
 * evaluation and notice, by whom and for which region, one unbroken signed chain; scores only as commitments.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:trace-process-test;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class TraceProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    HazardIntake intake;

    @Autowired
    TraceQueries traces;

    CaseScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new CaseScenario(engine, intake);
    }

    @Test
    void tracesACaseFromReportToClosureInOneSignedChain() {
        HazardCase reported = reportAs("officer320509");
        scenario.completeAll(reported, "acknowledge-notice", "officer", Map.of());
        scenario.agreeOnGrade(reported, "III");
        scenario.completeAll(reported, "dispose-hazard", "officer",
                Map.of("disposalReport", "已截断排污口并清理岸线", "disposalPlan",
                        "调用应急监测车两台"));
        scenario.completeAll(reported, "accept-disposal", "manager",
                Map.of("accepted", true, "acceptanceReport", "现场复核合格"));
        closeCase(reported);

        TraceDocument trace = traces.export(reported.caseNumber());

        assertThat(TraceVerifier.verify(trace).valid()).isTrue();
        assertThat(trace.entries()).extracting(TraceDocument.Entry::sequence)
                .containsExactlyElementsOf(sequences(trace.entries().size()));
        TraceDocument.Entry first = trace.entries().get(0);
        assertThat(first.action()).isEqualTo(TraceAction.CASE_REPORTED);
        assertThat(first.user()).isEqualTo("officer320509");
        assertThat(first.region()).isEqualTo("320509");
        assertThat(first.payload().path("caseId").asText()).isEqualTo(reported.id().toString());
        assertThat(actions(trace)).contains(TraceAction.DECISION_EVALUATED, TraceAction.STEP_COMPLETED,
                TraceAction.TASK_CREATED, TraceAction.TASK_CLAIMED, TraceAction.TASK_COMPLETED,
                TraceAction.NOTICE_SENT, TraceAction.PROCESS_COMPLETED);
        assertThat(decisionKeys(trace)).contains("hazard-grading", "jurisdiction", "stage-deadlines");
        TraceDocument.Entry disposal = completion(trace, "dispose-hazard", "330421");
        assertThat(disposal.user()).isEqualTo("officer330421");
        assertThat(disposal.region()).isEqualTo("330421");
        assertThat(disposal.payload().path("values").path("disposalReport").asText())
                .isEqualTo("已截断排污口并清理岸线");
        assertThat(disposal.payload().path("values").path("disposalPlan").path("commitment").asText()).hasSize(64);
        assertThat(trace.entries()).noneMatch(e -> e.payload().toString().contains("应急监测车"));
        TraceDocument.Entry last = trace.entries().get(trace.entries().size() - 1);
        assertThat(last.action()).isEqualTo(TraceAction.PROCESS_COMPLETED);
        assertThat(last.user()).isEqualTo("system");
        assertThat(last.region()).isEqualTo("system");
    }

    @Test
    void recordsWhatEachAutomatedStepChanged() {
        HazardCase reported = reportAs("officer320509");

        TraceDocument trace = traces.export(reported.caseNumber());

        JsonNode split = step(trace, "split-responsibility").payload().path("changed");
        assertThat(split.path("responsibleRegions")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("320509", "310117", "310118", "330421");
        JsonNode graded = step(trace, "grade-hazard").payload().path("changed");
        assertThat(graded.path("grade").asText()).isEqualTo("III");
    }

    @Test
    void keepsExpertScoresOutOfTheTraceAsCommitmentsThatOpenOnlyWithTheirSalt() {
        HazardCase reported = disputed();
        Task scoring = scenario.tasks(reported, "score-hazard").get(0);
        String expert = scoring.getAssignee();

        scenario.complete(scoring, expert, Map.of("score", 91, "scoreReason",
                "下游取水口氨氮超标三倍以上"));

        TraceDocument trace = traces.export(reported.caseNumber());
        TraceDocument.Entry scored = trace.entries().stream()
                .filter(e -> e.action().equals(TraceAction.TASK_COMPLETED))
                .filter(e -> e.payload().path("taskKey").asText().equals("score-hazard")).findFirst().orElseThrow();
        assertThat(scored.user()).isEqualTo(expert);
        assertThat(scored.region()).isNotIn("320509", "310117", "310118", "330421", "none");
        JsonNode score = scored.payload().path("values").path("score");
        assertThat(score.path("scheme").asText()).isEqualTo(PayloadRedaction.SCHEME);
        assertThat(score.path("commitment").asText()).hasSize(64);
        assertThat(trace.entries()).noneMatch(e -> e.payload().toString().contains("氨氮超标三倍"));
        assertThat(traces.opens(reported.caseNumber(), scored.sequence(), "values.score", 91)).isTrue();
        assertThat(traces.opens(reported.caseNumber(), scored.sequence(), "values.score", 90)).isFalse();
        assertThat(TraceVerifier.verify(trace).valid()).isTrue();
    }

    @Test
    void recordsAnOverdueStageAsEscalatedBySystem() {
        HazardCase reported = reportAs("officer320509");
        scenario.completeAll(reported, "acknowledge-notice", "officer", Map.of());
        scenario.agreeOnGrade(reported, "III");

        Job timer = engine.getManagementService().createJobQuery().processInstanceId(reported.processInstanceId())
                .timers().activityId("disposal-overdue").singleResult();
        engine.getManagementService().executeJob(timer.getId());

        TraceDocument.Entry escalated = traces.export(reported.caseNumber()).entries().stream()
                .filter(e -> e.action().equals(TraceAction.ESCALATED)).findFirst().orElseThrow();
        assertThat(escalated.user()).isEqualTo("system");
        assertThat(escalated.payload().path("attachedTo").asText()).isEqualTo("disposal-stage");
    }

    @Test
    void derivesTheChainOfResponsibilityFromTheTrace() {
        HazardCase reported = reportAs("officer320509");
        scenario.completeAll(reported, "acknowledge-notice", "officer", Map.of());
        scenario.agreeOnGrade(reported, "III");
        scenario.completeAll(reported, "dispose-hazard", "officer", Map.of("disposalReport", "已截断排污口"));
        scenario.completeAll(reported, "accept-disposal", "manager",
                Map.of("accepted", "true", "acceptanceReport", "现场复核合格"));
        closeCase(reported);

        ResponsibilityChain chain = traces.responsibility(reported.caseNumber());

        assertThat(chain.trace().valid()).isTrue();
        assertThat(chain.discovered().by()).isEqualTo("officer320509");
        assertThat(chain.split().by().by()).isEqualTo("officer320509");
        assertThat(chain.split().decisions()).hasSize(reported.regions().size()).allSatisfy(decision -> {
            assertThat(decision.details().path("version").asInt()).isPositive();
            assertThat(decision.details().path("inputs").path("hazardType").asText()).isEqualTo("WATER_POLLUTION");
        });
        assertThat(chain.disposals()).extracting(ResponsibilityChain.RegionAct::forRegion)
                .containsExactlyInAnyOrder("320509", "310117", "310118", "330421");
        assertThat(chain.acceptances()).allSatisfy(acceptance -> assertThat(acceptance.act().by())
                .isEqualTo("manager" + acceptance.forRegion()));
        assertThat(chain.closed()).isNotNull();
    }

    private HazardCase reportAs(String userId) {
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication(userId, List.of("officers" + userId.replaceAll("\\D", "")));
        try {
            return scenario.report(taipuWaterPollution());
        } finally {
            identity.clearAuthentication();
        }
    }

    private HazardCase disputed() {
        HazardCase reported = reportAs("officer320509");
        scenario.completeAll(reported, "acknowledge-notice", "officer", Map.of());
        List<Task> opinions = scenario.tasks(reported, "submit-grade-opinion");
        for (int i = 0; i < opinions.size(); i++) {
            Task task = opinions.get(i);
            scenario.complete(task, "manager" + scenario.regionOf(task),
                    Map.of("gradeOpinion", i % 2 == 0 ? "III" : "II", "opinionReason", "依据现场监测数据"));
        }
        return reported;
    }

    private void closeCase(HazardCase hazardCase) {
        Job close = engine.getManagementService().createJobQuery()
                .processInstanceId(hazardCase.processInstanceId()).activityId("close-case").singleResult();
        engine.getManagementService().executeJob(close.getId());
    }

    private static List<Long> sequences(int count) {
        return java.util.stream.LongStream.rangeClosed(1, count).boxed().toList();
    }

    private static List<String> actions(TraceDocument trace) {
        return trace.entries().stream().map(TraceDocument.Entry::action).toList();
    }

    private static List<String> decisionKeys(TraceDocument trace) {
        return trace.entries().stream().filter(e -> e.action().equals(TraceAction.DECISION_EVALUATED))
                .map(e -> e.payload().path("decisionKey").asText()).toList();
    }

    private static TraceDocument.Entry completion(TraceDocument trace, String taskKey, String region) {
        return trace.entries().stream().filter(e -> e.action().equals(TraceAction.TASK_COMPLETED))
                .filter(e -> e.payload().path("taskKey").asText().equals(taskKey))
                .filter(e -> e.payload().path("forRegion").asText().equals(region)).findFirst().orElseThrow();
    }

    private static TraceDocument.Entry step(TraceDocument trace, String activityId) {
        return trace.entries().stream().filter(e -> e.action().equals(TraceAction.STEP_COMPLETED))
                .filter(e -> e.payload().path("activityId").asText().equals(activityId)).findFirst().orElseThrow();
    }
}
