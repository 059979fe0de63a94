package org.hazardbridge.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tasklist's start form refuses the same counts as the API, before the officer submits: its bounds are the
 * request's ({@link HazardReportRequest}), so the form never sends what the intake would refuse.
 */
class ReportFormBoundsTest {

    @Test
    void theStartFormBoundsTheCountsAsTheApiDoes() throws Exception {
        Map<String, JsonNode> fields = new HashMap<>();
        collect(new ObjectMapper().readTree(Path.of("forms", "report-hazard.form").toFile()), fields);

        assertThat(bounds(fields, "potentialDeaths")).containsExactly(0L, HazardReportRequest.MAX_PEOPLE);
        assertThat(bounds(fields, "potentialSeriousInjuries")).containsExactly(0L, HazardReportRequest.MAX_PEOPLE);
        assertThat(bounds(fields, "potentialDirectLossYuan")).containsExactly(0L, HazardReportRequest.MAX_LOSS_YUAN);
        assertThat(bounds(fields, "impactRadiusMeters")).containsExactly(0L, 100_000L);
        // Below 2^53, so that the form's JavaScript numbers hold every count exactly.
        assertThat(HazardReportRequest.MAX_LOSS_YUAN).isLessThan(1L << 53);
    }

    private static long[] bounds(Map<String, JsonNode> fields, String key) {
        JsonNode validate = fields.get(key).path("validate");
        assertThat(validate.path("required").asBoolean()).as(key + " required").isTrue();
        return new long[] {validate.path("min").asLong(-1), validate.path("max").asLong(-1)};
    }

    private static void collect(JsonNode component, Map<String, JsonNode> fields) {
        if (component.hasNonNull("key")) {
            fields.put(component.get("key").asText(), component);
        }
        component.path("components").forEach(child -> collect(child, fields));
    }
}
