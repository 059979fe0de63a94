package org.hazardbridge.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.hazardbridge.hazard.CaseScenario;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardIntake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Rule owners deploy tables over the engine's REST API, as Camunda Modeler does: a new version grades new cases,
 * an open case keeps the version it was graded with, and a table that does not parse is refused with the
 * engine's message while the previous version stays in force. Also: who may read the pool, and the grading
 * record, which withholds scores until the panel is complete.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:grading-deployment-it;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class GradingTableDeploymentIT {

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    ProcessEngine engine;

    @Autowired
    HazardIntake intake;

    CaseScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new CaseScenario(engine, intake);
    }

    @Test
    void gradesNewCasesByANewlyDeployedTableWhileAnOpenCaseKeepsItsVersion() throws Exception {
        HazardCase older = scenario.report(CaseScenario.taipuWaterPollution());
        int before = gradingVersionOf(older.caseNumber());
        String stricter = Files.readString(Path.of("decisions/hazard-grading.dmn"))
                .replace("&gt;= 50000000", "&gt;= 20000000");

        ResponseEntity<JsonNode> deployed = deploy("hazard-grading.dmn", stricter);

        assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
        HazardCase newer = scenario.report(CaseScenario.taipuWaterPollution());
        assertThat(gradingVersionOf(newer.caseNumber())).isEqualTo(before + 1);
        assertThat(file(newer.caseNumber()).get("grade").asText()).isEqualTo("II");
        assertThat(gradingVersionOf(older.caseNumber())).isEqualTo(before);
        assertThat(file(older.caseNumber()).get("grade").asText()).isEqualTo("III");
    }

    @Test
    void refusesATableThatDoesNotParseAndKeepsThePreviousVersion() {
        long latest = latestGradingVersion();

        ResponseEntity<JsonNode> refused = deploy("hazard-grading.dmn", "<definitions>not a decision table");

        assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(refused.getBody().get("message").asText())
                .as("the engine's own message, which Camunda Modeler shows")
                .contains("ENGINE-22004").contains("hazard-grading.dmn");
        assertThat(latestGradingVersion()).isEqualTo(latest);
    }

    @Test
    void letsOnlyManagersAndSupervisorsReadTheExpertPool() {
        assertThat(anonymous.withBasicAuth("officer320509", "demo").getForEntity("/api/experts", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> pool = anonymous.withBasicAuth("manager330421", "demo")
                .getForEntity("/api/experts", JsonNode.class);
        assertThat(pool.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pool.getBody()).hasSize(12);
        assertThat(anonymous.withBasicAuth("supervisor", "demo").getForEntity("/api/experts", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void withholdsScoresUntilThePanelIsComplete() {
        HazardCase disputed = scenario.report(CaseScenario.taipuWaterPollution());
        scenario.completeAll(disputed, "acknowledge-notice", "officer", Map.of());
        List<Task> opinions = scenario.tasks(disputed, "submit-grade-opinion");
        for (int i = 0; i < opinions.size(); i++) {
            scenario.complete(opinions.get(i), "manager" + scenario.regionOf(opinions.get(i)),
                    Map.of("gradeOpinion", i == 0 ? "I" : "III", "opinionReason", "依据监测数据"));
        }
        List<Task> scoring = scenario.tasks(disputed, "score-hazard");
        scenario.complete(scoring.get(0), scoring.get(0).getAssignee(), Map.of("score", 90, "scoreReason", "严重"));

        JsonNode partial = grading(disputed.caseNumber());

        assertThat(partial.get("panelComplete").asBoolean()).isFalse();
        assertThat(partial.get("scores")).isEmpty();
        assertThat(partial.get("opinions")).hasSize(4);
        assertThat(partial.get("panel")).hasSize(5);
        for (Task task : scoring.subList(1, scoring.size())) {
            scenario.complete(task, task.getAssignee(), Map.of("score", 60, "scoreReason", "较大"));
        }
        JsonNode complete = grading(disputed.caseNumber());
        assertThat(complete.get("panelComplete").asBoolean()).isTrue();
        assertThat(complete.get("scores")).hasSize(5);
        assertThat(complete.get("meanScore").asDouble()).isEqualTo(66.0);
        assertThat(complete.get("finalGrade").asText()).isEqualTo("III");
        assertThat(complete.get("basis").asText()).isEqualTo("ARBITRATION");
    }

    @Test
    void letsOnlyRuleOwnersAndAdminsDeploy() throws Exception {
        String table = Files.readString(Path.of("decisions/score-to-grade.dmn"));

        assertThat(deploy("officer320509", "score-to-grade.dmn", table).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(deploy("manager320509", "score-to-grade.dmn", table).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(anonymous.postForEntity("/engine-rest/deployment/create", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(deploy("admin", "score-to-grade.dmn", table).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void letsRuleOwnersDeployTablesButNotProcesses() throws Exception {
        String process = Files.readString(Path.of("processes/grading-arbitration.bpmn"));
        long before = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("grading-arbitration").count();

        ResponseEntity<JsonNode> refused = deploy("ruleowner", "grading-arbitration.bpmn", process);

        assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(refused.getBody().get("message").asText()).contains("只有系统管理员可以部署流程模型");
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("grading-arbitration").count()).isEqualTo(before);
    }

    /**
     * A node that did not deploy the process itself (another node of the cluster, or this one after a restart)
     * parses it into its cache at a user's first request: that is no deployment, and a report goes through.
     */
    @Test
    void letsUsersWorkWithProcessesTheNodeLoadsIntoItsCache() {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDeploymentCache()
                .discardProcessDefinitionCache();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<JsonNode> reported = anonymous.withBasicAuth("officer320509", "demo").postForEntity(
                "/api/hazards", new HttpEntity<>(CaseScenario.TAIPU_JSON, headers), JsonNode.class);

        assertThat(reported.getStatusCode()).as("report: %s", reported.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    private ResponseEntity<JsonNode> deploy(String name, String content) {
        return deploy("ruleowner", name, content);
    }

    private ResponseEntity<JsonNode> deploy(String user, String name, String content) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "rule-owner-change");
        parts.add("deployment-source", "Camunda Modeler");
        parts.add("data", new ByteArrayResource(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return anonymous.withBasicAuth(user, "demo").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(parts, headers),
                JsonNode.class);
    }

    private JsonNode file(String caseNumber) {
        return anonymous.withBasicAuth("officer320509", "demo")
                .getForObject("/api/hazards/" + caseNumber, JsonNode.class);
    }

    private JsonNode grading(String caseNumber) {
        return anonymous.withBasicAuth("manager320509", "demo")
                .getForObject("/api/hazards/" + caseNumber + "/grading", JsonNode.class);
    }

    private int gradingVersionOf(String caseNumber) {
        for (JsonNode table : grading(caseNumber).get("tables")) {
            if (table.get("decisionKey").asText().equals("hazard-grading")) {
                return table.get("version").asInt();
            }
        }
        throw new AssertionError("case " + caseNumber + " names no hazard-grading version");
    }

    private long latestGradingVersion() {
        return engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey("hazard-grading")
                .latestVersion().singleResult().getVersion();
    }
}
