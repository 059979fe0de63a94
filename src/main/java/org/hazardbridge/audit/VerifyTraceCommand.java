package org.hazardbridge.audit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The offline verifier: {@code java -jar hazardbridge.jar verify-trace <file.json> [--trusted-keys <keys.json>]},
 * or this class's {@code main} with the same arguments (on a class path with Jackson and Bouncy Castle). The file
 * is what {@code GET /api/hazards/{caseNumber}/trace} answers. It needs neither the server nor the database, prints
 * the verdict as one line for a person, a line on the keys it trusted, and last the JSON the server's
 * {@code /trace/verify} answers; it exits with 0 only when the trace is intact (1 when it is not, 2 when a file
 * cannot be read).
 *
 * <p>Without {@code --trusted-keys} the signatures are checked against the keys the file carries, which a file
 * re-signed end to end with new keys would pass. With it, against the keys of {@code keys.json} alone: what
 * {@code GET /api/keys/{userId}} answers, a JSON array of such answers, or a trace exported from a server one
 * trusts (its {@code keys}).
 */
public final class VerifyTraceCommand {

    public static final String NAME = "verify-trace";

    public static final int VALID = 0;
    public static final int INVALID = 1;
    public static final int UNREADABLE = 2;

    static final String TRUSTED_KEYS = "--trusted-keys";

    private static final ObjectMapper MAPPER = CanonicalJson.mapper().copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private VerifyTraceCommand() {
    }

    /** Whether the command line asks for this command rather than for the application. */
    public static boolean isRequested(String[] args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    public static void main(String[] args) {
        // The verdict is this command's output, not a log line.
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; {@code args} may start with {@value #NAME}. Returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        int first = isRequested(args) ? 1 : 0;
        boolean withKeys = args.length == first + 3 && TRUSTED_KEYS.equals(args[first + 1]);
        if (args.length != first + 1 && !withKeys) {
            err.println("usage: java -jar hazardbridge.jar " + NAME + " <trace.json> [" + TRUSTED_KEYS
                    + " <keys.json>]");
            return UNREADABLE;
        }
        TraceDocument trace;
        List<TraceDocument.PublicKeyInfo> trusted = null;
        try {
            trace = read(Path.of(args[first]));
        } catch (IOException | RuntimeException e) {
            err.println("cannot read trace " + args[first] + ": " + e.getMessage());
            return UNREADABLE;
        }
        if (withKeys) {
            try {
                trusted = readKeys(Path.of(args[first + 2]));
            } catch (IOException | RuntimeException e) {
                err.println("cannot read trusted keys " + args[first + 2] + ": " + e.getMessage());
                return UNREADABLE;
            }
        }
        Verdict verdict = trusted == null ? TraceVerifier.verify(trace) : TraceVerifier.verify(trace, trusted);
        out.println(verdict.summary());
        out.println(trusted == null
                ? "keys: the " + trace.keys().size() + " the file carries (a file re-signed with new keys would pass;"
                        + " check against a trusted server's with " + TRUSTED_KEYS + ")"
                : "keys: the " + trusted.size() + " trusted ones of " + args[first + 2] + " only");
        out.println(json(verdict));
        return verdict.valid() ? VALID : INVALID;
    }

    /**
     * Public keys one trusts: one key as {@code /api/keys/{userId}} answers it, an array of them, or a trace's.
     * Each must be an Ed25519 key that decodes, and a key id may stand for one key only: a file that gives one id
     * two keys is refused, since either could be the forger's.
     */
    static List<TraceDocument.PublicKeyInfo> readKeys(Path file) throws IOException {
        JsonNode tree = MAPPER.readTree(Files.readAllBytes(file));
        JsonNode list = tree.isArray() ? tree
                : tree.isObject() && tree.has("keys") ? tree.get("keys") : MAPPER.createArrayNode().add(tree);
        if (!list.isArray()) {
            throw new IllegalArgumentException("keys must be a JSON array of keys");
        }
        Map<String, TraceDocument.PublicKeyInfo> keys = new LinkedHashMap<>();
        for (JsonNode node : list) {
            TraceDocument.PublicKeyInfo key = MAPPER.treeToValue(node, TraceDocument.PublicKeyInfo.class);
            if (key == null || key.userId() == null || key.keyId() == null || key.publicKey() == null) {
                throw new IllegalArgumentException("a key needs userId, keyId and publicKey, as GET /api/keys/{userId}"
                        + " answers: " + node);
            }
            if (key.algorithm() != null && !"Ed25519".equals(key.algorithm())) {
                throw new IllegalArgumentException("key " + key.keyId() + " is " + key.algorithm() + ", not Ed25519");
            }
            try {
                Ed25519.publicKey(Base64.getDecoder().decode(key.publicKey()));
            } catch (GeneralSecurityException | RuntimeException e) {
                throw new IllegalArgumentException("key " + key.keyId() + " is not an Ed25519 public key: "
                        + e.getMessage(), e);
            }
            TraceDocument.PublicKeyInfo other = keys.putIfAbsent(key.keyId(), key);
            if (other != null && (!other.publicKey().equals(key.publicKey()) || !other.userId().equals(key.userId()))) {
                throw new IllegalArgumentException("key id " + key.keyId() + " stands for two different keys");
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no key in the file");
        }
        return List.copyOf(keys.values());
    }

    static TraceDocument read(Path file) throws IOException {
        TraceDocument trace = MAPPER.readValue(Files.readAllBytes(file), TraceDocument.class);
        if (!TraceDocument.FORMAT.equals(trace.format()) || trace.caseNumber() == null || trace.caseId() == null) {
            throw new IllegalArgumentException("not a trace in format " + TraceDocument.FORMAT
                    + " (GET /api/hazards/{caseNumber}/trace)");
        }
        return trace;
    }

    private static String json(Verdict verdict) {
        try {
            return MAPPER.writeValueAsString(verdict);
        } catch (IOException e) {
            throw new IllegalStateException("a verdict cannot be written as JSON", e);
        }
    }
}
