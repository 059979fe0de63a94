package org.hazardbridge.expert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExpertDrawTest {

    private static final List<ExpertProfile> CANDIDATES = List.of(
            expert("expert03"), expert("expert01"), expert("expert05"), expert("expert02"), expert("expert04"));

    @Test
    void replaysTheSameOrderForTheSameCase() {
        assertThat(ExpertDraw.order("YH-320509-20261203-0001", CANDIDATES))
                .isEqualTo(ExpertDraw.order("YH-320509-20261203-0001", reversed()));
    }

    @Test
    void drawsADifferentOrderForAnotherCase() {
        assertThat(ExpertDraw.order("YH-320509-20261203-0001", CANDIDATES))
                .isNotEqualTo(ExpertDraw.order("YH-320509-20261203-0002", CANDIDATES))
                .containsExactlyInAnyOrder("expert01", "expert02", "expert03", "expert04", "expert05");
    }

    @Test
    void seedsFromTheCaseNumbersSha256() {
        assertThat(ExpertDraw.seed("YH-320509-20261203-0001")).isEqualTo(ExpertDraw.seed("YH-320509-20261203-0001"))
                .isNotEqualTo(ExpertDraw.seed("YH-320509-20261203-0002"));
    }

    private static List<ExpertProfile> reversed() {
        List<ExpertProfile> reversed = new java.util.ArrayList<>(CANDIDATES);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    private static ExpertProfile expert(String id) {
        return new ExpertProfile(id, id, List.of("WATER_POLLUTION"), null, true);
    }
}
