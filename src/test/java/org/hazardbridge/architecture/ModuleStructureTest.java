package org.hazardbridge.architecture;

import org.hazardbridge.HazardBridgeApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The feature packages depend on each other only through their public types and without cycles. */
class ModuleStructureTest {

    @Test
    void featuresRespectTheirBoundaries() {
        ApplicationModules.of(HazardBridgeApplication.class).verify();
    }
}
