package org.hazardbridge.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * A hazard reported through Camunda Tasklist's start form, in headless Chromium, reaches the Tasklists of the
 * regions it affects and no other. Screenshots of the steps go to target/tasklist-journey.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:tasklist-journey;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false" })
class TasklistReportJourneyIT {

    private static final Path SCREENSHOTS = Path.of("target", "tasklist-journey");
    private static final String PASSWORD = "demo";
    private static final String PROCESS_KEY = "hazard-case";
    private static final String PROCESS_NAME = "跨区域隐患案件";
    private static final String GROUP_TASKS = "我所在组的任务";
    private static final String NOTICE = "接收隐患通报";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcTemplate jdbc;

    private HeadlessChromium chromium;
    private Tasklist tasklist;

    @RegisterExtension
    final AfterTestExecutionCallback snapOnFailure = context -> {
        if (context.getExecutionException().isPresent() && tasklist != null) {
            tasklist.snap("failure");
            tasklist.savePage("failure");
        }
    };

    @BeforeAll
    static void requireChromiumAndCleanScreenshots() {
        HeadlessChromium.requireInstalled();
        FileSystemUtils.deleteRecursively(SCREENSHOTS.toFile());
    }

    @BeforeEach
    void startBrowser() throws IOException {
        chromium = HeadlessChromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void waterPollutionReportedInTasklistReachesEveryAffectedRegionAndNoOther() {
        String caseNumber = reportWaterPollutionInWujiang();

        tasklist.logOut();
        tasklist.logIn("officer330421", PASSWORD);
        assertThat(tasklist.showFilter(GROUP_TASKS)).containsExactly(NOTICE);

        String notice = tasklist.openTask(NOTICE);
        tasklist.snap("jiashan-notice");
        assertThat(notice).contains("案件编号：" + caseNumber, "嘉善县（330421）", "职责：水质监测");
        // What Tasklist submits for the form passes the check that a completion carries the form's fields only.
        tasklist.claimAndComplete("Field_acknowledgeNote", "已接收，安排水质监测");
        tasklist.snap("jiashan-acknowledged");
        var acknowledged = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey("acknowledge-notice").taskAssignee("officer330421").finished().singleResult();
        assertThat(acknowledged).as("嘉善's notice completed in Tasklist").isNotNull();
        assertThat(history.createHistoricVariableInstanceQuery()
                .activityInstanceIdIn(acknowledged.getActivityInstanceId())
                .variableName("acknowledgeNote").singleResult().getValue()).isEqualTo("已接收，安排水质监测");

        tasklist.logOut();
        tasklist.logIn("officer330402", PASSWORD);
        List<String> nanhuTasks = tasklist.showFilter(GROUP_TASKS);
        tasklist.snap("nanhu-group-tasks");
        assertThat(nanhuTasks).isEmpty();
    }

    @Test
    void reportOutsideEveryRegionIsRefusedOnTheStartFormAndLeavesNoCase() {
        long instancesBefore = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
        long casesBefore = storedCases();

        tasklist = new Tasklist(chromium.driver(), port, SCREENSHOTS, "outside");
        tasklist.open();
        tasklist.logIn("officer320509", PASSWORD);
        ReportForm form = fillWaterPollution(tasklist.startProcess(PROCESS_NAME), "125.0", "28.0");
        form.start();
        String refusal = form.awaitRefusal();
        tasklist.scrollTo(ReportForm.REFUSAL);
        tasklist.snap("refused");

        assertThat(refusal).contains("不在任何");
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count())
                .as("process instances, running or ended").isEqualTo(instancesBefore);
        assertThat(storedCases()).as("stored cases").isEqualTo(casesBefore);
    }

    /** officer320509 reports water pollution in Wujiang through the start form; returns the case number. */
    private String reportWaterPollutionInWujiang() {
        tasklist = new Tasklist(chromium.driver(), port, SCREENSHOTS, "report");
        tasklist.open();
        tasklist.logIn("officer320509", PASSWORD);
        tasklist.snap("wujiang-logged-in");

        ReportForm form = fillWaterPollution(tasklist.startProcess(PROCESS_NAME), "120.88", "31.02");
        tasklist.scrollTo(ReportForm.START);
        tasklist.snap("report-filled");
        form.start();
        form.awaitStarted();
        tasklist.snap("report-started");

        return caseStartedWithNotices();
    }

    /** The one case in the engine: numbered in Wujiang, started with the form's values, with its four notices. */
    private String caseStartedWithNotices() {
        List<ProcessInstance> instances = runtime.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY).list();
        assertThat(instances).hasSize(1);

        ProcessInstance instance = instances.get(0);
        assertThat(instance.getBusinessKey()).matches("YH-320509-\\d{8}-\\d{4}");
        assertSubmittedAsFilled(runtime.getVariables(instance.getId()));
        assertThat(noticeGroups(instance.getId())).containsExactlyInAnyOrder(
                "officers320509", "officers330421", "officers310118", "officers310117");
        return instance.getBusinessKey();
    }

    private static ReportForm fillWaterPollution(ReportForm form, String lon, String lat) {
        return form.choose("hazardType", "水污染")
                .enter("title", "太浦河吴江段上游化工废水渗漏")
                .enter("description", "汾湖附近排污口发现疑似化工废水渗入太浦河，"
                        + "下游为嘉善、青浦、松江取水口。")
                .enter("lon", lon)
                .enter("lat", lat)
                .pick("GCJ-02")
                .enter("impactRadiusMeters", "3000")
                .enter("potentialDeaths", "0")
                .enter("potentialSeriousInjuries", "2")
                .enter("potentialDirectLossYuan", "20000000")
                .choose("socialImpact", "高");
    }

    private static void assertSubmittedAsFilled(Map<String, Object> variables) {
        assertThat(variables).containsEntry("hazardType", "WATER_POLLUTION").containsEntry("crs", "GCJ02")
                .containsEntry("socialImpact", "HIGH");
        assertThat(variables).extractingByKeys("lon", "lat").map(value -> ((Number) value).doubleValue())
                .containsExactly(120.88, 31.02);
        assertThat(variables)
                .extractingByKeys("impactRadiusMeters", "potentialDeaths", "potentialSeriousInjuries",
                        "potentialDirectLossYuan")
                .map(value -> ((Number) value).longValue()).containsExactly(3000L, 0L, 2L, 20_000_000L);
    }

    /** The candidate groups of the instance's open tasks, which must all be notices. */
    private List<String> noticeGroups(String processInstanceId) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId).list();
        assertThat(open).extracting(Task::getTaskDefinitionKey).containsOnly("acknowledge-notice");

        return open.stream().flatMap(task -> tasks.getIdentityLinksForTask(task.getId()).stream())
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).toList();
    }

    private long storedCases() {
        return jdbc.queryForObject("select count(*) from hazard_case", Long.class);
    }
}
