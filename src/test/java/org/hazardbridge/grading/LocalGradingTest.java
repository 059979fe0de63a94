package org.hazardbridge.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.hazardbridge.hazard.Grade;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardIntake;
import org.hazardbridge.hazard.HazardReportRequest;
import org.hazardbridge.rules.DecisionEvaluator;
import org.hazardbridge.rules.DecisionRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** 嘉善's local table {@code local-grading-330421} is applied after the unified one: it may raise, never lower. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:process-test;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class LocalGradingTest {

    private static final HazardReportRequest.Location IN_JIASHAN =
            new HazardReportRequest.Location(120.9023, 30.8996, "GCJ02");

    @Autowired
    HazardIntake intake;

    @Autowired
    DecisionEvaluator decisions;

    @Test
    void raisesAWaterPollutionOfHighSocialImpactInJiashan() {
        HazardCase reported = intake.report(new HazardReportRequest("WATER_POLLUTION", "嘉善县河道油污",
                "支流水面大面积油污",
                IN_JIASHAN, 500, new HazardReportRequest.Consequences(0L, 12L, 0L, "HIGH"), false, null));

        assertThat(reported.grade()).isEqualTo(Grade.II);
        assertThat(reported.legalClass()).isEqualTo("重大事故隐患");
        assertThat(tableOutputs(reported, "hazard-grading")).contains("\"grade\":\"III\"");
        assertThat(tableOutputs(reported, "local-grading-330421")).contains("\"grade\":\"II\"");
    }

    @Test
    void refusesTheLocalTablesProposalToLowerTheUnifiedGrade() {
        HazardCase reported = intake.report(new HazardReportRequest("OTHER", "嘉善县厂区违规动火",
                "重大事故隐患情形，尚无人员伤亡",
                IN_JIASHAN, 200, new HazardReportRequest.Consequences(0L, 0L, 500_000L, "LOW"), true, null));

        assertThat(tableOutputs(reported, "local-grading-330421")).contains("\"grade\":\"IV\"");
        assertThat(reported.grade()).isEqualTo(Grade.II);
        assertThat(reported.automaticGrade()).isEqualTo(Grade.II);
    }

    @Test
    void appliesNoLocalTableWhereTheRegionHasNone() {
        HazardCase reported = intake.report(new HazardReportRequest("OTHER", "吴江区厂区违规动火",
                "重大事故隐患情形",
                new HazardReportRequest.Location(120.88, 31.02, "GCJ02"), 200,
                new HazardReportRequest.Consequences(0L, 0L, 500_000L, "LOW"), true, null));

        assertThat(decisions.recordsOf(reported.caseNumber())).extracting(DecisionRecord::decisionKey)
                .doesNotContain("local-grading-320509");
        assertThat(reported.grade()).isEqualTo(Grade.II);
    }

    private String tableOutputs(HazardCase hazardCase, String decisionKey) {
        return decisions.recordsOf(hazardCase.caseNumber()).stream()
                .filter(record -> record.decisionKey().equals(decisionKey)).findFirst()
                .map(DecisionRecord::outputs).orElseThrow(() -> new AssertionError(decisionKey + " was not used"));
    }
}
