package org.hazardbridge.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.hazardbridge.cluster.WebappSession;
import org.hazardbridge.hazard.CaseScenario;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardCases;
import org.hazardbridge.hazard.HazardIntake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A task's completion may set only the task's form fields, on the engine's REST API and on the webapps' engine API
 * that Tasklist uses: 嘉善's officer, holding 嘉善's notice of the 太浦河 case, cannot change the case's grade
 * or the region the notice is for by sending them along with the form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:task-form-fields-it;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class TaskCompletionChecksIT {

    private static final String OFFICER = "officer330421";
    private static final String NOTE = "\"acknowledgeNote\":{\"value\":\"已接收通报\",\"type\":\"String\"}";

    @Autowired
    ProcessEngine engine;

    @Autowired
    HazardIntake intake;

    @Autowired
    HazardCases cases;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private HazardCase hazardCase;
    private Task notice;

    @BeforeEach
    void reportAndClaimJiashansNotice() throws Exception {
        CaseScenario scenario = new CaseScenario(engine, intake);
        hazardCase = scenario.report(CaseScenario.taipuWaterPollution());
        notice = scenario.taskOf(hazardCase, "acknowledge-notice", "officers330421");
        assertThat(engineRest("/engine-rest/task/" + notice.getId() + "/claim", "{\"userId\":\"" + OFFICER + "\"}")
                .statusCode()).isEqualTo(204);
    }

    @Test
    void refusesAVariableBeyondTheFormOnEveryWayToCompleteATask() throws Exception {
        Object grade = caseVariable("grade");
        String withGrade = "{\"variables\":{" + NOTE + ",\"grade\":{\"value\":\"I\",\"type\":\"String\"}}}";
        String withRegion = "{\"variables\":{\"region\":{\"value\":\"330402\",\"type\":\"String\"}}}";
        String id = notice.getId();

        for (String path : new String[] {"/engine-rest/task/" + id + "/complete",
            "/engine-rest/task/" + id + "/submit-form", "/engine-rest/engine/default/task/" + id + "/complete",
            "/engine-rest/task/" + id + "/resolve"}) {
            HttpResponse<String> refused = engineRest(path, withGrade);

            assertThat(refused.statusCode()).as(path).isEqualTo(400);
            JsonNode body = new ObjectMapper().readTree(refused.body());
            assertThat(body.get("errors")).as(path).hasSize(1);
            assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo("variables.grade");
            assertThat(body.get("message").asText()).contains("不是此任务表单的字段", "acknowledgeNote");
        }
        HttpResponse<String> region = engineRest("/engine-rest/task/" + id + "/submit-form", withRegion);
        assertThat(region.statusCode()).isEqualTo(400);
        assertThat(region.body()).contains("variables.region");

        assertThat(engine.getTaskService().createTaskQuery().taskId(id).count()).as("still open").isEqualTo(1);
        assertThat(caseVariable("grade")).isEqualTo(grade);
        assertThat(engine.getRuntimeService().getVariable(engine.getTaskService().createTaskQuery().taskId(id)
                .singleResult().getExecutionId(), "region")).isEqualTo("330421");
        assertThat(cases.require(hazardCase.caseNumber()).region("330421").orElseThrow().acknowledgedBy()).isNull();
    }

    /**
     * The case's processes catch no BPMN error or escalation: thrown from a task, the engine would end the task's
     * execution and leave the task, past the form. So both are refused, with or without variables.
     */
    @Test
    void refusesABpmnErrorOrEscalationThatNothingInTheProcessCatches() throws Exception {
        var active = engine.getRuntimeService().getActiveActivityIds(hazardCase.processInstanceId());

        HttpResponse<String> error = engineRest("/engine-rest/task/" + notice.getId() + "/bpmnError",
                "{\"errorCode\":\"x\"}");
        HttpResponse<String> escalation = engineRest("/engine-rest/task/" + notice.getId() + "/bpmnEscalation",
                "{\"escalationCode\":\"x\",\"variables\":{\"grade\":{\"value\":\"I\"}}}");

        assertThat(error.statusCode()).as(error.body()).isEqualTo(400);
        assertThat(new ObjectMapper().readTree(error.body()).get("errors").get(0).get("field").asText())
                .isEqualTo("errorCode");
        assertThat(escalation.statusCode()).isEqualTo(400);
        assertThat(escalation.body()).contains("escalationCode", "variables.grade", "请提交任务的表单");
        assertThat(engine.getRuntimeService().getActiveActivityIds(hazardCase.processInstanceId()))
                .as("every region's notice still waits").hasSameElementsAs(active).hasSize(active.size());
        assertThat(engine.getTaskService().createTaskQuery().taskId(notice.getId()).count()).isEqualTo(1);
    }

    /**
     * The filter reads the path as the container decoded it, so an encoded one does not slip past it (the engine's
     * REST API would not find that resource either); a name given twice is refused rather than guessed.
     */
    @Test
    void isNotFooledByAnEncodedPathOrANameGivenTwice() throws Exception {
        Object grade = caseVariable("grade");

        HttpResponse<String> encoded = engineRest("/engine-rest/task/" + notice.getId() + "/%63omplete",
                "{\"variables\":{\"grade\":{\"value\":\"I\"}}}");
        HttpResponse<String> twice = engineRest("/engine-rest/task/" + notice.getId() + "/complete",
                "{\"variables\":{" + NOTE + "},\"variables\":{\"grade\":{\"value\":\"I\"}}}");

        assertThat(encoded.statusCode()).as(encoded.body()).isEqualTo(400);
        assertThat(encoded.body()).contains("variables.grade");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("(body)", "每个名称只出现一次");
        assertThat(caseVariable("grade")).isEqualTo(grade);
        assertThat(engine.getTaskService().createTaskQuery().taskId(notice.getId()).count()).isEqualTo(1);
    }

    /**
     * A caller the engine will refuse learns nothing from the check: 南湖, not in the case, gets the engine's own
     * answer. A body too large to read, even without a declared length, is refused before anything is looked up.
     */
    @Test
    void answersACallerWhoMayNotWorkOnTheTaskAsTheEngineDoesAndRefusesAHugeBody() throws Exception {
        String withGrade = "{\"variables\":{\"grade\":{\"value\":\"I\",\"type\":\"String\"}}}";
        String complete = "/engine-rest/task/" + notice.getId() + "/complete";

        HttpResponse<String> stranger = engineRest("officer330402", complete,
                HttpRequest.BodyPublishers.ofString(withGrade));
        HttpResponse<String> unknown = engineRest("officer330402", "/engine-rest/task/no-such-task/complete",
                HttpRequest.BodyPublishers.ofString(withGrade));
        byte[] huge = ("{\"variables\":{" + NOTE + "},\"x\":\"" + "x".repeat(1_100_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = engineRest(OFFICER, complete,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)));

        assertThat(stranger.statusCode()).as(stranger.body()).isEqualTo(403);
        assertThat(stranger.body()).doesNotContain("acknowledgeNote", "variables.grade");
        assertThat(unknown.body()).doesNotContain("variables.grade");
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertThat(engine.getTaskService().createTaskQuery().taskId(notice.getId()).count()).isEqualTo(1);
    }

    /**
     * One form sent four times at once, then once more: one submission stands; the others are told the task
     * changed under them (409) or is gone (404), never the engine's 500, and the region is recorded once.
     */
    @Test
    void answersAFormSubmittedTwiceWithConflictOrNotFoundInsteadOfAServerError() throws Exception {
        String submit = "/engine-rest/task/" + notice.getId() + "/submit-form";
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String body = "{\"variables\":{\"acknowledgeNote\":{\"value\":\"第 " + i + " 次提交\"}}}";
            sent.add(http.sendAsync(engineRestRequest(OFFICER, submit, HttpRequest.BodyPublishers.ofString(body,
                    StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        List<HttpResponse<String>> answers = sent.stream().map(CompletableFuture::join).toList();
        HttpResponse<String> later = engineRest(submit, "{\"variables\":{" + NOTE + "}}");

        assertThat(answers).filteredOn(a -> a.statusCode() == 204).hasSize(1);
        assertThat(answers).filteredOn(a -> a.statusCode() != 204).allSatisfy(a -> {
            assertThat(a.statusCode()).as(a.body()).isIn(404, 409);
            assertThat(new ObjectMapper().readTree(a.body()).get("message").asText()).isNotBlank();
        });
        assertThat(later.statusCode()).as(later.body()).isEqualTo(404);
        assertThat(later.body()).contains("TaskNotFound", notice.getId());
        assertThat(cases.require(hazardCase.caseNumber()).region("330421").orElseThrow().acknowledgedBy())
                .isEqualTo(OFFICER);
    }

    /**
     * Tasklist submits its forms through the webapps' engine API: the same rule, the message shown on the form;
     * the same form sent four times at once stands once, and every answer keeps the webapps' security headers.
     */
    @Test
    void refusesItInTasklistAndLetsTheFormItselfThrough() throws Exception {
        Object grade = caseVariable("grade");
        String path = "/camunda/api/engine/engine/default/task/" + notice.getId() + "/submit-form";
        byte[] withGrade = ("{\"variables\":{" + NOTE + ",\"grade\":{\"value\":\"I\",\"type\":\"String\"}}}")
                .getBytes(StandardCharsets.UTF_8);
        WebappSession stranger = new WebappSession(URI.create("http://localhost:" + port));
        stranger.open();
        WebappSession tasklist = new WebappSession(URI.create("http://localhost:" + port));
        tasklist.open();
        assertThat(tasklist.login(OFFICER).status()).isEqualTo(200);
        // As Tasklist does once logged in: a first read, which gives the new session its CSRF token.
        assertThat(tasklist.api("/camunda/api/engine/engine/default/task/" + notice.getId()).status()).isEqualTo(200);

        WebappSession.Page anonymous = stranger.post(path, "application/json", withGrade);
        WebappSession.Page refused = tasklist.post(path, "application/json", withGrade);

        assertThat(anonymous.status()).as("no answer about the task before the caller is known")
                .isIn(401, 403);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("variables.grade", "acknowledgeNote");
        assertThat(caseVariable("grade")).isEqualTo(grade);

        List<CompletableFuture<WebappSession.Page>> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sent.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return tasklist.post(path, "application/json",
                            ("{\"variables\":{" + NOTE + "}}").getBytes(StandardCharsets.UTF_8));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        List<WebappSession.Page> submitted = sent.stream().map(CompletableFuture::join).toList();

        assertThat(submitted).filteredOn(page -> page.status() == 204).as("one of four at once").hasSize(1);
        assertThat(submitted).allSatisfy(page -> {
            assertThat(page.status()).as(page.body()).isIn(204, 404, 409);
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as("the webapps' headers kept")
                    .hasValue("nosniff");
        });
        assertThat(engine.getTaskService().createTaskQuery().taskId(notice.getId()).count()).isZero();
        assertThat(cases.require(hazardCase.caseNumber()).region("330421").orElseThrow().acknowledgedBy())
                .isEqualTo(OFFICER);
    }

    /**
     * A form a listener refuses (a grade opinion that is no grade), submitted in Tasklist: 400 naming the field in
     * the engine's error shape, as on {@code /engine-rest}, instead of the webapps' 500; the task stays open.
     */
    @Test
    void answersAFormAListenerRefusesInTasklistWith400NamingTheField() throws Exception {
        CaseScenario scenario = new CaseScenario(engine, intake);
        scenario.completeAll(hazardCase, "acknowledge-notice", "officer",
                java.util.Map.of("acknowledgeNote", "已接收"));
        String taskId = scenario.taskOf(hazardCase, "submit-grade-opinion", "managers320509").getId();
        WebappSession tasklist = new WebappSession(URI.create("http://localhost:" + port));
        tasklist.open();
        assertThat(tasklist.login("manager320509").status()).isEqualTo(200);
        String task = "/camunda/api/engine/engine/default/task/" + taskId;
        assertThat(tasklist.api(task).status()).isEqualTo(200);
        assertThat(tasklist.post(task + "/claim", "application/json",
                "{\"userId\":\"manager320509\"}".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(204);

        WebappSession.Page refused = tasklist.post(task + "/submit-form", "application/json",
                ("{\"variables\":{\"gradeOpinion\":{\"value\":\"V\",\"type\":\"String\"},"
                        + "\"opinionReason\":{\"value\":\"现场核查\",\"type\":\"String\"}}}")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("gradeOpinion");
        assertThat(refused.json().get("message").asText()).contains("等级意见须为");
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).as("still open").isEqualTo(1);
    }

    private Object caseVariable(String name) {
        return engine.getRuntimeService().getVariable(hazardCase.processInstanceId(), name);
    }

    private HttpResponse<String> engineRest(String path, String body) throws Exception {
        return engineRest(OFFICER, path, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> engineRest(String user, String path, HttpRequest.BodyPublisher body)
            throws Exception {
        return http.send(engineRestRequest(user, path, body), HttpResponse.BodyHandlers.ofString(
                StandardCharsets.UTF_8));
    }

    private HttpRequest engineRestRequest(String user, String path, HttpRequest.BodyPublisher body) {
        String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(body).build();
    }
}
