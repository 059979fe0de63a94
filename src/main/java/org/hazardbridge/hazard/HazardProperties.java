package org.hazardbridge.hazard;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of case handling.
 *
 * @param caseNumberZone the time zone whose calendar day goes into a case number
 * @param processKey the key of the process every case runs
 */
@ConfigurationProperties("hazardbridge.cases")
public record HazardProperties(ZoneId caseNumberZone, String processKey) {

    public HazardProperties {
        caseNumberZone = caseNumberZone == null ? ZoneId.of("Asia/Shanghai") : caseNumberZone;
        processKey = processKey == null ? "hazard-case" : processKey;
    }
}
