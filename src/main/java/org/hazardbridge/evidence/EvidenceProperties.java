package org.hazardbridge.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of evidence uploads.
 *
 * @param maxSize the largest file accepted; keep {@code spring.servlet.multipart.max-file-size} at least as large
 */
@ConfigurationProperties("hazardbridge.evidence")
public record EvidenceProperties(DataSize maxSize) {

    public EvidenceProperties {
        maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
    }
}
