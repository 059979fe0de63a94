package org.hazardbridge.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.hazardbridge.audit.Verdict.Problem;
import org.hazardbridge.hazard.CaseScenario;
import org.hazardbridge.hazard.HazardCases;
import org.hazardbridge.hazard.HazardIntake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tampering with a trace directly in the database is found at the exact entry, by the server's check and by the
 * offline verifier on the exported file (the verifier class, and once the packaged jar), with the same verdict.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:trace-tampering-it;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class TraceTamperingIT {

    static final String TAIPU_REPORT = """
            { "type": "WATER_POLLUTION", "title": "太浦河吴江段化工废液排放",
              "description": "巡查发现疑似化工废液排入太浦河",
              "location": { "lon": 120.88, "lat": 31.02, "crs": "GCJ02" }, "impactRadiusMeters": 3000,
              "consequences": { "potentialDeaths": 0, "potentialSeriousInjuries": 2,
                                "potentialDirectLossYuan": 20000000, "socialImpact": "HIGH" },
              "majorHazardSituation": false }""";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TraceKeys keys;

    @Autowired
    ProcessEngine engine;

    @Autowired
    HazardIntake intake;

    @Autowired
    HazardCases cases;

    @TempDir
    Path files;

    TestRestTemplate http;
    String caseNumber;
    UUID caseId;

    @BeforeEach
    void reportAndAcknowledge() {
        http = anonymous.withBasicAuth("officer320509", "demo");
        caseNumber = report(http);
        caseId = cases.require(caseNumber).id();
        new CaseScenario(engine, intake).completeAll(cases.require(caseNumber), "acknowledge-notice", "officer",
                Map.of("acknowledgeNote", "已收到"));
        assertThat(verifyOnline().valid()).as("untouched trace").isTrue();
    }

    @Test
    void findsAChangedPayloadAtItsEntry() throws Exception {
        long target = sequenceOf(TraceAction.DECISION_EVALUATED);
        jdbc.update("update trace_entry set payload = replace(payload, '\"III\"', '\"IV\"')"
                + " where case_id = ? and seq = ?", caseId, target);

        assertFoundAt(target, Problem.PAYLOAD_CHANGED);
    }

    @Test
    void findsADeletedEntryAtItsPlace() throws Exception {
        jdbc.update("delete from trace_entry where case_id = ? and seq = ?", caseId, 4L);

        assertFoundAt(4, Problem.ENTRY_MISSING);
    }

    @Test
    void findsTheLastEntryDeletedAgainstTheHead() throws Exception {
        long last = jdbc.queryForObject("select max(seq) from trace_entry where case_id = ?", Long.class, caseId);
        jdbc.update("delete from trace_entry where case_id = ? and seq = ?", caseId, last);

        assertFoundAt(last, Problem.ENTRY_MISSING);
    }

    @Test
    void findsTwoSwappedEntriesAtTheFirstOfThem() throws Exception {
        jdbc.update("update trace_entry set seq = -1 where case_id = ? and seq = 3", caseId);
        jdbc.update("update trace_entry set seq = 3 where case_id = ? and seq = 6", caseId);
        jdbc.update("update trace_entry set seq = 6 where case_id = ? and seq = -1", caseId);

        assertFoundAt(3, Problem.ENTRIES_REORDERED);
    }

    @Test
    void findsAnEntryReSignedWithAnotherUsersKey() throws Exception {
        long target = sequenceOf(TraceAction.CASE_REPORTED);
        String hash = jdbc.queryForObject("select entry_hash from trace_entry where case_id = ? and seq = ?",
                String.class, caseId, target);
        TraceKeys.Signer other = keys.signer("officer330421");
        jdbc.update("update trace_entry set signature = ? where case_id = ? and seq = ?", other.sign(hash), caseId,
                target);

        assertFoundAt(target, Problem.SIGNATURE_INVALID);

        jdbc.update("update trace_entry set key_id = ? where case_id = ? and seq = ?", other.keyId(), caseId, target);
        assertFoundAt(target, Problem.SIGNATURE_INVALID);
    }

    @Test
    void findsAnEntrySignedWithAnUnknownKey() throws Exception {
        jdbc.update("update trace_entry set key_id = ? where case_id = ? and seq = 2", "f".repeat(32), caseId);

        assertFoundAt(2, Problem.UNKNOWN_KEY);
    }

    @Test
    void findsEntriesReorderedAndAKeyMissingInAnExportedFile() throws Exception {
        ObjectNode exported = (ObjectNode) http.getForObject(tracePath(), JsonNode.class);
        ArrayNode entries = (ArrayNode) exported.get("entries");
        JsonNode fifth = entries.get(4);
        entries.set(4, entries.get(5));
        entries.set(5, fifth);
        assertThat(offline(exported).verdict().firstBadSequence()).isEqualTo(5);
        assertThat(offline(exported).verdict().reason()).isEqualTo(Problem.ENTRIES_REORDERED);

        ObjectNode withoutKeys = (ObjectNode) http.getForObject(tracePath(), JsonNode.class);
        withoutKeys.putArray("keys");
        assertThat(offline(withoutKeys).verdict().reason()).isEqualTo(Problem.UNKNOWN_KEY);
        assertThat(offline(withoutKeys).verdict().firstBadSequence()).isEqualTo(1);
    }

    @Test
    void givesTheSameVerdictFromThePackagedJar() throws Exception {
        Path jar = Path.of("target", "hazardbridge-0.1.0-SNAPSHOT.jar");
        assumeThat(Files.exists(jar)).as("packaged jar (mvn package)").isTrue();
        Path intact = export("intact.json");
        jdbc.update("update trace_entry set payload = replace(payload, '已收到', '未收到') where case_id = ?"
                + " and action = ?", caseId, TraceAction.TASK_COMPLETED);
        Path tampered = export("tampered.json");
        Verdict online = verifyOnline();

        Run valid = runJar(jar, intact);
        Run invalid = runJar(jar, tampered);
        Run trusted = runJar(jar, intact, "--trusted-keys", intact.toString());

        assertThat(valid.exitCode()).isZero();
        assertThat(valid.output()).contains("\"valid\":true", "keys: the ", " the file carries");
        assertThat(trusted.exitCode()).as(trusted.output()).isZero();
        assertThat(trusted.output()).contains("trusted ones of " + intact);
        assertThat(invalid.exitCode()).isEqualTo(VerifyTraceCommand.INVALID);
        assertThat(lastLine(invalid.output())).isEqualTo(JSON.writeValueAsString(online));
    }

    @Test
    void answersNotFoundForTheTraceOfAnUnknownCase() {
        assertThat(http.getForEntity("/api/hazards/YH-320509-20000101-0001/trace", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void signsWithTheStoredKeyWhenAUsersKeyRowChangedUnderTheRunningNode() {
        String opened = keys.publicKeyOf("officer320509").orElseThrow().keyId();
        // As after a restore from before the user's first entry: this node still holds the key it opened.
        jdbc.update("delete from trace_key where user_id = ?", "officer320509");

        caseNumber = report(http);
        caseId = cases.require(caseNumber).id();

        String stored = keys.publicKeyOf("officer320509").orElseThrow().keyId();
        assertThat(stored).isNotEqualTo(opened);
        assertThat(jdbc.queryForList("select distinct key_id from trace_entry where case_id = ? and user_id = ?",
                String.class, caseId, "officer320509")).containsExactly(stored);
        assertThat(verifyOnline().valid()).isTrue();
    }

    @Test
    void servesPublicKeysByUser() {
        JsonNode key = http.getForObject("/api/keys/officer320509", JsonNode.class);

        assertThat(key.get("algorithm").asText()).isEqualTo("Ed25519");
        assertThat(key.get("format").asText()).isEqualTo("X.509");
        assertThat(key.get("publicKey").asText()).isNotBlank();
        assertThat(http.getForEntity("/api/keys/nobody", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private void assertFoundAt(long sequence, Problem problem) throws Exception {
        Verdict online = verifyOnline();
        Offline offline = offline(http.getForObject(tracePath(), JsonNode.class));

        assertThat(online.valid()).isFalse();
        assertThat(online.firstBadSequence()).isEqualTo(sequence);
        assertThat(online.reason()).isEqualTo(problem);
        assertThat(offline.exitCode()).isEqualTo(VerifyTraceCommand.INVALID);
        assertThat(offline.verdict()).isEqualTo(online);
    }

    private Verdict verifyOnline() {
        return http.getForObject(tracePath() + "/verify", Verdict.class);
    }

    private long sequenceOf(String action) {
        return jdbc.queryForObject("select min(seq) from trace_entry where case_id = ? and action = ?", Long.class,
                caseId, action);
    }

    private Offline offline(JsonNode exported) throws Exception {
        Path file = Files.createTempFile(files, "trace", ".json");
        Files.write(file, JSON.writeValueAsBytes(exported));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = VerifyTraceCommand.run(new String[] {"verify-trace", file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String printed = out.toString(StandardCharsets.UTF_8);
        return new Offline(exit, JSON.readValue(lastLine(printed), Verdict.class));
    }

    private Path export(String name) throws Exception {
        Path file = files.resolve(name);
        Files.write(file, http.getForObject(tracePath(), byte[].class));
        return file;
    }

    private static Run runJar(Path jar, Path trace, String... more) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(), "verify-trace",
                trace.toString()));
        command.addAll(List.of(more));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private String tracePath() {
        return "/api/hazards/" + caseNumber + "/trace";
    }

    static String report(TestRestTemplate http) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity("/api/hazards", new HttpEntity<>(TAIPU_REPORT, headers), JsonNode.class).getBody()
                .get("caseNumber").asText();
    }

    private static String lastLine(String output) {
        List<String> lines = output.strip().lines().toList();
        return lines.get(lines.size() - 1);
    }

    private record Offline(int exitCode, Verdict verdict) {
    }

    private record Run(int exitCode, String output) {
    }
}
