package org.hazardbridge.classification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.hazardbridge.hazard.CaseScenario;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardCases;
import org.hazardbridge.hazard.HazardIntake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Restricted and secret case data: accepted by the report API and the disposal form, shown to each viewer only as
 * their role and region allow, kept out of the engine's variables and history, secret values encrypted at rest,
 * every read and refusal in the access log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:classification-it;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class ClassificationIT {

    private static final String COMPANY = "苏州某化工有限公司甲厂";
    private static final String CONTACTS = "张经理 13800000000";
    private static final String INFRASTRUCTURE = "金泽水厂取水口 120.9312,31.0411";
    private static final String PLAN = "封堵雨水排口并设置围油栏三道";
    private static final String CONTINGENCY = "吴江区水源污染专项应急预案第七条";
    private static final String JIASHAN_PLAN = "嘉善县在取水口下游布设三个监测断面";
    private static final String JIASHAN_CONTINGENCY = "嘉善县饮用水源突发污染应急预案第三条";

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    ProcessEngine engine;

    @Autowired
    HazardIntake intake;

    @Autowired
    HazardCases cases;

    @Autowired
    JdbcTemplate jdbc;

    String caseNumber;

    @BeforeEach
    void reportWithClassifiedFields() throws Exception {
        Map<String, Object> report = new ObjectMapper().readValue(CaseScenario.TAIPU_JSON, Map.class);
        report.put("restricted", Map.of("companyName", COMPANY, "contacts", CONTACTS));
        report.put("secret", Map.of("criticalInfrastructure", INFRASTRUCTURE));
        ResponseEntity<JsonNode> answer = as("officer320509").postForEntity("/api/hazards", json(report),
                JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        caseNumber = answer.getBody().get("caseNumber").asText();
    }

    @Test
    void showsEachViewerOnlyWhatTheirRoleAndRegionAllow() {
        assertThat(values("officer330421")).as("officer of a co-responsible region").isEmpty();
        assertThat(values("manager330421")).as("manager of a co-responsible region")
                .containsOnlyKeys("companyName", "contacts");
        assertThat(values("supervisor")).containsOnlyKeys("companyName", "contacts");
        assertThat(values("officer320509")).as("the owning region")
                .containsEntry("criticalInfrastructure", INFRASTRUCTURE).containsEntry("companyName", COMPANY);
        JsonNode withheld = file("officer330421").get("classified");
        assertThat(withheld).hasSize(3).allSatisfy(field -> assertThat(field.get("withheld").asBoolean()).isTrue());
    }

    @Test
    void logsEveryReadAndRefusalForTheOwningRegionsManager() {
        file("manager330421");
        ResponseEntity<String> refused = as("manager330421")
                .getForEntity("/api/hazards/" + caseNumber + "/fields/criticalInfrastructure", String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode log = as("manager320509").getForObject("/api/hazards/" + caseNumber + "/access-log", JsonNode.class);
        assertThat(log).anySatisfy(entry -> {
            assertThat(entry.get("userId").asText()).isEqualTo("manager330421");
            assertThat(entry.get("field").asText()).isEqualTo("criticalInfrastructure");
            assertThat(entry.get("allowed").asBoolean()).isFalse();
            assertThat(entry.get("path").asText()).isEqualTo("API");
        });
        assertThat(log).anySatisfy(entry -> {
            assertThat(entry.get("field").asText()).isEqualTo("companyName");
            assertThat(entry.get("allowed").asBoolean()).isTrue();
            assertThat(entry.get("userRegions").asText()).isEqualTo("330421");
        });
        assertThat(as("manager330421").getForEntity("/api/hazards/" + caseNumber + "/access-log", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void letsTheReporterRaiseALevelButNeverLowerIt() {
        ResponseEntity<String> raised = level("officer320509", "companyName", "SECRET");
        ResponseEntity<String> lowered = level("officer320509", "companyName", "RESTRICTED");
        ResponseEntity<String> stranger = level("manager330421", "contacts", "SECRET");

        assertThat(raised.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(lowered.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(values("manager330421")).containsOnlyKeys("contacts");
    }

    @Test
    void refusesASecretFieldFiledAsRestrictedAndStoresNothing() throws Exception {
        Map<String, Object> report = new ObjectMapper().readValue(CaseScenario.TAIPU_JSON, Map.class);
        report.put("restricted", Map.of("contingencyPlan", CONTINGENCY));
        long before = jdbc.queryForObject("select count(*) from hazard_case", Long.class);

        ResponseEntity<JsonNode> answer = as("officer320509").postForEntity("/api/hazards", json(report),
                JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().get("errors").get(0).get("field").asText()).isEqualTo("restricted.contingencyPlan");
        assertThat(jdbc.queryForObject("select count(*) from hazard_case", Long.class)).isEqualTo(before);
    }

    @Test
    void keepsClassifiedValuesOutOfTheEngineAndSecretOnesEncrypted() {
        disposeAsWujiangWithClassifiedPlans();

        for (String value : List.of(COMPANY, CONTACTS, INFRASTRUCTURE, PLAN, CONTINGENCY, JIASHAN_PLAN,
                JIASHAN_CONTINGENCY)) {
            assertThat(engineRowsContaining(value)).as("engine rows holding '%s': %s", value, where(value)).isZero();
        }
        Map<String, Object> secret = jdbc.queryForMap(
                "select value_text, value_cipher from case_field where case_number = ? and name = ?",
                caseNumber, "criticalInfrastructure");
        assertThat(secret.get("VALUE_TEXT")).isNull();
        assertThat(new String((byte[]) secret.get("VALUE_CIPHER"), StandardCharsets.UTF_8))
                .doesNotContain("金泽").doesNotContain("120.9312");
        assertThat(values("officer320509")).containsEntry("disposalPlan", PLAN).containsEntry("contingencyPlan",
                CONTINGENCY);
        assertThat(shown("officer330421")).as("嘉善 sees its own plans, not 吴江's secret one")
                .contains(JIASHAN_PLAN, JIASHAN_CONTINGENCY).doesNotContain(CONTINGENCY);
        assertThat(shown("officer320509")).contains(PLAN, CONTINGENCY).doesNotContain(JIASHAN_CONTINGENCY);
    }

    @Test
    void tracesStoresAndReadsOfClassifiedDataWithoutTheirValues() {
        values("manager330421");
        as("officer330421").getForEntity("/api/hazards/" + caseNumber + "/fields/companyName", String.class);

        String trace = as("officer320509").getForObject("/api/hazards/" + caseNumber + "/trace", String.class);

        assertThat(trace).contains("CLASSIFIED_STORED").contains("CLASSIFIED_READ").contains("REGIONS_ASSIGNED")
                .contains("AUTHORIZATIONS_GRANTED")
                .doesNotContain(COMPANY).doesNotContain(INFRASTRUCTURE).doesNotContain(CONTACTS);
        assertThat(as("officer320509").getForObject("/api/hazards/" + caseNumber + "/trace/verify", JsonNode.class)
                .get("valid").asBoolean()).isTrue();
    }

    @Test
    void givesAnyRegionThePublicHistoryNearItsBorderAndNothingElse() {
        JsonNode nearby = as("officer330402").getForObject(
                "/api/hazards/history?near=120.90,31.02&radiusMeters=5000", JsonNode.class);

        assertThat(nearby).anySatisfy(c -> assertThat(c.get("caseNumber").asText()).isEqualTo(caseNumber));
        assertThat(nearby.toString()).doesNotContain(COMPANY).doesNotContain("classified");
        assertThat(as("officer330402").getForObject("/api/hazards/history?near=121.50,31.20&radiusMeters=1000",
                JsonNode.class)).noneMatch(c -> c.get("caseNumber").asText().equals(caseNumber));
    }

    private void disposeAsWujiangWithClassifiedPlans() {
        HazardCase hazardCase = cases.require(caseNumber);
        CaseScenario scenario = new CaseScenario(engine, intake);
        scenario.completeAll(hazardCase, "acknowledge-notice", "officer", Map.of());
        scenario.agreeOnGrade(hazardCase, "III");
        scenario.complete(scenario.taskOf(hazardCase, "dispose-hazard", "officers320509"), "officer320509",
                Map.of("disposalReport", "已封堵排口", "disposalPlan", PLAN, "contingencyPlan", CONTINGENCY));
        submitFormAsTasklistDoes(scenario.taskOf(hazardCase, "dispose-hazard", "officers330421"), "officer330421",
                Map.of("disposalReport", "加密水质监测", "disposalPlan", JIASHAN_PLAN,
                        "contingencyPlan", JIASHAN_CONTINGENCY));
    }

    private void submitFormAsTasklistDoes(org.camunda.bpm.engine.task.Task task, String user,
            Map<String, Object> values) {
        engine.getIdentityService().setAuthentication(user, List.of("officers330421"));
        try {
            engine.getTaskService().claim(task.getId(), user);
            engine.getFormService().submitTaskForm(task.getId(), values);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private long engineRowsContaining(String value) {
        String like = "%" + value + "%";
        long rows = 0;
        for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
            rows += jdbc.queryForObject("select count(*) from " + table + " where TEXT_ like ? or TEXT2_ like ?",
                    Long.class, like, like);
        }
        byte[] needle = value.getBytes(StandardCharsets.UTF_8);
        rows += jdbc.queryForList("select BYTES_ from ACT_GE_BYTEARRAY where BYTES_ is not null", byte[].class)
                .stream().filter(bytes -> new String(bytes, StandardCharsets.UTF_8).contains(value)).count();
        rows += jdbc.queryForObject("select count(*) from ACT_HI_OP_LOG where ORG_VALUE_ like ? or NEW_VALUE_ like ?",
                Long.class, like, like);
        return needle.length == 0 ? 0 : rows;
    }

    private String where(String value) {
        String like = "%" + value + "%";
        StringBuilder found = new StringBuilder();
        for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
            found.append(table).append('=').append(jdbc.queryForList("select NAME_ from " + table
                    + " where TEXT_ like ? or TEXT2_ like ?", String.class, like, like)).append(' ');
        }
        found.append("OP_LOG=").append(jdbc.queryForList("select PROPERTY_ from ACT_HI_OP_LOG where ORG_VALUE_ like ?"
                + " or NEW_VALUE_ like ?", String.class, like, like));
        return found.toString();
    }

    private Map<String, String> values(String user) {
        Map<String, String> shown = new HashMap<>();
        file(user).get("classified").forEach(field -> {
            if (!field.get("withheld").asBoolean()) {
                shown.put(field.get("name").asText(), field.get("value").asText());
            }
        });
        return shown;
    }

    private List<String> shown(String user) {
        List<String> shown = new java.util.ArrayList<>();
        file(user).get("classified").forEach(field -> {
            if (!field.get("withheld").asBoolean()) {
                shown.add(field.get("value").asText());
            }
        });
        return shown;
    }

    private JsonNode file(String user) {
        return as(user).getForObject("/api/hazards/" + caseNumber, JsonNode.class);
    }

    private ResponseEntity<String> level(String user, String field, String level) {
        return as(user).exchange("/api/hazards/" + caseNumber + "/fields/" + field + "/level", HttpMethod.PUT,
                json(Map.of("level", level)), String.class);
    }

    private TestRestTemplate as(String user) {
        return anonymous.withBasicAuth(user, "demo");
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

}
