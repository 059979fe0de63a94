package org.hazardbridge.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class RequiredKeysTest {

    @Test
    void productionWithoutKeysNamesBothAtOnce() {
        // As application-postgres.yaml sets it.
        MockEnvironment environment = new MockEnvironment()
                .withProperty("hazardbridge.classification.require-configured-key", "true");
        environment.setActiveProfiles("postgres");

        assertThat(RequiredKeys.missing(environment)).hasSize(2)
                .anySatisfy(problem -> assertThat(problem).contains("HAZARDBRIDGE_CLASSIFICATION_SECRET_KEY"))
                .anySatisfy(problem -> assertThat(problem).contains("HAZARDBRIDGE_TRACE_KEY_ENCRYPTION_KEY"));
    }

    @Test
    void theProfileAloneRequiresOnlyTheTracesKeyAsTheFeaturesDo() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("hazardbridge.classification.require-configured-key", "false");
        environment.setActiveProfiles("postgres");

        assertThat(RequiredKeys.missing(environment)).singleElement().asString()
                .contains("hazardbridge.trace.key-encryption-key").contains("required by profile postgres");
    }

    @Test
    void aBlankKeyIsMissingAndAGivenOneIsNot() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("hazardbridge.classification.secret-key", "c2VjcmV0")
                .withProperty("hazardbridge.trace.key-encryption-key", "  ");
        environment.setActiveProfiles("postgres");

        assertThat(RequiredKeys.missing(environment)).singleElement().asString()
                .contains("hazardbridge.trace.key-encryption-key");
    }

    @Test
    void eachSettingRequiresItsOwnKeyOutsideProduction() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("hazardbridge.classification.require-configured-key", "true");

        assertThat(RequiredKeys.missing(environment)).singleElement().asString()
                .contains("hazardbridge.classification.secret-key")
                .contains("required by hazardbridge.classification.require-configured-key");
    }

    @Test
    void theEmbeddedDemoNeedsNoKey() {
        assertThat(RequiredKeys.missing(new MockEnvironment())).isEmpty();
    }
}
