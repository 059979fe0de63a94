package org.hazardbridge.common;

import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Stops a production start-up that lacks a key before Flyway touches the database, naming every missing key at
 * once: Spring Boot hands the migration to this strategy, which checks the keys first. A key is required as its
 * feature requires it: the secret-data key by {@code hazardbridge.classification.require-configured-key} (which
 * profile {@code postgres} sets), the trace's key by {@code hazardbridge.trace.require-configured-key} or the
 * profile itself. The features check each key's form themselves when they read it.
 */
@Component
class RequiredKeys implements FlywayMigrationStrategy {

    /** A key: its property, its environment variable, the setting that requires it, and whether the profile does. */
    record Key(String property, String variable, String requiredBy, boolean requiredInProduction, String what) {
    }

    static final List<Key> KEYS = List.of(
            new Key("hazardbridge.classification.secret-key", "HAZARDBRIDGE_CLASSIFICATION_SECRET_KEY",
                    "hazardbridge.classification.require-configured-key", false, "the key for secret case data"),
            new Key("hazardbridge.trace.key-encryption-key", "HAZARDBRIDGE_TRACE_KEY_ENCRYPTION_KEY",
                    "hazardbridge.trace.require-configured-key", true, "the trace's key-encryption key"));

    private final Environment environment;

    RequiredKeys(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void migrate(Flyway flyway) {
        List<String> missing = missing(environment);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Not starting: " + String.join("; ", missing) + ". Each is 32 random"
                    + " bytes in base64, for example the output of 'openssl rand -base64 32'; every node of one"
                    + " database needs the same ones.");
        }
        flyway.migrate();
    }

    static List<String> missing(Environment environment) {
        boolean production = environment.acceptsProfiles(Profiles.of("postgres"));
        List<String> missing = new ArrayList<>();
        for (Key key : KEYS) {
            boolean required = production && key.requiredInProduction()
                    || environment.getProperty(key.requiredBy(), Boolean.class, false);
            String value = environment.getProperty(key.property());
            if (required && (value == null || value.isBlank())) {
                missing.add(key.what() + " is not configured (set " + key.property() + ", environment "
                        + key.variable() + "; required by " + (production && key.requiredInProduction()
                                ? "profile postgres" : key.requiredBy()) + ")");
            }
        }
        return missing;
    }
}
