package org.hazardbridge.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hashed JSON form: sorted keys, no whitespace, numbers by value, and stable when read and written again. */
class CanonicalJsonTest {

    @Test
    void sortsKeysAndDropsWhitespace() {
        assertThat(CanonicalJson.write(CanonicalJson.read("{ \"b\": [1, 2], \"a\": {\"z\": null, \"y\": true} }")))
                .isEqualTo("{\"a\":{\"y\":true,\"z\":null},\"b\":[1,2]}");
    }

    @Test
    void writesEachNumberFromItsValue() {
        assertThat(CanonicalJson.write(CanonicalJson.read("[75, 75.0, 7.5E1, 0.10, -0.0, 2E+7, 1.25e-3]")))
                .isEqualTo("[75,75,75,0.1,0,20000000,0.00125]");
    }

    @Test
    void escapesOnlyWhatJsonRequires() {
        assertThat(CanonicalJson.write(PayloadValues.tree("引号\"反斜杠\\换行\n\u0001")))
                .isEqualTo("\"引号\\\"反斜杠\\\\换行\\n\\u0001\"");
    }

    @Test
    void writesJavaValuesAsTheirJson() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("score", 75.0);
        values.put("loss", 20_000_000L);
        values.put("due", Date.from(java.time.Instant.parse("2026-12-03T08:15:30.123456Z")));
        values.put("regions", List.of("320509", "330421"));
        values.put("exact", new BigDecimal("0.10"));

        assertThat(CanonicalJson.write(PayloadValues.object(values))).isEqualTo(
                "{\"due\":\"2026-12-03T08:15:30.123Z\",\"exact\":0.1,\"loss\":20000000,"
                        + "\"regions\":[\"320509\",\"330421\"],\"score\":75}");
    }

    @Test
    void givesTheSameTextWhenReadAndWrittenAgain() {
        String canonical = CanonicalJson.write(CanonicalJson.read("{\"x\":[0.3,1e2,{\"中\":\"文\"}],\"a\":\"\\t\"}"));

        assertThat(CanonicalJson.write(CanonicalJson.read(canonical))).isEqualTo(canonical);
    }
}
