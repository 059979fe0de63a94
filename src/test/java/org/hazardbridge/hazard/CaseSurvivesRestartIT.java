package org.hazardbridge.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.hazardbridge.HazardBridgeApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default keeps everything in a file: a restarted app still has its open cases and their tasks. */
class CaseSurvivesRestartIT {

    @TempDir
    Path data;

    @Test
    void keepsOpenCasesAndTheirTasksAcrossARestart() {
        String caseNumber;
        List<String> openTaskIds;
        try (ConfigurableApplicationContext app = start()) {
            CaseScenario scenario = scenario(app);
            HazardCase reported = scenario.report(CaseScenario.taipuWaterPollution());
            caseNumber = reported.caseNumber();
            Task primary = scenario.taskOf(reported, "acknowledge-notice", "officers320509");
            scenario.complete(primary, "officer320509", Map.of());
            openTaskIds = scenario.tasks(reported, "acknowledge-notice").stream().map(Task::getId).toList();
        }

        try (ConfigurableApplicationContext app = start()) {
            CaseScenario scenario = scenario(app);
            HazardCase reloaded = app.getBean(HazardCases.class).require(caseNumber);

            assertThat(reloaded.status()).isEqualTo(CaseStatus.OPEN);
            assertThat(reloaded.region("320509").orElseThrow().acknowledgedBy()).isEqualTo("officer320509");
            assertThat(scenario.tasks(reloaded, "acknowledge-notice")).extracting(Task::getId)
                    .containsExactlyInAnyOrderElementsOf(openTaskIds);
            scenario.completeAll(reloaded, "acknowledge-notice", "officer", Map.of());
            assertThat(scenario.tasks(reloaded, "submit-grade-opinion")).hasSize(4);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(HazardBridgeApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("hazardbridge") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--camunda.bpm.job-execution.enabled=false");
    }

    private static CaseScenario scenario(ConfigurableApplicationContext app) {
        return new CaseScenario(app.getBean(ProcessEngine.class), app.getBean(HazardIntake.class));
    }
}
