package org.hazardbridge.audit;

import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.hazardbridge.audit.Verdict.Problem;

/**
 * Checks a trace with nothing but its own content: each entry must follow the one before it (sequence and
 * previous hash), hash to what it claims, and carry a valid Ed25519 signature by its user's key. The server's
 * check and the offline {@code verify-trace} command both run this class, so they give the same verdict.
 *
 * <p>Checks run in order and the first failure decides: a broken link is a reordering when the previous hash it
 * names belongs to another entry of the trace, a missing entry when the entry is otherwise intact, a change
 * otherwise; then the entry's own hash, then its key and signature. A trace cut short at its end is found only
 * against a head held elsewhere, such as the server's. A trace without any entry is intact when its head, if it
 * has one, is at 0: cases reported before traces were kept start theirs with their next operation.
 *
 * <p>By default the signatures are checked against the public keys the trace carries, which proves the entries
 * unchanged since they were signed with those keys, not who holds them: a file re-signed end to end with new keys
 * would pass. Given trusted keys (from a server one trusts), the verifier checks against those alone and ignores
 * the file's own.
 */
public final class TraceVerifier {

    private final TraceDocument trace;
    private final List<TraceDocument.Entry> entries;
    private final Map<String, TraceDocument.PublicKeyInfo> keys = new HashMap<>();
    private final boolean trustedKeys;
    private final Map<String, Ed25519PublicKeyParameters> decoded = new ConcurrentHashMap<>();
    private final Set<String> hashes = new HashSet<>();

    private TraceVerifier(TraceDocument trace, Collection<TraceDocument.PublicKeyInfo> trusted) {
        this.trace = trace;
        this.entries = trace.entries();
        this.trustedKeys = trusted != null;
        (trusted != null ? trusted : trace.keys()).forEach(key -> keys.put(key.keyId(), key));
        entries.forEach(entry -> hashes.add(entry.hash()));
    }

    /** Checks the trace against the public keys it carries. */
    public static Verdict verify(TraceDocument trace) {
        return new TraceVerifier(trace, null).run();
    }

    /** Checks the trace against {@code trusted} keys only; the keys the trace carries are not used. */
    public static Verdict verify(TraceDocument trace, Collection<TraceDocument.PublicKeyInfo> trusted) {
        return new TraceVerifier(trace, List.copyOf(trusted)).run();
    }

    /**
     * Checks the chain in order up to its first broken entry, then the signatures of the entries before it in
     * parallel (they are independent, and the slowest part): the earliest bad signature wins, and a broken entry
     * wins over its own signature, which is the order a single pass would find them in.
     */
    private Verdict run() {
        String previous = EntryHash.GENESIS;
        Verdict broken = null;
        int checked = 0;
        for (; checked < entries.size() && broken == null; checked++) {
            TraceDocument.Entry entry = entries.get(checked);
            broken = checkChain(entry, checked + 1L, previous);
            previous = entry.hash();
        }
        int signed = broken == null ? checked : checked - 1;
        OptionalInt badSignature = IntStream.range(0, signed).parallel()
                .filter(i -> checkSignature(entries.get(i), i + 1L) != null).min();
        if (badSignature.isPresent()) {
            int i = badSignature.getAsInt();
            return checkSignature(entries.get(i), i + 1L);
        }
        return broken != null ? broken : checkHead(previous);
    }

    private Verdict checkChain(TraceDocument.Entry entry, long expected, String previous) {
        boolean intact = Objects.equals(EntryHash.of(trace.caseId(), trace.caseNumber(), entry), entry.hash());
        if (!previous.equals(entry.previousHash())) {
            return brokenLink(entry, expected, intact);
        }
        if (!intact) {
            return bad(expected, Problem.PAYLOAD_CHANGED, "its content no longer gives its hash " + entry.hash());
        }
        if (entry.sequence() != expected) {
            return bad(expected, entry.sequence() > expected ? Problem.ENTRY_MISSING : Problem.ENTRIES_REORDERED,
                    "expected sequence " + expected + ", found " + entry.sequence());
        }
        return null;
    }

    private Verdict brokenLink(TraceDocument.Entry entry, long expected, boolean intact) {
        if (hashes.contains(entry.previousHash()) || (expected > 1 && EntryHash.GENESIS.equals(entry.previousHash()))) {
            return bad(expected, Problem.ENTRIES_REORDERED, "entry " + entry.sequence()
                    + " stands where entry " + expected + " belongs: it follows another entry of the trace");
        }
        if (intact || entry.sequence() > expected) {
            return bad(expected, Problem.ENTRY_MISSING, "entry " + entry.sequence()
                    + " follows an entry that is not in the trace");
        }
        return bad(expected, Problem.PAYLOAD_CHANGED, "its previous hash and its content were changed");
    }

    private Verdict checkSignature(TraceDocument.Entry entry, long sequence) {
        TraceDocument.PublicKeyInfo key = keys.get(entry.keyId());
        if (key == null) {
            return bad(sequence, Problem.UNKNOWN_KEY, "no " + (trustedKeys ? "trusted " : "") + "public key "
                    + entry.keyId() + " for user " + entry.user());
        }
        if (!Objects.equals(key.userId(), entry.user())) {
            return bad(sequence, Problem.SIGNATURE_INVALID, "signed with the key of " + key.userId()
                    + ", not of " + entry.user());
        }
        try {
            if (Ed25519.verify(publicKey(key), HexFormat.of().parseHex(entry.hash()),
                    Base64.getDecoder().decode(entry.signature()))) {
                return null;
            }
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            return bad(sequence, Problem.SIGNATURE_INVALID, "the signature cannot be checked: " + e.getMessage());
        }
        return bad(sequence, Problem.SIGNATURE_INVALID, "the signature does not match the "
                + (trustedKeys ? "trusted " : "") + "key of " + entry.user());
    }

    private Ed25519PublicKeyParameters publicKey(TraceDocument.PublicKeyInfo key) throws GeneralSecurityException {
        Ed25519PublicKeyParameters known = decoded.get(key.keyId());
        if (known == null) {
            known = Ed25519.publicKey(Base64.getDecoder().decode(key.publicKey()));
            decoded.putIfAbsent(key.keyId(), known);
        }
        return known;
    }

    private Verdict checkHead(String lastHash) {
        TraceDocument.Head head = trace.head();
        long count = entries.size();
        if (head == null || (head.sequence() == count && head.hash().equals(lastHash))) {
            return Verdict.valid(trace.caseNumber(), count);
        }
        if (head.sequence() > count) {
            return bad(count + 1, Problem.ENTRY_MISSING, "the head is at entry " + head.sequence()
                    + " but the trace ends at entry " + count);
        }
        return bad(Math.min(head.sequence() + 1, count), Problem.PAYLOAD_CHANGED, "the trace does not end at the head "
                + head.sequence() + " " + head.hash());
    }

    private Verdict bad(long sequence, Problem problem, String detail) {
        return Verdict.invalid(trace.caseNumber(), entries.size(), sequence, problem, detail);
    }
}
