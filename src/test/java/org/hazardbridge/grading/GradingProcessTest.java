package org.hazardbridge.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.hazardbridge.hazard.CaseScenario.taipuWaterPollution;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.hazardbridge.expert.ExpertPool;
import org.hazardbridge.hazard.CaseScenario;
import org.hazardbridge.hazard.CaseStage;
import org.hazardbridge.hazard.GradeBasis;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardCases;
import org.hazardbridge.hazard.HazardIntake;
import org.hazardbridge.hazard.HazardReportRequest;
import org.hazardbridge.hazard.CaseNotices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The grading stage of hazard-case and the grading-arbitration process, path by path: consensus, dispute settled
 * by the panel, an expert timing out and being replaced, and too few eligible experts.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:process-test;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class GradingProcessTest {

    /** The regions of the 太浦河 case: 吴江 primary, 松江, 青浦, 嘉善 co-responsible. */
    private static final List<String> DISPUTING = List.of("320509", "310117", "310118", "330421");

    @Autowired
    ProcessEngine engine;

    @Autowired
    HazardIntake intake;

    @Autowired
    HazardCases cases;

    @Autowired
    ExpertPool pool;

    @Autowired
    ExpertPanel panel;

    @Autowired
    CaseNotices notices;

    CaseScenario scenario;

    @BeforeEach
    void setUp() {
        init(engine);
        scenario = new CaseScenario(engine, intake);
    }

    @Test
    void keepsTheGradeEveryRegionAgreesOnAndTellsThemAll() {
        HazardCase reported = scenario.report(taipuWaterPollution());
        scenario.completeAll(reported, "acknowledge-notice", "officer", Map.of());

        scenario.agreeOnGrade(reported, "II");

        HazardCase settled = cases.require(reported.caseNumber());
        assertThat(settled.automaticGrade().name()).isEqualTo("III");
        assertThat(settled.grade().name()).isEqualTo("II");
        assertThat(settled.legalClass()).isEqualTo("重大事故隐患");
        assertThat(settled.gradeBasis()).isEqualTo(GradeBasis.CONSENSUS);
        assertThat(settled.currentStageRecord().orElseThrow().deadline()).as("II disposal limit").isEqualTo("P15D");
        assertThat(notices.of(settled)).extracting(n -> n.adcode()).containsExactlyInAnyOrderElementsOf(DISPUTING);
        assertThat(arbitrationOf(reported)).isNull();
    }

    @Test
    void settlesADisputeByThePanelsMeanScore() {
        HazardCase reported = disputed(taipuWaterPollution());
        ProcessInstance arbitration = arbitrationOf(reported);
        assertThat(arbitration).isWaitingAt("score-hazard");

        List<Task> scoring = scenario.tasks(reported, "score-hazard");
        assertThat(scoring).hasSize(5).extracting(Task::getAssignee).doesNotHaveDuplicates()
                .allSatisfy(expert -> assertThat(pool.find(expert).orElseThrow().affiliatedWithAnyOf(DISPUTING))
                        .isFalse());
        int[] scores = {80, 75, 72, 70, 78};
        for (int i = 0; i < scoring.size(); i++) {
            score(scoring.get(i), scores[i]);
        }

        assertThat(arbitration).isEnded().variables().containsEntry("arbitratedGrade", "II");
        HazardCase settled = cases.require(reported.caseNumber());
        assertThat(settled.grade().name()).isEqualTo("II");
        assertThat(settled.gradeBasis()).isEqualTo(GradeBasis.ARBITRATION);
        assertThat(settled.meanScore()).isEqualTo(75.0);
        assertThat(settled.stage()).isEqualTo(CaseStage.DISPOSAL);
        assertThat(settled.currentStageRecord().orElseThrow().deadline()).isEqualTo("P15D");
    }

    @Test
    void keepsScoresOutOfTheEngine() {
        HazardCase reported = disputed(taipuWaterPollution());

        score(scenario.tasks(reported, "score-hazard").get(0), 91);
        Task asTasklistDoes = scenario.tasks(reported, "score-hazard").get(1);
        engine.getIdentityService().setAuthenticatedUserId(asTasklistDoes.getAssignee());
        engine.getFormService().submitTaskForm(asTasklistDoes.getId(),
                Map.of("score", 77, "scoreReason", "经现场复核，影响范围较大"));
        engine.getIdentityService().clearAuthentication();

        assertThat(engine.getRuntimeService().createVariableInstanceQuery().variableName("score").list())
                .as("the other experts' empty score fields").allSatisfy(v -> assertThat(v.getValue()).isNull());
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("score").count())
                .isZero();
        assertThat(engine.getHistoryService().createHistoricDetailQuery().variableUpdates().list())
                .noneMatch(detail -> detail.toString().contains("score="));
        assertThat(engine.getHistoryService().createHistoricDetailQuery().formFields().list())
                .as("form fields Tasklist submits").noneMatch(detail -> detail.toString().contains("score"));
    }

    @Test
    void replacesAnExpertWhoDoesNotScoreInTimeWithTheNextOfTheDraw() {
        HazardCase reported = disputed(taipuWaterPollution());
        List<String> drawn = assignees(reported);
        String late = drawn.get(0);

        engine.getManagementService().executeJob(scoreTimerOf(reported, late).getId());

        List<String> now = assignees(reported);
        assertThat(now).hasSize(5).doesNotContain(late);
        String replacement = now.stream().filter(e -> !drawn.contains(e)).findFirst().orElseThrow();
        assertThat(pool.find(replacement).orElseThrow().affiliatedWithAnyOf(DISPUTING)).isFalse();
        PanelSeat ended = panel.seatOf(reported.caseNumber(), late);
        assertThat(ended.status()).isEqualTo(PanelSeat.Status.REPLACED);
        assertThat(ended.replacedBy()).isEqualTo(replacement);
        assertThat(ended.endReason()).contains("24 小时");
    }

    @Test
    void asksSupervisorsForAReplacementWhenTheDrawIsExhausted() {
        HazardCase reported = disputed(taipuWaterPollution());
        engine.getManagementService().executeJob(scoreTimerOf(reported, assignees(reported).get(0)).getId());
        String replacement = assignees(reported).get(4);

        engine.getManagementService().executeJob(scoreTimerOf(reported, replacement).getId());

        Task appoint = scenario.taskOf(reported, "appoint-replacement", "supervisors");
        assertThatThrownBy(() -> scenario.complete(appoint, "supervisor", Map.of("replacementExpert", "expert07")))
                .hasMessageContaining("replacementExpert");
        scenario.complete(scenario.taskOf(reported, "appoint-replacement", "supervisors"), "supervisor",
                Map.of("replacementExpert", "expert09"));
        assertThat(assignees(reported)).hasSize(5).contains("expert09");
    }

    @Test
    void letsSupervisorsAppointExpertsWhenFewerThanThreeAreEligible() {
        HazardCase reported = disputed(bridgeDamageAtTheDemoCorner());
        ProcessInstance arbitration = arbitrationOf(reported);
        assertThat(arbitration).isWaitingAt("appoint-experts").variables()
                .containsEntry("panelReady", false)
                .hasEntrySatisfying("eligibleHint", hint -> assertThat((String) hint).contains("expert01")
                        .doesNotContain("expert08").doesNotContain("expert09"));
        Task appoint = scenario.taskOf(reported, "appoint-experts", "supervisors");

        assertThatThrownBy(() -> scenario.complete(appoint, "supervisor", Map.of("appointedExperts", "expert01")))
                .hasMessageContaining("至少需要 3 名");
        assertThat(scenario.tasks(reported, "score-hazard")).isEmpty();

        scenario.complete(scenario.taskOf(reported, "appoint-experts", "supervisors"), "supervisor",
                Map.of("appointedExperts", "expert01，expert02"));
        assertThat(assignees(reported)).containsExactlyInAnyOrder("expert09", "expert01", "expert02");
    }

    @Test
    void neverSeatsAnExpertOfADisputingRegion() {
        for (String caseNumber : List.of("DRAW-320509-0001", "DRAW-330421-0042", "DRAW-310118-9999")) {
            ExpertPanel.Draw draw = panel.draw(caseNumber, "WATER_POLLUTION", DISPUTING);

            assertThat(draw.seated()).hasSize(5)
                    .noneMatch(expert -> pool.find(expert).orElseThrow().affiliatedWithAnyOf(DISPUTING));
        }
    }

    private HazardCase disputed(HazardReportRequest request) {
        HazardCase reported = scenario.report(request);
        scenario.completeAll(reported, "acknowledge-notice", "officer", Map.of());
        List<Task> opinions = scenario.tasks(reported, "submit-grade-opinion");
        for (int i = 0; i < opinions.size(); i++) {
            Task task = opinions.get(i);
            scenario.complete(task, "manager" + scenario.regionOf(task),
                    Map.of("gradeOpinion", i % 2 == 0 ? "III" : "II", "opinionReason", "依据现场监测数据"));
        }
        return reported;
    }

    private static HazardReportRequest bridgeDamageAtTheDemoCorner() {
        return new HazardReportRequest("BRIDGE_STRUCTURE", "省界桥梁支座损坏",
                "交界处桥梁支座开裂，重载车辆通行存在风险",
                new HazardReportRequest.Location(120.88, 31.02, "GCJ02"), 3000,
                new HazardReportRequest.Consequences(2L, 5L, 5_000_000L, "MEDIUM"), false, null);
    }

    private void score(Task task, int score) {
        scenario.complete(task, task.getAssignee(), Map.of("score", score, "scoreReason",
                "结合水质监测数据综合研判"));
    }

    private List<String> assignees(HazardCase hazardCase) {
        return scenario.tasks(hazardCase, "score-hazard").stream().map(Task::getAssignee).toList();
    }

    private Job scoreTimerOf(HazardCase hazardCase, String expert) {
        Task task = scenario.tasks(hazardCase, "score-hazard").stream()
                .filter(t -> t.getAssignee().equals(expert)).findFirst().orElseThrow();
        return engine.getManagementService().createJobQuery().timers().activityId("expert-timed-out")
                .executionId(task.getExecutionId()).singleResult();
    }

    private ProcessInstance arbitrationOf(HazardCase hazardCase) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("grading-arbitration")
                .processInstanceBusinessKey(hazardCase.caseNumber()).singleResult();
    }
}
