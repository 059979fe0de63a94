package org.hazardbridge.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.hazardbridge.hazard.CaseScenario;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardCases;
import org.hazardbridge.hazard.HazardIntake;
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
 * Concurrent work on one case leaves one linear chain, and work done through the engine's REST API is traced as
 * surely as work done through the product's API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:trace-tampering-it;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class TraceConcurrencyIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    ProcessEngine engine;

    @Autowired
    HazardIntake intake;

    @Autowired
    HazardCases cases;

    @Autowired
    TraceQueries traces;

    @Test
    void keepsOneLinearChainUnderTwentyConcurrentOperations() throws Exception {
        TestRestTemplate http = anonymous.withBasicAuth("officer320509", "demo");
        String caseNumber = TraceTamperingIT.report(http);
        HazardCase reported = cases.require(caseNumber);
        CaseScenario scenario = new CaseScenario(engine, intake);
        List<Task> notices = scenario.tasks(reported, "acknowledge-notice");
        long before = traces.export(caseNumber).entries().size();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> operations = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String name = "现场照片-" + i + ".png";
            operations.add(() -> awaiting(start, () -> upload(http, caseNumber, name)));
        }
        for (Task notice : notices) {
            operations.add(() -> awaiting(start, () -> acknowledge(scenario, notice)));
        }

        ExecutorService pool = Executors.newFixedThreadPool(operations.size());
        List<Future<Boolean>> done = new ArrayList<>();
        operations.forEach(operation -> done.add(pool.submit(operation)));
        start.countDown();
        for (Future<Boolean> operation : done) {
            assertThat(operation.get()).isTrue();
        }
        pool.shutdown();

        TraceDocument trace = traces.export(caseNumber);
        assertThat(operations).hasSize(20);
        assertThat(TraceVerifier.verify(trace).valid()).isTrue();
        List<TraceDocument.Entry> entries = trace.entries();
        for (int i = 0; i < entries.size(); i++) {
            assertThat(entries.get(i).sequence()).isEqualTo(i + 1L);
            assertThat(entries.get(i).previousHash())
                    .isEqualTo(i == 0 ? EntryHash.GENESIS : entries.get(i - 1).hash());
        }
        assertThat(entries).extracting(TraceDocument.Entry::previousHash).doesNotHaveDuplicates();
        assertThat(entries.stream().skip(before).filter(e -> e.action().equals(TraceAction.EVIDENCE_ATTACHED)))
                .hasSize(16);
        assertThat(entries.stream().filter(e -> e.action().equals(TraceAction.TASK_COMPLETED))).hasSize(4);
    }

    @Test
    void tracesATaskClaimedAndCompletedThroughTheEngineRestApi() {
        TestRestTemplate jiashan = anonymous.withBasicAuth("officer330421", "demo");
        String caseNumber = TraceTamperingIT.report(anonymous.withBasicAuth("officer320509", "demo"));
        Task notice = new CaseScenario(engine, intake).taskOf(cases.require(caseNumber), "acknowledge-notice",
                "officers330421");

        ResponseEntity<String> claimed = jiashan.postForEntity("/engine-rest/task/" + notice.getId() + "/claim",
                json("{\"userId\": \"officer330421\"}"), String.class);
        ResponseEntity<String> completed = jiashan.postForEntity("/engine-rest/task/" + notice.getId() + "/complete",
                json("{\"variables\": {\"acknowledgeNote\": {\"value\": \"经引擎接口接收\", \"type\": "
                        + "\"String\"}}}"),
                String.class);

        assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        TraceDocument trace = traces.export(caseNumber);
        TraceDocument.Entry claim = entry(trace, TraceAction.TASK_CLAIMED, notice.getId());
        TraceDocument.Entry completion = entry(trace, TraceAction.TASK_COMPLETED, notice.getId());
        assertThat(claim.user()).isEqualTo("officer330421");
        assertThat(completion.user()).isEqualTo("officer330421");
        assertThat(completion.region()).isEqualTo("330421");
        assertThat(completion.payload().path("values").path("acknowledgeNote").asText())
                .isEqualTo("经引擎接口接收");
        assertThat(TraceVerifier.verify(trace).valid()).isTrue();
    }

    private static TraceDocument.Entry entry(TraceDocument trace, String action, String taskId) {
        return trace.entries().stream().filter(e -> e.action().equals(action))
                .filter(e -> e.payload().path("taskId").asText().equals(taskId)).findFirst().orElseThrow();
    }

    private static boolean awaiting(CountDownLatch start, Callable<Boolean> operation) throws Exception {
        start.await();
        return operation.call();
    }

    /** Uploads once; a 409 (the engine's optimistic lock on the case's links) is retried, as a client would. */
    private static boolean upload(TestRestTemplate http, String caseNumber, String name) {
        for (int attempt = 0; attempt < 10; attempt++) {
            ResponseEntity<JsonNode> answer = http.postForEntity("/api/hazards/" + caseNumber + "/attachments",
                    multipart(name), JsonNode.class);
            if (answer.getStatusCode() == HttpStatus.CREATED) {
                return true;
            }
            assertThat(answer.getStatusCode()).as("upload %s: %s", name, answer.getBody())
                    .isEqualTo(HttpStatus.CONFLICT);
        }
        return false;
    }

    private static boolean acknowledge(CaseScenario scenario, Task notice) {
        for (int attempt = 0; attempt < 10; attempt++) {
            try {
                scenario.complete(notice, "officer" + scenario.regionOf(notice), Map.of("acknowledgeNote", "收到"));
                return true;
            } catch (OptimisticLockingException concurrentCompletion) {
                // Another region completed its notice at the same moment: try again, as Tasklist's user would.
            }
        }
        return false;
    }

    private static HttpEntity<LinkedMultiValueMap<String, Object>> multipart(String name) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(PNG) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, headers);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
