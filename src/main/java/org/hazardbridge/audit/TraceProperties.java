package org.hazardbridge.audit;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the trace.
 *
 * @param keyEncryptionKey the AES-256 key, base64, that seals users' private signing keys at rest; from
 *         configuration or the environment ({@code HAZARDBRIDGE_TRACE_KEY_ENCRYPTION_KEY}), never from the repository
 * @param requireConfiguredKey refuse to start without {@code keyEncryptionKey}; always so with profile
 *         {@code postgres}
 * @param keyFile where the embedded demo keeps the key it generates when none is configured; by default beside the
 *         H2 database file
 * @param committedFields payload fields, besides the engine's hidden variables, that enter the trace only as a
 *         commitment
 */
@ConfigurationProperties("hazardbridge.trace")
public record TraceProperties(String keyEncryptionKey, Boolean requireConfiguredKey, Path keyFile,
        List<String> committedFields) {

    public TraceProperties {
        requireConfiguredKey = requireConfiguredKey != null && requireConfiguredKey;
        committedFields = committedFields == null ? List.of() : List.copyOf(committedFields);
    }
}
