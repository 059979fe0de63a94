package org.hazardbridge.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.hazardbridge.hazard.CaseScenario;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardCases;
import org.hazardbridge.hazard.HazardIntake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The whole lifecycle over HTTP on the real demo boundaries: water pollution on the 吴江 bank of the 太浦河 is
 * split between the regions, each region's officers see only their own tasks, and the case closes once all have
 * disposed and accepted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:lifecycle-it;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=true"})
@ExtendWith(OutputCaptureExtension.class)
class HazardLifecycleIT {


    @Autowired
    TestRestTemplate anonymous;

    TestRestTemplate http;

    @Autowired
    ProcessEngine engine;

    @Autowired
    HazardIntake intake;

    @Autowired
    HazardCases cases;

    CaseScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new CaseScenario(engine, intake);
        http = anonymous.withBasicAuth("officer320509", "demo");
    }

    @Test
    void asksForCredentialsBeforeAnswering() {
        ResponseEntity<String> answer = anonymous.getForEntity("/api/hazards", String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }

    @Test
    void recordsTheAuthenticatedUserAsReporterAndUploader() {
        String caseNumber = post(CaseScenario.TAIPU_JSON).getBody().get("caseNumber").asText();

        JsonNode file = http.getForObject("/api/hazards/" + caseNumber, JsonNode.class);

        assertThat(file.get("reportedBy").asText()).isEqualTo("officer320509");
    }

    @Test
    void splitsTaipuWaterPollutionAndClosesAfterEveryRegionDisposesAndAccepts() throws Exception {
        ResponseEntity<JsonNode> answer = post(CaseScenario.TAIPU_JSON);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = answer.getBody();
        String caseNumber = body.get("caseNumber").asText();
        assertThat(caseNumber).matches("YH-320509-\\d{8}-\\d{4}");
        assertThat(body.get("grade").asText()).isEqualTo("III");
        assertThat(body.get("legalClass").asText()).isEqualTo("一般事故隐患");
        assertThat(roleOf(body, "320509")).isEqualTo("PRIMARY");
        assertThat(roleOf(body, "330421")).isEqualTo("CO_RESPONSIBLE");
        assertThat(roleOf(body, "310118")).isEqualTo("CO_RESPONSIBLE");
        assertThat(dutyOf(body, "330421")).isEqualTo("水质监测");
        assertThat(dutyOf(body, "310118")).isEqualTo("水质监测");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .count()).isOne();

        HazardCase reported = cases.require(caseNumber);
        assertEachRegionSeesOnlyItsOwnTask(reported, "acknowledge-notice", "officer");
        scenario.completeAll(reported, "acknowledge-notice", "officer", Map.of());
        assertEachRegionSeesOnlyItsOwnTask(reported, "submit-grade-opinion", "manager");
        scenario.agreeOnGrade(reported, "III");
        assertEachRegionSeesOnlyItsOwnTask(reported, "dispose-hazard", "officer");
        scenario.completeAll(reported, "dispose-hazard", "officer", Map.of("disposalReport",
                "已截断排污口，岸线已清理"));
        assertEachRegionSeesOnlyItsOwnTask(reported, "accept-disposal", "manager");
        scenario.completeAll(reported, "accept-disposal", "manager",
                Map.of("accepted", "true", "acceptanceReport", "现场复核合格"));

        JsonNode closed = awaitStatus(caseNumber, "CLOSED");
        assertThat(closed.get("stage").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("stageHistory")).extracting(stage -> stage.get("stage").asText())
                .containsExactly("NOTIFICATION", "GRADING", "DISPOSAL", "ACCEPTANCE");
        assertThat(closed.get("disposals")).hasSize(4);
        assertThat(closed.get("acceptances")).hasSize(4);
        assertThat(closed.get("decisions")).extracting(d -> d.get("decisionKey").asText())
                .contains("hazard-grading", "jurisdiction", "stage-deadlines");
    }

    @Test
    void recordsTheBasisOfTheSplitWithTheTableVersion() {
        String caseNumber = post(CaseScenario.TAIPU_JSON).getBody().get("caseNumber").asText();

        JsonNode file = http.getForObject("/api/hazards/" + caseNumber, JsonNode.class);

        List<JsonNode> split = new ArrayList<>();
        file.get("decisions").forEach(d -> {
            if (d.get("decisionKey").asText().equals("jurisdiction")) {
                split.add(d);
            }
        });
        assertThat(split).extracting(d -> d.get("subject").asText())
                .containsExactlyInAnyOrder("320509", "330421", "310118", "310117");
        assertThat(split).allSatisfy(d -> {
            assertThat(d.get("version").asInt()).isPositive();
            assertThat(d.get("inputs").asText()).contains("\"hazardType\":\"WATER_POLLUTION\"");
            assertThat(d.get("outputs").asText()).contains("\"role\"");
        });
    }

    @Test
    void refusesMalformedReportNamingEachBadField() {
        ResponseEntity<JsonNode> answer = post("""
                { "type": "WATER_POLLUTION", "title": "", "description": "x",
                  "location": { "lon": 200, "lat": 31.02, "crs": "MARS" }, "impactRadiusMeters": -1,
                  "consequences": { "potentialDeaths": 0, "potentialSeriousInjuries": 0,
                                    "potentialDirectLossYuan": 0, "socialImpact": "HIGH" },
                  "majorHazardSituation": false }""");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().get("type").asText()).endsWith("/invalid-input");
        assertThat(answer.getBody().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("title", "location.lon", "location.crs", "impactRadiusMeters");
        assertThat(answer.getBody().has("errorsCut")).isFalse();
    }

    /**
     * A body too large to be read again for more bad fields (far larger than a report) is refused naming the first,
     * and says that its list was cut.
     */
    @Test
    void saysWhenTheListOfBadFieldsWasCut() {
        ResponseEntity<JsonNode> answer = post(taipu("巡查发现疑似化工废液排入太浦河",
                "长".repeat(30_000))
                .replace("\"lon\": 120.88", "\"lon\": \"east\"").replace("\"title\"", "\"colour\": 1, \"title\""));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().get("errors")).hasSize(1);
        assertThat(answer.getBody().get("errorsCut").asBoolean()).isTrue();
        assertThat(answer.getBody().get("detail").asText()).contains("仅列出部分字段");
    }

    /** Counts far beyond any accident are typing errors: each is named with its bound, and no case is started. */
    @Test
    void refusesCountsAboveTheirBoundsNamingEach() {
        long before = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
        ResponseEntity<JsonNode> answer = post(CaseScenario.TAIPU_JSON
                .replace("\"potentialDeaths\": 0", "\"potentialDeaths\": 1000001")
                .replace("\"potentialSeriousInjuries\": 2", "\"potentialSeriousInjuries\": 20000000")
                .replace("\"potentialDirectLossYuan\": 20000000", "\"potentialDirectLossYuan\": 90071992547409910"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().get("errors")).extracting(e -> e.get("field").asText() + " " + e.get("message")
                .asText()).containsExactly(
                        "consequences.potentialDeaths 死亡人数不得大于 1000000",
                        "consequences.potentialDirectLossYuan "
                                + "直接经济损失不得大于 10000000000000 元（10 万亿元）",
                        "consequences.potentialSeriousInjuries 重伤人数不得大于 1000000");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void namesTheFieldOfAValueOfTheWrongTypeAFractionOrAnUnknownField() {
        ResponseEntity<JsonNode> wrongType = post(taipu("\"lon\": 120.88", "\"lon\": \"east\""));
        ResponseEntity<JsonNode> fraction = post(taipu("\"potentialSeriousInjuries\": 2",
                "\"potentialSeriousInjuries\": 1.5"));
        ResponseEntity<JsonNode> unknown = post(taipu("\"title\"", "\"colour\": 1, \"title\""));

        assertThat(List.of(wrongType, fraction, unknown)).allSatisfy(answer ->
                assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
        assertThat(wrongType.getBody().get("errors").get(0).get("field").asText()).isEqualTo("location.lon");
        assertThat(fraction.getBody().get("errors").get(0).get("field").asText())
                .isEqualTo("consequences.potentialSeriousInjuries");
        assertThat(unknown.getBody().get("errors").get(0).get("field").asText()).isEqualTo("colour");
    }

    @Test
    void namesEveryFieldOfTheWrongTypeAndEveryUnknownFieldInOneAnswer() {
        long before = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
        String body = taipu("\"lon\": 120.88", "\"lon\": \"east\"")
                .replace("\"title\"", "\"colour\": [1, 2], \"title\"")
                .replace("\"majorHazardSituation\": false", "\"majorHazardSituation\": \"maybe\"");

        ResponseEntity<JsonNode> answer = post(body);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().get("type").asText()).endsWith("/invalid-input");
        assertThat(answer.getBody().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("colour", "location.lon", "majorHazardSituation");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void takesNoNumberForYesOrNoAndNothingAfterTheReport() {
        ResponseEntity<JsonNode> number = post(taipu("\"majorHazardSituation\": false",
                "\"majorHazardSituation\": 1"));
        ResponseEntity<JsonNode> trailing = post(CaseScenario.TAIPU_JSON + " {}");
        ResponseEntity<JsonNode> trailingText = post(CaseScenario.TAIPU_JSON + " trailing");

        assertThat(number.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(number.getBody().get("errors").get(0).get("field").asText()).isEqualTo("majorHazardSituation");
        assertThat(number.getBody().get("errors").get(0).get("message").asText())
                .isEqualTo("类型不符：须为 true 或 false");
        assertThat(trailing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(trailing.getBody().get("detail").asText()).isEqualTo(
                "请求体在 JSON 值之后还有多余的内容");
        assertThat(trailingText.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(trailingText.getBody().get("detail").asText()).startsWith("请求体不是有效的 JSON：第 ")
                .contains("trailing");
        assertThat(trailingText.getBody().get("errors").get(0).get("field").asText()).isEqualTo("(body)");
        assertThat(trailingText.getBody().get("line").asInt()).isPositive();
    }

    @Test
    void refusesABodyThatIsNotJsonByItsMediaTypeNamingTheOneItTakes() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_PLAIN);

        ResponseEntity<JsonNode> answer = http.postForEntity("/api/hazards",
                new HttpEntity<>(CaseScenario.TAIPU_JSON, headers), JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(answer.getBody().get("type").asText()).endsWith("/unsupported-media-type");
        assertThat(answer.getBody().get("detail").asText()).contains("text/plain").contains("application/json");
    }

    @Test
    void tellsABodyOfTheWrongShapeFromOneThatIsNotJson() {
        List<ResponseEntity<JsonNode>> wrongShape = List.of(post("[]"), post("\"报告\""), post("42"), post("null"));
        ResponseEntity<JsonNode> notJson = post("{ \"type\": \"WATER_POLLUTION\",\n  \"title\" \"太浦河\" }");

        assertThat(wrongShape).allSatisfy(answer -> {
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody().get("type").asText()).endsWith("/invalid-input");
            assertThat(answer.getBody().get("detail").asText()).contains("JSON 对象");
            assertThat(answer.getBody().get("errors").get(0).get("field").asText()).isEqualTo("(body)");
        });
        assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notJson.getBody().get("detail").asText())
                .startsWith("请求体不是有效的 JSON：第 2 行第 ");
        assertThat(notJson.getBody().get("errors").get(0).get("field").asText()).isEqualTo("(body)");
        assertThat(notJson.getBody().get("line").asInt()).isEqualTo(2);
        assertThat(notJson.getBody().get("column").asInt()).isBetween(9, 12);
        // Inside a field's value it is still the body that is not JSON; columns count characters, not bytes.
        ResponseEntity<JsonNode> cutShort = post("{\"title\": \"abc");
        ResponseEntity<JsonNode> afterChinese = post("{\"title\":\"太浦河\" \"x\"}");
        assertThat(cutShort.getBody().get("errors").get(0).get("field").asText()).isEqualTo("(body)");
        assertThat(cutShort.getBody().get("line").asInt()).isEqualTo(1);
        assertThat(cutShort.getBody().has("errorsCut")).isFalse();
        assertThat(afterChinese.getBody().get("errors").get(0).get("field").asText()).isEqualTo("(body)");
        assertThat(afterChinese.getBody().get("column").asInt()).isEqualTo(16);
    }

    @Test
    void refusesAnUnknownTypeAndAPointOutsideEveryRegionWithoutStoringAnything() {
        long before = engine.getHistoryService().createHistoricProcessInstanceQuery().count();

        ResponseEntity<JsonNode> unknownType = post(taipu("WATER_POLLUTION", "ALIEN_INVASION"));
        ResponseEntity<JsonNode> outside = post(taipu("120.88", "125.0").replace("31.02", "28.0"));

        assertThat(unknownType.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(unknownType.getBody().get("errors").get(0).get("field").asText()).isEqualTo("type");
        assertThat(outside.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(outside.getBody().get("detail").asText()).contains("不在任何");
        assertThat(outside.getBody().get("errors").get(0).get("field").asText()).isEqualTo("location");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void answersNotFoundForAnUnknownCase() {
        ResponseEntity<JsonNode> answer = http.getForEntity("/api/hazards/YH-320509-20000101-0001", JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void issuesUniqueConsecutiveCaseNumbersUnderConcurrentReports() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<String>> reports = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            reports.add(() -> post(CaseScenario.TAIPU_JSON).getBody().get("caseNumber").asText());
        }
        List<String> numbers = new ArrayList<>();
        for (Future<String> number : pool.invokeAll(reports)) {
            numbers.add(number.get());
        }
        pool.shutdown();

        assertThat(numbers).doesNotHaveDuplicates().hasSize(16);
        List<Integer> sequences = numbers.stream().map(n -> Integer.parseInt(n.substring(n.length() - 4))).sorted()
                .toList();
        assertThat(sequences.get(15) - sequences.get(0)).isEqualTo(15);
    }

    @Test
    void storesEvidenceWithItsHashAndListsItOnTheCaseAndItsForms() {
        String caseNumber = post(CaseScenario.TAIPU_JSON).getBody().get("caseNumber").asText();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

        ResponseEntity<JsonNode> uploaded = upload(caseNumber, "../../现场\u0007照片.png", png);
        ResponseEntity<JsonNode> refused = upload(caseNumber, "script.png", "<script>alert(1)</script>".getBytes());

        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(uploaded.getBody().get("fileName").asText()).isEqualTo("现场照片.png");
        assertThat(uploaded.getBody().get("sha256").asText()).isEqualTo(sha256(png));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode file = http.getForObject("/api/hazards/" + caseNumber, JsonNode.class);
        assertThat(file.get("attachments")).hasSize(1);
        byte[] downloaded = http.getForObject(file.get("attachments").get(0).get("url").asText(), byte[].class);
        assertThat(downloaded).isEqualTo(png);
        Task notice = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).list().get(0);
        assertThat((String) engine.getTaskService().getVariable(notice.getId(), "attachmentLinks"))
                .contains("现场照片.png").contains("/api/hazards/" + caseNumber + "/attachments/");
    }

    private void assertEachRegionSeesOnlyItsOwnTask(HazardCase hazardCase, String taskKey, String role) {
        TaskService tasks = engine.getTaskService();
        for (Task task : scenario.tasks(hazardCase, taskKey)) {
            String region = scenario.regionOf(task);
            List<Task> visible = tasks.createTaskQuery().processInstanceBusinessKey(hazardCase.caseNumber())
                    .taskCandidateUser(role + region).list();
            assertThat(visible).as("%s tasks visible to %s%s", taskKey, role, region)
                    .extracting(Task::getId).containsExactly(task.getId());
        }
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(hazardCase.caseNumber())
                .taskCandidateUser(role + "330402").count()).as("tasks of 南湖, not involved").isZero();
    }

    private JsonNode awaitStatus(String caseNumber, String status) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            JsonNode file = http.getForObject("/api/hazards/" + caseNumber, JsonNode.class);
            if (file.get("status").asText().equals(status)) {
                return file;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("case " + caseNumber + " did not reach status " + status);
    }

    @Test
    void answersAReportSentAgainUnderItsKeyWithTheCaseTheFirstOneMade() throws Exception {
        String key = UUID.randomUUID().toString();
        String json = taipu("太浦河吴江段化工废液排放", "幂等上报：太浦河化工废液排放");

        ResponseEntity<JsonNode> first = post(json, key);
        ResponseEntity<JsonNode> again = post(json, key);
        ResponseEntity<JsonNode> otherReport = post(taipu("太浦河吴江段化工废液排放", "另一份报告"),
                key);
        ResponseEntity<JsonNode> badKey = post(json, "not a key!");

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        String caseNumber = first.getBody().get("caseNumber").asText();
        assertThat(again.getBody().get("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(again.getHeaders().getLocation()).hasToString("/api/hazards/" + caseNumber);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().variableValueEquals("title",
                "幂等上报：太浦河化工废液排放").count()).isEqualTo(1);
        assertThat(otherReport.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(otherReport.getBody().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(otherReport.getBody().get("detail").asText()).contains(caseNumber);
        assertThat(badKey.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badKey.getBody().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
        // Another reporter's key is a key of its own.
        HttpHeaders headers = jsonHeaders();
        headers.set("Idempotency-Key", key);
        assertThat(anonymous.withBasicAuth("officer330421", "demo").postForEntity("/api/hazards",
                new HttpEntity<>(json, headers), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void takesAReportSentAgainWithItsFieldsInAnotherOrderAsTheSameReport() {
        String key = UUID.randomUUID().toString();
        String base = taipu("太浦河吴江段化工废液排放", "字段顺序：太浦河化工废液排放");
        String first = base.replace("\"majorHazardSituation\": false }", "\"majorHazardSituation\": false,"
                + " \"restricted\": { \"companyName\": \"某化工厂\", \"contacts\": \"张三 13800000000\" } }");
        String reordered = base.replace("\"majorHazardSituation\": false }", "\"majorHazardSituation\": false,"
                + " \"restricted\": { \"contacts\": \"张三 13800000000\", \"companyName\": \"某化工厂\" } }");
        assertThat(first).isNotEqualTo(base);

        ResponseEntity<JsonNode> created = post(first, key);
        ResponseEntity<JsonNode> again = post(reordered, key);

        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getStatusCode()).as("%s", again.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody().get("caseNumber")).isEqualTo(created.getBody().get("caseNumber"));
    }

    @Test
    void refusesAKeyWithCharactersHttpHeadersCannotCarry() throws Exception {
        // HTTP clients refuse to send a raw non-ASCII header; a plain socket sends what a careless client would.
        URI root = URI.create(anonymous.getRootUri());
        byte[] body = CaseScenario.TAIPU_JSON.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/hazards HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                    + Base64.getEncoder().encodeToString("officer320509:demo".getBytes(StandardCharsets.UTF_8))
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\nIdempotency-Key: ").getBytes(StandardCharsets.US_ASCII));
            out.write("键\r\n\r\n".getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 400");
        }
    }

    @Test
    void makesOneCaseWhenTheSameKeyArrivesSeveralTimesAtOnce(CapturedOutput output) throws Exception {
        String key = UUID.randomUUID().toString();
        String json = taipu("太浦河吴江段化工废液排放", "并发重发：太浦河化工废液排放");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> post(json, key)));
            }
            Set<String> numbers = new HashSet<>();
            List<HttpStatusCode> statuses = new ArrayList<>();
            for (Future<ResponseEntity<JsonNode>> answer : answers) {
                statuses.add(answer.get().getStatusCode());
                numbers.add(answer.get().getBody().get("caseNumber").asText());
            }
            assertThat(numbers).hasSize(1);
            assertThat(statuses).containsOnly(HttpStatus.CREATED, HttpStatus.OK)
                    .filteredOn(HttpStatus.CREATED::equals).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().variableValueEquals("title",
                "并发重发：太浦河化工废液排放").count()).isEqualTo(1);
        assertThat(output.getAll().toLowerCase()).as("no send failed on the key's unique index")
                .doesNotContain("uk_hazard_case_report_key");
    }

    private ResponseEntity<JsonNode> post(String json, String key) {
        HttpHeaders headers = jsonHeaders();
        headers.set("Idempotency-Key", key);
        return http.postForEntity("/api/hazards", new HttpEntity<>(json, headers), JsonNode.class);
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private static String taipu(String original, String replacement) {
        return CaseScenario.TAIPU_JSON.replace(original, replacement);
    }

    private ResponseEntity<JsonNode> post(String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity("/api/hazards", new HttpEntity<>(json, headers), JsonNode.class);
    }

    /** An upload whose multipart body cannot be parsed is the body's fault: 400, not a server error. */
    @Test
    void refusesAnUploadThatIsNotMultipartWith400() {
        String caseNumber = post(CaseScenario.TAIPU_JSON).getBody().get("caseNumber").asText();
        HttpHeaders noBoundary = new HttpHeaders();
        noBoundary.set(HttpHeaders.CONTENT_TYPE, "multipart/form-data");
        HttpHeaders cutShort = new HttpHeaders();
        cutShort.set(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=XyZ");

        ResponseEntity<JsonNode> withoutBoundary = http.postForEntity("/api/hazards/" + caseNumber + "/attachments",
                new HttpEntity<>("--XyZ\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc", noBoundary),
                JsonNode.class);
        ResponseEntity<JsonNode> partCutShort = http.postForEntity("/api/hazards/" + caseNumber + "/attachments",
                new HttpEntity<>("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\""
                        + "\r\n\r\nabc", cutShort), JsonNode.class);

        for (ResponseEntity<JsonNode> answer : List.of(withoutBoundary, partCutShort)) {
            assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody().get("errors").get(0).get("field").asText()).isEqualTo("(body)");
        }
    }

    private ResponseEntity<JsonNode> upload(String caseNumber, String name, byte[] content) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity("/api/hazards/" + caseNumber + "/attachments", new HttpEntity<>(parts, headers),
                JsonNode.class);
    }

    private static String roleOf(JsonNode answer, String adcode) {
        return regionOf(answer, adcode).get("role").asText();
    }

    private static String dutyOf(JsonNode answer, String adcode) {
        return regionOf(answer, adcode).get("duty").asText();
    }

    private static JsonNode regionOf(JsonNode answer, String adcode) {
        for (JsonNode region : answer.get("regions")) {
            if (region.get("adcode").asText().equals(adcode)) {
                return region;
            }
        }
        throw new AssertionError("region " + adcode + " is not among " + answer.get("regions"));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
