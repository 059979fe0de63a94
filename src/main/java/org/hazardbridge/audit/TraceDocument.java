package org.hazardbridge.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A case's trace as {@code GET /api/hazards/{caseNumber}/trace} answers it and as it is exported: the entries in
 * order, the head (the last sequence number and hash the server holds) and the public keys that checked them.
 * {@link TraceVerifier} needs nothing else.
 *
 * @param format {@value #FORMAT}
 * @param head the server's head of the chain; null in a file that does not carry it
 */
public record TraceDocument(String format, String caseNumber, String caseId, Head head, List<Entry> entries,
        List<PublicKeyInfo> keys) {

    public static final String FORMAT = "hazardbridge-trace/1";

    public TraceDocument {
        entries = entries == null ? List.of() : List.copyOf(entries);
        keys = keys == null ? List.of() : List.copyOf(keys);
    }

    /** The last sequence number and hash of a chain. */
    public record Head(long sequence, String hash) {
    }

    /**
     * One entry. {@code hash} is the SHA-256 of the canonical JSON of every field but {@code hash}, {@code keyId}
     * and {@code signature}, together with the document's {@code caseId} and {@code caseNumber} (see
     * {@link EntryHash}); {@code signature} is the user's Ed25519 signature over the 32 bytes of that hash.
     *
     * @param time UTC with milliseconds, {@code 2026-12-03T08:15:30.123Z}
     * @param region the user's region: an adcode, the supervising body, or {@code system}
     * @param payload canonical JSON; hidden values appear only as commitments
     */
    public record Entry(long sequence, String time, String user, String region, String action, JsonNode payload,
            String previousHash, String hash, String keyId, String signature) {
    }

    /** A user's public key: X.509 SubjectPublicKeyInfo, base64. */
    public record PublicKeyInfo(String userId, String keyId, String algorithm, String format, String publicKey,
            String createdAt) {
    }
}
