package org.hazardbridge.audit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * How an entry's hash is made. The hashed text is the canonical JSON of the object with the members
 * {@code action, caseId, caseNumber, payload, previousHash, region, sequence, time, user}; the hash is its SHA-256,
 * in lower-case hex. The first entry's {@code previousHash} is {@link #GENESIS}.
 */
public final class EntryHash {

    /** The previous hash of a case's first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private EntryHash() {
    }

    public static String of(String caseId, String caseNumber, TraceDocument.Entry entry) {
        return sha256Hex(hashedText(caseId, caseNumber, entry));
    }

    /** The exact text that is hashed. */
    public static String hashedText(String caseId, String caseNumber, TraceDocument.Entry entry) {
        ObjectNode hashed = JsonNodeFactory.instance.objectNode();
        hashed.put("action", entry.action());
        hashed.put("caseId", caseId);
        hashed.put("caseNumber", caseNumber);
        hashed.set("payload", entry.payload() == null ? NullNode.instance : entry.payload());
        hashed.put("previousHash", entry.previousHash());
        hashed.put("region", entry.region());
        hashed.put("sequence", entry.sequence());
        hashed.put("time", entry.time());
        hashed.put("user", entry.user());
        return CanonicalJson.write(hashed);
    }

    /** An instant as entries write it: UTC, milliseconds. */
    public static String time(Instant instant) {
        return TIME.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no SHA-256", e);
        }
    }
}
