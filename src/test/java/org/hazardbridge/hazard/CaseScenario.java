package org.hazardbridge.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives a hazard case the way its regions would: reports it, then works each region's task as a member of the
 * region's group. Shared by the process and integration tests.
 */
public class CaseScenario {

    private final ProcessEngine engine;
    private final HazardIntake intake;

    public CaseScenario(ProcessEngine engine, HazardIntake intake) {
        this.engine = engine;
        this.intake = intake;
    }

    /** {@link #taipuWaterPollution()} as the JSON body of {@code POST /api/hazards}. */
    public static final String TAIPU_JSON = """
            { "type": "WATER_POLLUTION", "title": "太浦河吴江段化工废液排放",
              "description": "巡查发现疑似化工废液排入太浦河",
              "location": { "lon": 120.88, "lat": 31.02, "crs": "GCJ02" }, "impactRadiusMeters": 3000,
              "consequences": { "potentialDeaths": 0, "potentialSeriousInjuries": 2,
                                "potentialDirectLossYuan": 20000000, "socialImpact": "HIGH" },
              "majorHazardSituation": false }""";

    /** Water pollution at the 吴江 bank of the 太浦河, near the corner of the three demo districts. */
    public static HazardReportRequest taipuWaterPollution() {
        return new HazardReportRequest("WATER_POLLUTION", "太浦河吴江段化工废液排放",
                "巡查发现疑似化工废液经雨水管排入太浦河",
                new HazardReportRequest.Location(120.88, 31.02, "GCJ02"), 3000,
                new HazardReportRequest.Consequences(0L, 2L, 20_000_000L, "HIGH"), false, null);
    }

    public HazardCase report(HazardReportRequest request) {
        return intake.report(request);
    }

    public ProcessInstance instanceOf(HazardCase hazardCase) {
        return runtime().createProcessInstanceQuery().processInstanceBusinessKey(hazardCase.caseNumber())
                .singleResult();
    }

    /** The open tasks of a case with the given definition key, one per region, by region adcode. */
    public List<Task> tasks(HazardCase hazardCase, String taskKey) {
        return tasks().createTaskQuery().processInstanceBusinessKey(hazardCase.caseNumber())
                .taskDefinitionKey(taskKey).orderByTaskId().asc().list();
    }

    public Task taskOf(HazardCase hazardCase, String taskKey, String group) {
        List<Task> found = tasks().createTaskQuery().processInstanceBusinessKey(hazardCase.caseNumber())
                .taskDefinitionKey(taskKey).taskCandidateGroup(group).includeAssignedTasks().list();
        assertThat(found).as("open %s tasks of %s", taskKey, group).hasSize(1);
        return found.get(0);
    }

    /** Claims and completes a task as {@code userId}, with the given form values. */
    public void complete(Task task, String userId, Map<String, Object> values) {
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication(userId, groupsOf(userId));
        try {
            tasks().claim(task.getId(), userId);
            tasks().complete(task.getId(), values);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Every open task of {@code taskKey}, completed by the officer or manager of the task's region. */
    public void completeAll(HazardCase hazardCase, String taskKey, String role, Map<String, Object> values) {
        for (Task task : tasks(hazardCase, taskKey)) {
            complete(task, role + regionOf(task), values);
        }
    }

    /** Every involved region's manager gives the same grade opinion. */
    public void agreeOnGrade(HazardCase hazardCase, String grade) {
        completeAll(hazardCase, "submit-grade-opinion", "manager",
                Map.of("gradeOpinion", grade, "opinionReason", "同意自动分级结果"));
    }

    /** Reports, acknowledges every notice and agrees on the grade: the case waits for disposal. */
    public HazardCase reportAndAgree(HazardReportRequest request, String grade) {
        HazardCase reported = report(request);
        completeAll(reported, "acknowledge-notice", "officer", Map.of());
        agreeOnGrade(reported, grade);
        return reported;
    }

    public String regionOf(Task task) {
        return (String) tasks().getVariable(task.getId(), CaseVariables.REGION);
    }

    private List<String> groupsOf(String userId) {
        return engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
                .map(group -> group.getId()).toList();
    }

    private RuntimeService runtime() {
        return engine.getRuntimeService();
    }

    private TaskService tasks() {
        return engine.getTaskService();
    }
}
