package org.hazardbridge.classification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the cipher for secret values, refusing to start in production without a configured key. */
@Configuration
class SecretKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecretKeyConfiguration.class);

    @Bean
    SecretCipher secretCipher(ClassificationProperties properties) {
        return new SecretCipher(key(properties));
    }

    static SecretKey key(ClassificationProperties properties) {
        if (properties.secretKey() != null && !properties.secretKey().isBlank()) {
            return decode(properties.secretKey().strip(), "hazardbridge.classification.secret-key");
        }
        if (properties.requireConfiguredKey()) {
            throw new IllegalStateException("No key for secret case data: set hazardbridge.classification.secret-key "
                    + "(environment HAZARDBRIDGE_CLASSIFICATION_SECRET_KEY) to a base64 AES-256 key, for example "
                    + "the output of: openssl rand -base64 32");
        }
        return demoKey(properties);
    }

    private static SecretKey demoKey(ClassificationProperties properties) {
        try {
            if (!Files.exists(properties.keyFile())) {
                Files.createDirectories(properties.keyFile().toAbsolutePath().getParent());
                KeyGenerator generator = KeyGenerator.getInstance("AES");
                generator.init(256);
                Files.writeString(properties.keyFile(),
                        Base64.getEncoder().encodeToString(generator.generateKey().getEncoded()));
                ownerOnly(properties.keyFile());
            }
            log.warn("Secret case data is encrypted with the demo key in {}; production must configure "
                    + "hazardbridge.classification.secret-key", properties.keyFile());
            return decode(Files.readString(properties.keyFile()).strip(), properties.keyFile().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("demo key " + properties.keyFile() + " cannot be read or written", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no AES", e);
        }
    }

    private static void ownerOnly(java.nio.file.Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static SecretKey decode(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(source + " must be a 256-bit key (32 bytes), was " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
