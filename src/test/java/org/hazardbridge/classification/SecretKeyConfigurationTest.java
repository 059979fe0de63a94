package org.hazardbridge.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretKeyConfigurationTest {

    @TempDir
    Path dir;

    @Test
    void stopsStartUpInProductionWithoutAConfiguredKey() {
        ClassificationProperties production = new ClassificationProperties(null, true, dir.resolve("k"));

        assertThatIllegalStateException().isThrownBy(() -> SecretKeyConfiguration.key(production))
                .withMessageContaining("hazardbridge.classification.secret-key")
                .withMessageContaining("HAZARDBRIDGE_CLASSIFICATION_SECRET_KEY");
    }

    @Test
    void refusesAKeyOfTheWrongSize() {
        ClassificationProperties shortKey = new ClassificationProperties("c2hvcnQ=", true, dir.resolve("k"));

        assertThatIllegalStateException().isThrownBy(() -> SecretKeyConfiguration.key(shortKey))
                .withMessageContaining("256-bit");
    }

    @Test
    void generatesOneDemoKeyAndKeepsUsingIt() {
        ClassificationProperties demo = new ClassificationProperties(null, false, dir.resolve("demo.key"));

        byte[] first = SecretKeyConfiguration.key(demo).getEncoded();

        assertThat(SecretKeyConfiguration.key(demo).getEncoded()).isEqualTo(first).hasSize(32);
    }

    @Test
    void encryptsSoThatTheStoredBytesHideTheValueAndDecryptsThem() {
        SecretCipher cipher = new SecretCipher(SecretKeyConfiguration.key(
                new ClassificationProperties(null, false, dir.resolve("demo.key"))));

        byte[] sealed = cipher.encrypt("金泽水厂取水口");

        assertThat(new String(sealed, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("金泽");
        assertThat(cipher.decrypt(sealed)).isEqualTo("金泽水厂取水口");
        assertThat(cipher.encrypt("金泽水厂取水口")).isNotEqualTo(sealed);
    }
}
