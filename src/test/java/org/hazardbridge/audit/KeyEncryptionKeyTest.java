package org.hazardbridge.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** Where the key that seals private keys comes from, and that a sealed key opens only for its owner. */
class KeyEncryptionKeyTest {

    @TempDir
    Path data;

    @Test
    void stopsStartUpWithoutAConfiguredKeyWhenRequired() {
        TraceProperties required = new TraceProperties(null, true, null, List.of());

        assertThatThrownBy(() -> new KeyEncryptionKey(required, new MockEnvironment()))
                .hasMessageContaining(KeyEncryptionKey.PROPERTY).hasMessageContaining("openssl rand -base64 32");
    }

    @Test
    void stopsStartUpWithoutAConfiguredKeyOnPostgres() {
        MockEnvironment postgres = new MockEnvironment();
        postgres.setActiveProfiles("postgres");
        postgres.setProperty("spring.datasource.url", "jdbc:postgresql://localhost/hazardbridge");

        assertThatThrownBy(() -> new KeyEncryptionKey(new TraceProperties(null, null, null, null), postgres))
                .hasMessage(KeyEncryptionKey.MISSING);
    }

    @Test
    void generatesTheDemoKeyOnceBesideTheDatabaseFile() throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("hazardbridge") + ";DB_CLOSE_ON_EXIT=FALSE";
        TraceProperties unconfigured = new TraceProperties(null, false, null, List.of());

        byte[] first = KeyEncryptionKey.resolve(unconfigured, false, url);
        byte[] again = KeyEncryptionKey.resolve(unconfigured, false, url);

        Path file = data.resolve("trace-kek.key");
        assertThat(file).exists();
        assertThat(Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip()))
                .isEqualTo(first);
        assertThat(again).isEqualTo(first).hasSize(32);
    }

    @Test
    void usesTheConfiguredKeyAndRefusesOneOfTheWrongLength() {
        String configured = Base64.getEncoder().encodeToString(new byte[32]);

        assertThat(KeyEncryptionKey.resolve(new TraceProperties(configured, true, null, null), true, ""))
                .isEqualTo(new byte[32]);
        assertThatThrownBy(() -> KeyEncryptionKey.resolve(new TraceProperties("c2hvcnQ=", true, null, null), true, ""))
                .hasMessageContaining("32 bytes");
    }

    @Test
    void opensASealedKeyOnlyForItsOwner() {
        KeyEncryptionKey kek = new KeyEncryptionKey(new byte[32]);
        byte[] sealed = kek.seal("私钥".getBytes(StandardCharsets.UTF_8), "officer320509");

        assertThat(new String(kek.open(sealed, "officer320509"), StandardCharsets.UTF_8)).isEqualTo("私钥");
        assertThatThrownBy(() -> kek.open(sealed, "officer330421")).hasMessageContaining("officer330421");
    }
}
