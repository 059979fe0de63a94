package org.hazardbridge.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline command's exit codes: 0 only for an intact trace, 1 for a tampered one, 2 for a file it cannot use. */
class VerifyTraceCommandTest {

    @TempDir
    Path files;

    @Test
    void exitsWithZeroOnlyForAnIntactTrace() throws Exception {
        SignedTraces trace = new SignedTraces().append("officer320509", "CASE_REPORTED", "{\"title\":\"太浦河\"}")
                .append("system", "STEP_COMPLETED", "{\"activityId\":\"register-hazard\"}");
        Path intact = write("intact.json", trace.document());
        Path tampered = write("tampered.json", trace.document(java.util.List.of(trace.entries().get(1))));

        assertThat(run(intact)).isEqualTo(VerifyTraceCommand.VALID);
        assertThat(run(tampered)).isEqualTo(VerifyTraceCommand.INVALID);
    }

    /**
     * A file re-signed end to end with keys of its own passes against the keys it carries, and fails against the
     * trusted ones: a trace exported from the server, one key as {@code /api/keys/{userId}} answers it, or a list.
     */
    @Test
    void checksAgainstTrustedKeysAloneWhenGivenThem() throws Exception {
        SignedTraces genuine = new SignedTraces().append("officer320509", "CASE_REPORTED", "{\"title\":\"太浦河\"}")
                .append("officer320509", "TASK_COMPLETED", "{\"taskKey\":\"acknowledge-notice\"}");
        SignedTraces forged = new SignedTraces().append("officer320509", "CASE_REPORTED", "{\"title\":\"太浦河\"}")
                .append("officer320509", "TASK_COMPLETED", "{\"taskKey\":\"acknowledge-notice\"}");
        Path forgery = write("forged.json", forged.document());
        Path fromServer = write("server.json", genuine.document());
        TraceDocument.PublicKeyInfo key = genuine.document().keys().get(0);
        Path oneKey = files.resolve("key.json");
        Files.write(oneKey, new ObjectMapper().writeValueAsBytes(key));
        Path keyList = files.resolve("keys.json");
        Files.write(keyList, new ObjectMapper().writeValueAsBytes(java.util.List.of(key)));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        assertThat(run(forgery)).as("the file's own keys").isEqualTo(VerifyTraceCommand.VALID);
        assertThat(VerifyTraceCommand.run(new String[] {"verify-trace", forgery.toString(), "--trusted-keys",
            fromServer.toString()}, new PrintStream(printed, true, StandardCharsets.UTF_8), quiet()))
                .isEqualTo(VerifyTraceCommand.INVALID);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("INVALID", "signature invalid",
                "trusted key of officer320509", "keys: the 1 trusted ones");
        assertThat(run(forgery, oneKey)).isEqualTo(VerifyTraceCommand.INVALID);
        assertThat(run(forgery, keyList)).isEqualTo(VerifyTraceCommand.INVALID);
        assertThat(run(fromServer, oneKey)).isEqualTo(VerifyTraceCommand.VALID);
        assertThat(run(fromServer, keyList)).isEqualTo(VerifyTraceCommand.VALID);
        Files.writeString(oneKey, "{\"userId\":\"officer320509\"}");
        assertThat(run(fromServer, oneKey)).as("a key without its key").isEqualTo(VerifyTraceCommand.UNREADABLE);
    }

    /**
     * A trace with no entry is intact only while its head is at 0, as for a case reported before traces were kept
     * (migration V5); with a head further on, its entries are missing.
     */
    @Test
    void takesATraceWithoutEntriesForNotStartedOnlyWhileItsHeadIsAtZero() throws Exception {
        SignedTraces trace = new SignedTraces().append("officer320509", "CASE_REPORTED", "{\"title\":\"太浦河\"}");
        TraceDocument full = trace.document();
        Path notStarted = write("not-started.json", new TraceDocument(full.format(), full.caseNumber(),
                full.caseId(), new TraceDocument.Head(0, EntryHash.GENESIS), java.util.List.of(), full.keys()));
        Path emptied = write("emptied.json", new TraceDocument(full.format(), full.caseNumber(), full.caseId(),
                full.head(), java.util.List.of(), full.keys()));

        assertThat(run(notStarted)).isEqualTo(VerifyTraceCommand.VALID);
        assertThat(run(emptied)).isEqualTo(VerifyTraceCommand.INVALID);
        assertThat(TraceVerifier.verify(VerifyTraceCommand.read(emptied)).reason())
                .isEqualTo(Verdict.Problem.ENTRY_MISSING);
    }

