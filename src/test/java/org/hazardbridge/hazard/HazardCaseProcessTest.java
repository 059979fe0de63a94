package org.hazardbridge.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hazardbridge.hazard.CaseScenario.taipuWaterPollution;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One test per path through {@code processes/hazard-case.bpmn}, with the real delegates, tables and demo
 * boundaries, on an in-memory database and without the job executor, so the tests fire jobs themselves.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:process-test;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class HazardCaseProcessTest {

    private static final List<String> REGIONS = List.of("320509", "310117", "310118", "330421");

    @Autowired
    ProcessEngine engine;

    @Autowired
    HazardIntake intake;

    @Autowired
    HazardCases cases;

    CaseScenario scenario;

    @BeforeEach
    void setUp() {
        init(engine);
        scenario = new CaseScenario(engine, intake);
    }

    @Test
    void closesCaseWhenEveryRegionAccepts() {
        HazardCase reported = scenario.report(taipuWaterPollution());
        ProcessInstance instance = scenario.instanceOf(reported);
        assertThat(instance).isWaitingAt("acknowledge-notice").hasPassed("register-hazard", "grade-hazard",
                "split-responsibility");
        assertThat(regionsOf(reported, "acknowledge-notice")).containsExactlyInAnyOrderElementsOf(REGIONS);

        scenario.completeAll(reported, "acknowledge-notice", "officer", Map.of());
        assertThat(instance).isWaitingAt("submit-grade-opinion");
        scenario.agreeOnGrade(reported, "III");
        assertThat(instance).isWaitingAt("dispose-hazard");
        scenario.completeAll(reported, "dispose-hazard", "officer", Map.of("disposalReport",
                "已截断排污口并清理岸线"));
        assertThat(instance).isWaitingAt("accept-disposal");
        scenario.completeAll(reported, "accept-disposal", "manager", accepted(true));

        assertThat(instance).isWaitingAt("close-case");
        execute(job());
        assertThat(instance).isEnded().hasPassed("case-closed");
        HazardCase closed = cases.require(reported.caseNumber());
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.regions()).allSatisfy(region -> assertThat(region.acknowledgedBy()).startsWith("officer"));
    }

    @Test
    void returnsToDisposalWithTheReasonsWhenOneRegionRejects() {
        HazardCase reported = scenario.report(taipuWaterPollution());
        ProcessInstance instance = scenario.instanceOf(reported);
        scenario.completeAll(reported, "acknowledge-notice", "officer", Map.of());
        scenario.agreeOnGrade(reported, "III");
        scenario.completeAll(reported, "dispose-hazard", "officer", Map.of("disposalReport",
                "已截断排污口并清理岸线"));

        for (Task task : scenario.tasks(reported, "accept-disposal")) {
            String region = scenario.regionOf(task);
            boolean accept = !region.equals("310118");
            scenario.complete(task, "manager" + region, accept ? accepted(true)
                    : Map.of("accepted", "false", "acceptanceReport", "金泽水源地取水口下游氨氮仍超标"));
        }

        assertThat(instance).isWaitingAt("dispose-hazard").variables()
                .containsEntry("allAccepted", false)
                .hasEntrySatisfying("rejectionReasons", reasons -> assertThat((String) reasons)
                        .contains("青浦区").contains("氨氮仍超标"));
        assertThat(regionsOf(reported, "dispose-hazard")).containsExactlyInAnyOrderElementsOf(REGIONS);
        assertThat(cases.require(reported.caseNumber()).disposalRound()).isEqualTo(2);

        scenario.completeAll(reported, "dispose-hazard", "officer", Map.of("disposalReport",
                "加密监测，氨氮已达标"));
        scenario.completeAll(reported, "accept-disposal", "manager", accepted(true));
        execute(job());
        assertThat(instance).isEnded();
    }

    @Test
    void escalatesOverdueDisposalToSupervisorsWithoutStoppingIt() {
        HazardCase reported = scenario.report(taipuWaterPollution());
        ProcessInstance instance = scenario.instanceOf(reported);
        scenario.completeAll(reported, "acknowledge-notice", "officer", Map.of());
        scenario.agreeOnGrade(reported, "III");

        execute(timerOf(instance, "disposal-overdue"));

        assertThat(instance).isWaitingAt("dispose-hazard", "supervise-overdue");
        Task supervision = scenario.taskOf(reported, "supervise-overdue", "supervisors");
        assertThat(supervision.getDueDate()).isNotNull();
        scenario.complete(supervision, "supervisor", Map.of("supervisionNote", "请吴江区于三日内完成截污"));
        HazardCase escalated = cases.require(reported.caseNumber());
        assertThat(escalated.currentStageRecord()).hasValueSatisfying(stage -> {
            assertThat(stage.stage()).isEqualTo(CaseStage.DISPOSAL);
            assertThat(stage.escalatedAt()).isNotNull();
        });
        assertThat(scenario.tasks(reported, "dispose-hazard")).hasSize(REGIONS.size());
    }

    @Test
    void givesEveryTaskOfAStageTheStageDeadline() {
        HazardCase reported = scenario.report(taipuWaterPollution());

        List<Task> notices = scenario.tasks(reported, "acknowledge-notice");

        StageRecord stage = cases.require(reported.caseNumber()).currentStageRecord().orElseThrow();
        assertThat(stage.deadline()).isEqualTo("PT12H");
        assertThat(notices).allSatisfy(task -> assertThat(task.getDueDate().toInstant()).isEqualTo(stage.dueAt()));
    }

    @Test
    void refusesADisposalWithoutReport() {
        HazardCase reported = scenario.reportAndAgree(taipuWaterPollution(), "III");
        Task disposal = scenario.taskOf(reported, "dispose-hazard", "officers320509");

        assertThatThrownBy(() -> scenario.complete(disposal, "officer320509", Map.of("disposalReport", "  ")))
                .hasMessageContaining("disposalReport");

        assertThat(scenario.tasks(reported, "dispose-hazard")).hasSize(REGIONS.size());
    }

    private List<String> regionsOf(HazardCase hazardCase, String taskKey) {
        return scenario.tasks(hazardCase, taskKey).stream().map(scenario::regionOf).toList();
    }

    private Job timerOf(ProcessInstance instance, String boundaryEvent) {
        ManagementService management = engine.getManagementService();
        return management.createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId(boundaryEvent).singleResult();
    }

    private static Map<String, Object> accepted(boolean accepted) {
        return Map.of("accepted", accepted, "acceptanceReport", "现场复核合格");
    }
}
