package org.hazardbridge.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds signed traces in memory, the way the server does, for tests of the verifier. */
class SignedTraces {

    static final String CASE_ID = "6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b";
    static final String CASE_NUMBER = "YH-320509-20261203-0001";

    private final Map<String, KeyPair> pairs = new LinkedHashMap<>();
    private final List<TraceDocument.Entry> entries = new ArrayList<>();

    SignedTraces append(String user, String action, String payloadJson) {
        String previous = entries.isEmpty() ? EntryHash.GENESIS : entries.get(entries.size() - 1).hash();
        TraceDocument.Entry unsigned = new TraceDocument.Entry(entries.size() + 1L,
                EntryHash.time(Instant.parse("2026-12-03T08:00:00Z").plusMillis(entries.size())), user, "320509",
                action, CanonicalJson.read(payloadJson), previous, null, null, null);
        String hash = EntryHash.of(CASE_ID, CASE_NUMBER, unsigned);
        entries.add(new TraceDocument.Entry(unsigned.sequence(), unsigned.time(), user, unsigned.region(), action,
                unsigned.payload(), previous, hash, keyId(user), sign(user, hash)));
        return this;
    }

    TraceDocument document() {
        return document(entries);
    }

    TraceDocument document(List<TraceDocument.Entry> chosen) {
        TraceDocument.Entry last = entries.get(entries.size() - 1);
        List<TraceDocument.PublicKeyInfo> keys = pairs.entrySet().stream()
                .map(pair -> new TraceDocument.PublicKeyInfo(pair.getKey(), keyId(pair.getKey()), "Ed25519", "X.509",
                        Base64.getEncoder().encodeToString(pair.getValue().getPublic().getEncoded()), null))
                .toList();
        return new TraceDocument(TraceDocument.FORMAT, CASE_NUMBER, CASE_ID,
                new TraceDocument.Head(last.sequence(), last.hash()), chosen, keys);
    }

    List<TraceDocument.Entry> entries() {
        return new ArrayList<>(entries);
    }

    String sign(String user, String hash) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(pair(user).getPrivate());
            ed25519.update(HexFormat.of().parseHex(hash));
            return Base64.getEncoder().encodeToString(ed25519.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String keyId(String user) {
        pair(user);
        return "key-" + user;
    }

    static TraceDocument.Entry withPayload(TraceDocument.Entry entry, JsonNode payload) {
        return new TraceDocument.Entry(entry.sequence(), entry.time(), entry.user(), entry.region(), entry.action(),
                payload, entry.previousHash(), entry.hash(), entry.keyId(), entry.signature());
    }

    static TraceDocument.Entry withSignature(TraceDocument.Entry entry, String keyId, String signature) {
        return new TraceDocument.Entry(entry.sequence(), entry.time(), entry.user(), entry.region(), entry.action(),
                entry.payload(), entry.previousHash(), entry.hash(), keyId, signature);
    }

    private KeyPair pair(String user) {
        return pairs.computeIfAbsent(user, u -> {
            try {
                return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