    /** A trusted-keys file that gives one key id two keys, or a key that is not Ed25519, is not used at all. */
    @Test
    void refusesATrustedKeysFileThatCannotBeTrusted() throws Exception {
        SignedTraces genuine = new SignedTraces().append("officer320509", "CASE_REPORTED", "{\"title\":\"太浦河\"}");
        SignedTraces forged = new SignedTraces().append("officer320509", "CASE_REPORTED", "{\"title\":\"太浦河\"}");
        Path forgery = write("forged.json", forged.document());
        TraceDocument.PublicKeyInfo key = genuine.document().keys().get(0);
        TraceDocument.PublicKeyInfo other = forged.document().keys().get(0);
        assertThat(other.keyId()).isEqualTo(key.keyId());

        Path twoForOneId = keysFile("two.json", java.util.List.of(key, other));
        Path notBase64 = keysFile("bad.json", java.util.List.of(new TraceDocument.PublicKeyInfo(key.userId(),
                key.keyId(), "Ed25519", "X.509", "!!not base64", null)));
        Path rsa = keysFile("rsa.json", java.util.List.of(new TraceDocument.PublicKeyInfo(key.userId(),
                key.keyId(), "RSA", "X.509", key.publicKey(), null)));
        Path keysNotAList = files.resolve("object.json");
        Files.writeString(keysNotAList, "{\"keys\":{\"a\":" + new ObjectMapper().writeValueAsString(key) + "}}");

        for (Path trusted : java.util.List.of(twoForOneId, notBase64, rsa, keysNotAList)) {
            assertThat(run(forgery, trusted)).as(trusted.getFileName().toString())
                    .isEqualTo(VerifyTraceCommand.UNREADABLE);
        }
        assertThat(run(forgery, keysFile("same-twice.json", java.util.List.of(other, other))))
                .as("one key given twice").isEqualTo(VerifyTraceCommand.VALID);
    }

    private Path keysFile(String name, java.util.List<TraceDocument.PublicKeyInfo> keys) throws Exception {
        Path file = files.resolve(name);
        Files.write(file, new ObjectMapper().writeValueAsBytes(keys));
        return file;
    }

    @Test
    void refusesAFileThatIsNotATrace() throws Exception {
        Path problem = files.resolve("problem.json");
        Files.writeString(problem, "{\"status\":401,\"error\":\"Unauthorized\"}");

        assertThat(run(problem)).isEqualTo(VerifyTraceCommand.UNREADABLE);
        assertThat(run(files.resolve("missing.json"))).isEqualTo(VerifyTraceCommand.UNREADABLE);
        assertThat(VerifyTraceCommand.run(new String[] {"verify-trace"}, quiet(), quiet()))
                .isEqualTo(VerifyTraceCommand.UNREADABLE);
    }

    private Path write(String name, TraceDocument trace) throws Exception {
        Path file = files.resolve(name);
        Files.write(file, new ObjectMapper().writeValueAsBytes(trace));
        return file;
    }

    private static int run(Path file) {
        return VerifyTraceCommand.run(new String[] {"verify-trace", file.toString()}, quiet(), quiet());
    }

    private static int run(Path file, Path trustedKeys) {
        return VerifyTraceCommand.run(new String[] {"verify-trace", file.toString(), "--trusted-keys",
            trustedKeys.toString()}, quiet(), quiet());
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
