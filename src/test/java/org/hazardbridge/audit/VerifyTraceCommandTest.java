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

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
