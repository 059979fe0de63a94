import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazardbridge.audit.CanonicalJson;
import org.hazardbridge.audit.EntryHash;
import org.hazardbridge.audit.TraceDocument;
import org.hazardbridge.audit.TraceVerifier;
import org.hazardbridge.audit.Verdict;

/**
 * Measures how long the offline verifier takes for a trace of 10,000 entries (issue 5): the entries are signed by
 * twelve users with payloads the size of a completed task's, written in the export format, then read back and
 * verified, as {@code verify-trace} does, several times after a warm-up. Run with {@code scripts/bench-trace}.
 */
public class TraceVerificationBenchmark {

    private static final String CASE_ID = "6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b";
    private static final String CASE_NUMBER = "YH-320509-20261203-0001";
    private static final int WARM_UP = 3;
    private static final int ROUNDS = 10;

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        ObjectMapper json = CanonicalJson.mapper();
        Path file = Files.createTempFile("trace-bench", ".json");
        Files.write(file, json.writeValueAsBytes(trace(size)));
        long fileSize = Files.size(file);

        long[] whole = new long[ROUNDS];
        long[] verifyOnly = new long[ROUNDS];
        for (int round = -WARM_UP; round < ROUNDS; round++) {
            long start = System.nanoTime();
            TraceDocument read = json.readValue(Files.readAllBytes(file), TraceDocument.class);
            long parsed = System.nanoTime();
            Verdict verdict = TraceVerifier.verify(read);
            long end = System.nanoTime();
            if (!verdict.valid() || verdict.entries() != size) {
                throw new IllegalStateException("benchmark trace does not verify: " + verdict.summary());
            }
            if (round >= 0) {
                whole[round] = end - start;
                verifyOnly[round] = end - parsed;
            }
        }
        Files.delete(file);

        System.out.printf("entries: %d, file: %.1f MB%n", size, fileSize / 1e6);
        report("read file + verify", whole, size);
        report("verify only (hashes, links, Ed25519)", verifyOnly, size);
        System.out.printf("machine: %d cores, %s %s, JVM options %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    private static void report(String what, long[] nanos, int size) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2] / 1e6;
        System.out.printf("%s: median %.0f ms (min %.0f, max %.0f) over %d rounds, %.1f µs per entry%n", what,
                median, sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length, median * 1000 / size);
    }

    private static TraceDocument trace(int size) throws Exception {
        Map<String, KeyPair> users = new LinkedHashMap<>();
        for (String region : List.of("320509", "330421", "310118", "310117", "320506", "330411")) {
            users.put("officer" + region, KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
            users.put("manager" + region, KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        }
        List<String> names = new ArrayList<>(users.keySet());
        List<TraceDocument.Entry> entries = new ArrayList<>();
        String previous = EntryHash.GENESIS;
        Instant start = Instant.parse("2026-12-03T08:00:00Z");
        for (int i = 0; i < size; i++) {
            String user = names.get(i % names.size());
            TraceDocument.Entry unsigned = new TraceDocument.Entry(i + 1L, EntryHash.time(start.plusMillis(i * 37L)),
                    user, user.replaceAll("\\D", ""), "TASK_COMPLETED", payload(i, user), previous, null, null, null);
            String hash = EntryHash.of(CASE_ID, CASE_NUMBER, unsigned);
            entries.add(new TraceDocument.Entry(unsigned.sequence(), unsigned.time(), user, unsigned.region(),
                    unsigned.action(), unsigned.payload(), previous, hash, "key-" + user, sign(users.get(user), hash)));
            previous = hash;
        }
        List<TraceDocument.PublicKeyInfo> keys = users.entrySet().stream()
                .map(e -> new TraceDocument.PublicKeyInfo(e.getKey(), "key-" + e.getKey(), "Ed25519", "X.509",
                        Base64.getEncoder().encodeToString(e.getValue().getPublic().getEncoded()), null))
                .toList();
        return new TraceDocument(TraceDocument.FORMAT, CASE_NUMBER, CASE_ID,
                new TraceDocument.Head(size, previous), entries, keys);
    }

    private static JsonNode payload(int i, String user) {
        return CanonicalJson.read("{\"taskId\":\"5db2913c-ef03-11f1-a190-" + String.format("%012d", i) + "\","
                + "\"taskKey\":\"dispose-hazard\",\"name\":\"处置隐患\",\"process\":\"hazard-case\","
                + "\"forRegion\":\"" + user.replaceAll("\\D", "") + "\",\"assignee\":\"" + user + "\",\"owner\":null,"
                + "\"values\":{\"disposalReport\":\"已截断排污口，岸线已清理，下游加密监测氨氮 " + (i % 97) / 10.0 + " mg/L\"}}");
    }

    private static String sign(KeyPair pair, String hash) throws Exception {
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initSign(pair.getPrivate());
        ed25519.update(HexFormat.of().parseHex(hash));
        return Base64.getEncoder().encodeToString(ed25519.sign());
    }
}
