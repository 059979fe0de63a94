package org.hazardbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.hazardbridge.cluster.WebappSession;
import org.hazardbridge.hazard.CaseScenario;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardCases;
import org.hazardbridge.hazard.HazardIntake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A region sees a case only when it takes part in it, on every path: the product's API, the engine's REST API
 * (which Tasklist and Cockpit use) and its history. 南湖 (330402) is not involved in the 太浦河 case; 嘉善 is.
 * Also hostile input: guessing case numbers, huge bodies, script and SQL in text, a form submitted twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:region-visibility-it;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class RegionVisibilityIT {

    private static final String REPORT = """
            { "type": "WATER_POLLUTION", "title": "%s", "description": "%s",
              "location": { "lon": 120.88, "lat": 31.02, "crs": "GCJ02" }, "impactRadiusMeters": 3000,
              "consequences": { "potentialDeaths": 0, "potentialSeriousInjuries": 2,
                                "potentialDirectLossYuan": 20000000, "socialImpact": "HIGH" },
              "majorHazardSituation": false }""";

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

    @Autowired
    RegionAuthorizations regionAuthorizations;

    @LocalServerPort
    int port;

    String caseNumber;
    String instanceId;

    @BeforeEach
    void reportTaipuCase() {
        caseNumber = report("太浦河吴江段排污", "疑似化工废液").getBody().get("caseNumber").asText();
        instanceId = cases.require(caseNumber).processInstanceId();
    }

    @Test
    void showsAnUninvolvedRegionNothingOfTheCaseOnTheProductsApi() {
        TestRestTemplate nanhu = as("officer330402");

        ResponseEntity<JsonNode> guessed = nanhu.getForEntity("/api/hazards/" + caseNumber, JsonNode.class);
        ResponseEntity<JsonNode> unknown = nanhu.getForEntity("/api/hazards/YH-320509-19990101-0001", JsonNode.class);

        assertThat(guessed.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND).isEqualTo(unknown.getStatusCode());
        assertThat(guessed.getBody().get("detail").asText().replace(caseNumber, "N"))
                .isEqualTo(unknown.getBody().get("detail").asText().replace("YH-320509-19990101-0001", "N"));
        assertThat(nanhu.getForEntity("/api/hazards/" + caseNumber + "/attachments", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(nanhu.getForEntity("/api/hazards/" + caseNumber + "/grading", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(nanhu.getForObject("/api/hazards", String.class)).doesNotContain(caseNumber);
        for (String part : new String[] {"/trace", "/trace/verify", "/responsibility", "/access-log", "/fields/x"}) {
            assertThat(nanhu.getForEntity("/api/hazards/" + caseNumber + part, String.class).getStatusCode())
                    .as(part).isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(as("officer330421").getForEntity("/api/hazards/" + caseNumber, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void showsAnUninvolvedRegionNoInstanceTaskVariableOrHistoryOnTheEngineRestApi() {
        TestRestTemplate nanhu = as("officer330402");
        TestRestTemplate jiashan = as("officer330421");
        String[] paths = {
            "/engine-rest/process-instance?businessKey=" + caseNumber,
            "/engine-rest/task?processInstanceBusinessKey=" + caseNumber,
            "/engine-rest/variable-instance?processInstanceIdIn=" + instanceId,
            "/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseNumber,
            "/engine-rest/history/variable-instance?processInstanceId=" + instanceId,
            "/engine-rest/history/task?processInstanceBusinessKey=" + caseNumber,
            "/engine-rest/history/activity-instance?processInstanceId=" + instanceId};

        for (String path : paths) {
            assertThat(nanhu.getForObject(path, JsonNode.class)).as("南湖: %s", path).isEmpty();
        }
        assertThat(nanhu.getForEntity("/engine-rest/process-instance/" + instanceId + "/variables", String.class)
                .getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(jiashan.getForObject(paths[0], JsonNode.class)).as("嘉善 takes part").hasSize(1);
        assertThat(jiashan.getForObject(paths[1], JsonNode.class)).as("嘉善's own notice only").hasSize(1);
        assertThat(jiashan.getForObject(paths[3], JsonNode.class)).hasSize(1);
    }

    @Test
    void refusesAnotherRegionsTaskToAUserWhoOpensItByItsId() {
        HazardCase hazardCase = cases.require(caseNumber);
        Task wujiang = new CaseScenario(engine, intake).taskOf(hazardCase, "acknowledge-notice", "officers320509");
        TestRestTemplate nanhu = as("officer330402");

        ResponseEntity<String> read = nanhu.getForEntity("/engine-rest/task/" + wujiang.getId(), String.class);
        ResponseEntity<String> claim = nanhu.postForEntity("/engine-rest/task/" + wujiang.getId() + "/claim",
                json("{\"userId\":\"officer330402\"}"), String.class);
        ResponseEntity<String> complete = nanhu.postForEntity("/engine-rest/task/" + wujiang.getId() + "/submit-form",
                json("{\"variables\":{}}"), String.class);

        assertThat(List.of(read, claim, complete)).allSatisfy(answer ->
                assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isFalse());
        assertThat(engine.getTaskService().createTaskQuery().taskId(wujiang.getId()).singleResult().getAssignee())
                .isNull();
    }

    @Test
    void checksACallersOwnGroupsWithoutTheEnginesPrefilterAndGivesTheSameAnswers() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getSessionFactories().get(AuthorizationManager.class).openSession())
                .isInstanceOf(AuthorizedGroupsPlugin.UnfilteredGroupsAuthorizationManager.class);
        List<String> many = new ArrayList<>(IntStream.range(0, 40).mapToObj(i -> "nobody" + i).toList());
        many.add("officers330421");

        // A few groups skip the prefilter, many take the engine's own path: both see 嘉善's notice and nothing else.
        assertThat(visibleTasks(List.of("officers330421", "nobody1"))).isEqualTo(1);
        assertThat(visibleTasks(many)).isEqualTo(1);
        assertThat(visibleTasks(List.of("officers330402"))).isZero();
        assertThat(visibleTasks(List.of("nobody1", "nobody2"))).isZero();
        assertThat(visibleTasks(List.of())).isZero();
    }

    private long visibleTasks(List<String> groups) {
        engine.getIdentityService().setAuthentication("someone", groups);
        try {
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                    .count()).as("instances for %s", groups).isEqualTo(groups.contains("officers330421") ? 1 : 0);
            return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).count();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    @Test
    void asksForCredentialsOnTheEngineRestApi() {
        ResponseEntity<String> answer = anonymous.getForEntity("/engine-rest/process-instance", String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(anonymous.withBasicAuth("officer330421", "wrong")
                .getForEntity("/engine-rest/process-instance", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /**
     * The standing grants every region group shares are held once, by the group {@code regions}; a district group
     * an admin adds after start-up may use Tasklist and start cases at once, without its own grants or a restart.
     */
    @Test
    void holdsTheRegionGroupsStandingGrantsOnceAndLetsANewDistrictGroupUseThem() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from act_ru_authorization where group_id_ = 'regions'"
                + " and resource_type_ in (0, 6, 8)", Integer.class)).as("Tasklist, two definitions, instances")
                .isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_authorization where (group_id_ like 'officers%'"
                + " or group_id_ like 'managers%') and (resource_type_ in (0, 6) and resource_id_ in"
                + " ('tasklist', 'hazard-case', 'grading-arbitration') or resource_type_ = 8 and resource_id_ = '*')",
                Integer.class)).isZero();

        var identity = engine.getIdentityService();
        identity.saveGroup(identity.newGroup("officers330483"));
        var user = identity.newUser("officer330483");
        user.setPassword("demo");
        identity.saveUser(user);
        identity.createMembership("officer330483", "officers330483");
        try {
            WebappSession tasklist = new WebappSession(java.net.URI.create("http://localhost:" + port));
            tasklist.open();
            assertThat(tasklist.login("officer330483").status()).as("Tasklist for the new group").isEqualTo(200);
            JsonNode definitions = as("officer330483").getForObject(
                    "/engine-rest/process-definition?key=hazard-case&latestVersion=true", JsonNode.class);
            assertThat(definitions).hasSize(1);
            assertThat(engine.getAuthorizationService().isUserAuthorized("officer330483", List.of("officers330483"),
                    Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "hazard-case")).isTrue();
            assertThat(engine.getAuthorizationService().isUserAuthorized("nobody", List.of("visitors"),
                    Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "hazard-case")).isFalse();
        } finally {
            identity.deleteUser("officer330483");
            identity.deleteGroup("officers330483");
        }
    }

    /**
     * A task form that breaks a rule, completed through the engine's REST API as a client other than Tasklist
     * would, is answered 400 naming the field, not with the engine's 500; the task stays open.
     */
    @Test
    void refusesATaskFormThatBreaksARuleOnTheEngineRestApiWith400() {
        HazardCase hazardCase = cases.require(caseNumber);
        CaseScenario scenario = new CaseScenario(engine, intake);
        scenario.completeAll(hazardCase, "acknowledge-notice", "officer", Map.of("acknowledgeNote", "已接收通报"));
        String taskId = scenario.taskOf(hazardCase, "submit-grade-opinion", "managers320509").getId();
        TestRestTemplate manager = as("manager320509");
        assertThat(manager.postForEntity("/engine-rest/task/" + taskId + "/claim",
                json("{\"userId\":\"manager320509\"}"), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<JsonNode> refused = manager.postForEntity("/engine-rest/task/" + taskId + "/complete",
                json("{\"variables\":{\"gradeOpinion\":{\"value\":\"V\",\"type\":\"String\"},"
                        + "\"opinionReason\":{\"value\":\"现场核查\",\"type\":\"String\"}}}"), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").get(0).get("field").asText()).isEqualTo("gradeOpinion");
        assertThat(refused.getBody().get("message").asText()).contains("等级意见须为");
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).as("still open").isEqualTo(1);
        ResponseEntity<JsonNode> other = manager.postForEntity("/engine-rest/task/no-such-task/complete", json("{}"),
                JsonNode.class);
        assertThat(other.getStatusCode().isError()).isTrue();
        assertThat(other.getBody().has("errors")).as("another failure keeps the engine's own answer").isFalse();
        assertThat(other.getBody().get("type").asText()).isNotBlank();
    }

    /** A database of an earlier version, where each region group held its own standing grants, is tidied up. */
    @Test
    void removesTheStandingGrantsAnEarlierVersionGaveEachRegionGroup(@Autowired ApplicationContext context)
            throws Exception {
        var authorizations = engine.getAuthorizationService();
        saveAuthorization(Authorization.AUTH_TYPE_GRANT, "officers310118", Resources.APPLICATION, "tasklist",
                Permissions.ACCESS);
        // What an admin gave or took away on purpose stays.
        Authorization adminsGrant = saveAuthorization(Authorization.AUTH_TYPE_GRANT, "managers310118",
                Resources.PROCESS_DEFINITION, "hazard-case", Permissions.READ, Permissions.READ_HISTORY);
        Authorization adminsRevoke = saveAuthorization(Authorization.AUTH_TYPE_REVOKE, "officers310117",
                Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);

        try {
            context.getBean("authorizationSetup", ApplicationRunner.class).run(null);

            assertThat(authorizations.createAuthorizationQuery().groupIdIn("managers310118")
                    .resourceType(Resources.PROCESS_DEFINITION).resourceId("hazard-case").count()).isEqualTo(1);
            assertThat(authorizations.createAuthorizationQuery().groupIdIn("officers310117")
                    .resourceType(Resources.PROCESS_INSTANCE).resourceId("*").count()).isEqualTo(1);
        } finally {
            authorizations.deleteAuthorization(adminsGrant.getId());
            authorizations.deleteAuthorization(adminsRevoke.getId());
        }
        assertThat(authorizations.createAuthorizationQuery().groupIdIn("officers310118")
                .resourceType(Resources.APPLICATION).count()).isZero();
        assertThat(authorizations.createAuthorizationQuery().groupIdIn("supervisors")
                .resourceType(Resources.APPLICATION).resourceId("tasklist").count()).as("others keep theirs")
                .isEqualTo(1);
    }

    /** The split's grants, given again (as when an admin restarts the case before the split), add only what is new. */
    @Test
    void grantsACaseToEachRegionOnceWhenGrantedAgain() {
        List<String> regions = cases.require(caseNumber).regions().stream().map(r -> r.adcode()).toList();
        Map<String, Integer> before = instanceGrantsPerGroup();
        assertThat(before).containsEntry("officers" + regions.get(0), 2).containsEntry("managers" + regions.get(0), 2)
                .hasSize(2 * regions.size());

        List<String> withAnother = new ArrayList<>(regions);
        withAnother.add("330503");
        regionAuthorizations.grantCase(caseNumber, instanceId, withAnother);

        Map<String, Integer> expected = new TreeMap<>(before);
        expected.put("officers330503", 2);
        expected.put("managers330503", 2);
        assertThat(instanceGrantsPerGroup()).isEqualTo(expected);
    }

    /** Saves a grant (the permissions given) or a revoke (the permissions taken away) of a group. */
    private Authorization saveAuthorization(int type, String group, Resources resource, String resourceId,
            Permissions... permissions) {
        Authorization authorization = engine.getAuthorizationService().createNewAuthorization(type);
        authorization.setGroupId(group);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permissions permission : permissions) {
            if (type == Authorization.AUTH_TYPE_REVOKE) {
                authorization.removePermission(permission);
            } else {
                authorization.addPermission(permission);
            }
        }
        return engine.getAuthorizationService().saveAuthorization(authorization);
    }

    /** The groups' authorizations on the case's process instance (8) and its history (20). */
    private Map<String, Integer> instanceGrantsPerGroup() {
        Map<String, Integer> grants = new TreeMap<>();
        jdbc.query("select group_id_, count(*) from act_ru_authorization where resource_id_ = ?"
                + " and resource_type_ in (8, 20) and group_id_ is not null group by group_id_",
                row -> {
                    grants.put(row.getString(1), row.getInt(2));
                }, instanceId);
        return grants;
    }

    @Test
    void refusesATwentyMegabyteBodyWithoutReadingIt() {
        String huge = "x".repeat(20 * 1024 * 1024);

        ResponseEntity<String> answer = post(REPORT.formatted("大", huge));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json;charset=UTF-8");
        assertThat(answer.getBody()).contains("\"type\":\"https://hazardbridge.org/problems/payload-too-large\"")
                .contains("\"status\":413").contains("请求体过大");
        assertThat(jdbc.queryForObject("select count(*) from hazard_case where title = '大'", Integer.class)).isZero();
    }

    @Test
    void storesScriptAndSqlFragmentsAsPlainText() {
        String title = "'; DROP TABLE hazard_case; -- <script>alert(1)</script>";
        String description = "\\\"${7*7}\\\" {{7*7}} #{1+1} ' OR '1'='1";

        String number = report(title, description).getBody().get("caseNumber").asText();

        JsonNode file = as("officer320509").getForObject("/api/hazards/" + number, JsonNode.class);
        assertThat(file.get("title").asText()).isEqualTo("'; DROP TABLE hazard_case; -- <script>alert(1)</script>");
        assertThat(file.get("description").asText()).isEqualTo("\"${7*7}\" {{7*7}} #{1+1} ' OR '1'='1");
        assertThat(jdbc.queryForObject("select count(*) from hazard_case", Integer.class)).isPositive();
    }

    @Test
    void refusesAFormSubmittedTwiceAndKeepsOneRecord() {
        HazardCase hazardCase = cases.require(caseNumber);
        CaseScenario scenario = new CaseScenario(engine, intake);
        Task notice = scenario.taskOf(hazardCase, "acknowledge-notice", "officers330421");
        TestRestTemplate jiashan = as("officer330421");
        jiashan.postForEntity("/engine-rest/task/" + notice.getId() + "/claim", json("{\"userId\":\"officer330421\"}"),
                String.class);

        ResponseEntity<String> first = jiashan.postForEntity("/engine-rest/task/" + notice.getId() + "/submit-form",
                json("{\"variables\":{\"acknowledgeNote\":{\"value\":\"已接收\"}}}"), String.class);
        ResponseEntity<String> second = jiashan.postForEntity("/engine-rest/task/" + notice.getId() + "/submit-form",
                json("{\"variables\":{\"acknowledgeNote\":{\"value\":\"再次提交\"}}}"), String.class);

        assertThat(first.getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(second.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(cases.require(caseNumber).region("330421").orElseThrow().acknowledgedBy())
                .isEqualTo("officer330421");
        assertThat(scenario.tasks(hazardCase, "acknowledge-notice")).hasSize(3);
    }

    private ResponseEntity<JsonNode> report(String title, String description) {
        ResponseEntity<String> raw = post(REPORT.formatted(title, description));
        assertThat(raw.getStatusCode()).as(raw.getBody()).isEqualTo(HttpStatus.CREATED);
        try {
            return ResponseEntity.status(raw.getStatusCode())
                    .body(new com.fasterxml.jackson.databind.ObjectMapper().readTree(raw.getBody()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private ResponseEntity<String> post(String body) {
        return as("officer320509").postForEntity("/api/hazards", json(body), String.class);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private TestRestTemplate as(String user) {
        return anonymous.withBasicAuth(user, "demo");
    }
}
