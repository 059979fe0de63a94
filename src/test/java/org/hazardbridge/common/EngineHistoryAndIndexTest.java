package org.hazardbridge.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardbridge.hazard.CaseScenario.taipuWaterPollution;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.Task;
import org.hazardbridge.hazard.CaseScenario;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardIntake;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the product keeps out of the engine's history beside the hidden values (the display copies of case data),
 * and the index the embedded database needs for the engine's authorization checks by group.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:process-test;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class EngineHistoryAndIndexTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    HazardIntake intake;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTasksRegionIsShownFromTheRuntimeButNotKeptInHistory() {
        HazardCase reported = new CaseScenario(engine, intake).report(taipuWaterPollution());
        List<Task> notices = engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(reported.caseNumber()).taskDefinitionKey("acknowledge-notice").list();
        assertThat(notices).isNotEmpty();

        for (Task notice : notices) {
            assertThat(engine.getTaskService().getVariableLocal(notice.getId(), "regionName"))
                    .as("the region name the task's form and list show").isNotNull();
            assertThat(engine.getTaskService().getVariableLocal(notice.getId(), "regionRole")).isNotNull();
            assertThat(engine.getTaskService().getVariableLocal(notice.getId(), "regionDuty")).isNotNull();
        }

        List<String> display = List.of("regionName", "regionRole", "regionDuty");
        var history = engine.getHistoryService();
        for (String name : display) {
            assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(reported.processInstanceId())
                    .variableName(name).count()).as(name).isZero();
        }
        List<String> updated = history.createHistoricDetailQuery().processInstanceId(reported.processInstanceId())
                .variableUpdates().list().stream().map(d -> ((HistoricVariableUpdate) d).getVariableName()).toList();
        assertThat(updated).doesNotContainAnyElementsOf(display)
                .as("the case's other variables, the region and the texts the forms show").contains("region",
                        "title", "titleText", "descriptionText", "hazardTypeText", "locationText");
    }

    @Test
    void theEngineChecksAGrantForTwoGroupsThroughTheProductsIndexOnH2() {
        String plan = jdbc.queryForObject("explain select a.resource_id_ from act_ru_authorization a"
                + " where a.type_ = 1 and a.group_id_ in ('officers310118', 'regions')"
                + " and bitand(a.perms_, cast(16384 as bigint)) = 16384 and a.resource_type_ = 7"
                + " and a.resource_id_ = 'a-task'", String.class);

        assertThat(plan).containsIgnoringCase("hb_auth_group_check");
    }
}
