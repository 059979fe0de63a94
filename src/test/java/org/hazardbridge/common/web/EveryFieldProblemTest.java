package org.hazardbridge.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import org.hazardbridge.common.FieldProblem;
import org.hazardbridge.common.InvalidInputException;
import org.hazardbridge.hazard.CaseScenario;
import org.hazardbridge.hazard.HazardReportRequest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.mock.http.MockHttpInputMessage;

class EveryFieldProblemTest {

    /** The application's settings for reading JSON (application.yaml). */
    private final ObjectMapper mapper = JsonMapper.builder().findAndAddModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT).build();
    private final MappingJackson2HttpMessageConverter converter =
            new EveryFieldProblem().mappingJackson2HttpMessageConverter(mapper);

    @Test
    void namesEveryWronglyTypedAndUnknownFieldWithJacksonsOwnVerdict() {
        String body = CaseScenario.TAIPU_JSON.replace("\"lon\": 120.88", "\"lon\": \"east\"")
                .replace("\"title\"", "\"colour\": [1, 2], \"title\"")
                .replace("\"impactRadiusMeters\": ", "\"impactRadiusMeters\": { \"m\": 1 }, \"x\": ")
                .replace("\"potentialSeriousInjuries\": 2", "\"potentialSeriousInjuries\": 1.5")
                .replace("\"majorHazardSituation\": false", "\"majorHazardSituation\": \"maybe\"");

        assertThatThrownBy(() -> read(body)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("colour",
                    "consequences.potentialSeriousInjuries", "impactRadiusMeters", "location.lon",
                    "majorHazardSituation", "x");
            assertThat(e.problems()).filteredOn(p -> p.field().equals("x")).extracting(FieldProblem::message)
                    .containsExactly(EveryFieldProblem.UNKNOWN_FIELD);
            assertThat(e.problems()).filteredOn(p -> p.field().equals("location.lon"))
                    .extracting(FieldProblem::message).containsExactly("类型不符：须为数字");
            assertThat(e.problems()).filteredOn(p -> p.field().equals("majorHazardSituation"))
                    .extracting(FieldProblem::message).containsExactly("类型不符：须为 true 或 false");
            assertThat(e.problems()).filteredOn(p -> p.field().endsWith("potentialSeriousInjuries"))
                    .extracting(FieldProblem::message).containsExactly("类型不符："
                            + "须为整数（不带小数部分的数字）");
        });
    }

    @Test
    void acceptsWhatJacksonAcceptsAndLeavesOtherRefusalsAsTheyWere() throws Exception {
        assertThat(read(CaseScenario.TAIPU_JSON).title()).isEqualTo("太浦河吴江段化工废液排放");
        // Jackson's own coercion: a number for a text field and a numeric string for a number are accepted.
        assertThat(read(CaseScenario.TAIPU_JSON.replace("\"impactRadiusMeters\": 3000",
                "\"impactRadiusMeters\": \"3000\"")).impactRadiusMeters()).isEqualTo(3000);
        assertThatThrownBy(() -> read("[]")).isInstanceOf(HttpMessageNotReadableException.class);
        assertThatThrownBy(() -> read("{ \"type\": ")).isInstanceOf(HttpMessageNotReadableException.class);
    }

    @Test
    void aSingleBadFieldIsNamedAlone() {
        assertThatThrownBy(() -> read(CaseScenario.TAIPU_JSON.replace("\"title\"", "\"colour\": 1, \"title\"")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("colour", EveryFieldProblem.UNKNOWN_FIELD)));
    }

    @Test
    void namesAtMostTwentyFieldsAndSaysWhenThereAreMore() {
        assertThatThrownBy(() -> read(withUnknownFields(25))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> {
                    assertThat(e.problems()).hasSize(EveryFieldProblem.MOST);
                    assertThat(e.cut()).isTrue();
                });
        assertThatThrownBy(() -> read(withUnknownFields(EveryFieldProblem.MOST))).isInstanceOfSatisfying(
                InvalidInputException.class, e -> {
                    assertThat(e.problems()).hasSize(EveryFieldProblem.MOST);
                    assertThat(e.cut()).isFalse();
                });
        assertThatThrownBy(() -> read(withUnknownFields(3))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.cut()).isFalse());
    }

    /** The report with that many unknown fields, u01, u02, ... */
    private static String withUnknownFields(int count) {
        StringBuilder fields = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            fields.append("\"u%02d\": %d, ".formatted(i, i));
        }
        return CaseScenario.TAIPU_JSON.replace("\"title\"", fields + "\"title\"");
    }

    @Test
    void aBodyFarLargerThanAReportIsNotBoundAgainAndGetsJacksonsFirstRefusal() {
        String large = CaseScenario.TAIPU_JSON.replace("巡查发现疑似化工废液排入太浦河",
                "长".repeat(30_000))
                .replace("\"lon\": 120.88", "\"lon\": \"east\"").replace("\"title\"", "\"colour\": 1, \"title\"");

        assertThatThrownBy(() -> read(large)).isInstanceOf(HttpMessageNotReadableException.class)
                .hasMessageContaining("\"east\"");
    }

    private HazardReportRequest read(String json) throws Exception {
        MockHttpInputMessage input = new MockHttpInputMessage(json.getBytes(StandardCharsets.UTF_8));
        input.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        return (HazardReportRequest) converter.read(HazardReportRequest.class, null, input);
    }
}
