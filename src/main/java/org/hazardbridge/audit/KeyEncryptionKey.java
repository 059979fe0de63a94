package org.hazardbridge.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The AES-256 key that seals users' private signing keys at rest (AES-GCM, a fresh 96-bit nonce per seal, the
 * owner's user id as associated data, so a sealed key moved to another user's row does not open).
 *
 * <p>Where it comes from: {@code hazardbridge.trace.key-encryption-key}. Without it, the profile {@code postgres}
 * or {@code hazardbridge.trace.require-configured-key=true} stops start-up. Otherwise (the embedded demo) a key is
 * generated once into a file beside the H2 database and read from there on later starts, or, for an in-memory
 * database, kept in memory only; both log a WARN. Several nodes must share one configured key.
 */
@Component
class KeyEncryptionKey {

    static final String PROPERTY = "hazardbridge.trace.key-encryption-key";
    static final String MISSING = "The trace's key-encryption key is not configured. Set " + PROPERTY
            + " (environment HAZARDBRIDGE_TRACE_KEY_ENCRYPTION_KEY) to 32 random bytes in base64, for example the"
            + " output of 'openssl rand -base64 32'. It is required with the postgres profile and with"
            + " hazardbridge.trace.require-configured-key=true.";

    private static final Logger log = LoggerFactory.getLogger(KeyEncryptionKey.class);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String id;

    @Autowired
    KeyEncryptionKey(TraceProperties properties, Environment environment) {
        this(resolve(properties, properties.requireConfiguredKey()
                || environment.acceptsProfiles(Profiles.of("postgres")),
                environment.getProperty("spring.datasource.url", "")));
    }

    KeyEncryptionKey(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
        this.id = HexFormat.of().formatHex(EntryHash.sha256(key)).substring(0, 16);
    }

    /** A short fingerprint of the key, kept with each sealed key so that a wrong key is named as such. */
    String id() {
        return id;
    }

    byte[] seal(byte[] plain, String owner) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, owner, plain);
        byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
        System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
        return out;
    }

    byte[] open(byte[] sealed, String owner) {
        return cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(sealed, NONCE_BYTES), owner,
                Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length));
    }

    private byte[] cipher(int mode, byte[] nonce, String owner, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the private signing key of " + owner + " cannot be "
                    + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened") + " with key-encryption key " + id, e);
        }
    }

    static byte[] resolve(TraceProperties properties, boolean required, String datasourceUrl) {
        String configured = properties.keyEncryptionKey();
        if (configured != null && !configured.isBlank()) {
            return decode(configured.strip());
        }
        if (required) {
            throw new IllegalStateException(MISSING);
        }
        if (datasourceUrl.startsWith("jdbc:h2:mem:")) {
            log.warn("No {} configured: using a key kept in memory for this in-memory database. Production must"
                    + " configure one.", PROPERTY);
            return random();
        }
        Path file = properties.keyFile() != null ? properties.keyFile() : besideDatabase(datasourceUrl);
        log.warn("No {} configured: using the key in {} (generated on first start). Production must configure one.",
                PROPERTY, file);
        return readOrCreate(file);
    }

    private static byte[] decode(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PROPERTY + " is not base64: " + e.getMessage());
        }
        if (key.length != 32) {
            throw new IllegalStateException(PROPERTY + " must be 32 bytes in base64, it has " + key.length);
        }
        return key;
    }

    /** The folder of an H2 file database ({@code jdbc:h2:file:./data/hazardbridge} gives {@code ./data}). */
    static Path besideDatabase(String datasourceUrl) {
        String prefix = datasourceUrl.startsWith("jdbc:h2:file:") ? "jdbc:h2:file:" : null;
        if (prefix == null) {
            return Path.of("data", "trace-kek.key");
        }
        String location = datasourceUrl.substring(prefix.length()).split(";", 2)[0];
        Path parent = Path.of(location).toAbsolutePath().normalize().getParent();
        return parent.resolve("trace-kek.key");
    }

    private static byte[] readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new IllegalStateException("the trace key-encryption key file " + file + " cannot be used: "
                    + e.getMessage(), e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException createdByAnotherStart) {
            return;
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(random()) + "\n", StandardCharsets.US_ASCII,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static byte[] random() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }
}
