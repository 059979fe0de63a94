package org.hazardbridge.classification;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the key for secret values comes from.
 *
 * @param secretKey the AES-256 key, base64; from configuration or the environment
 *     ({@code HAZARDBRIDGE_CLASSIFICATION_SECRET_KEY}), never from the repository
 * @param requireConfiguredKey whether a missing key stops start-up (production); otherwise a key is generated
 *     once into {@code keyFile} for the embedded demo
 * @param keyFile where the demo key is kept, beside the embedded database
 */
@ConfigurationProperties("hazardbridge.classification")
public record ClassificationProperties(String secretKey, Boolean requireConfiguredKey, Path keyFile) {

    public ClassificationProperties {
        requireConfiguredKey = requireConfiguredKey != null && requireConfiguredKey;
        keyFile = keyFile == null ? Path.of("data", "secret-field.key") : keyFile;
    }
}
