package org.hazardbridge.audit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The offline verifier: {@code java -jar hazardbridge.jar verify-trace <file.json>}, or this class's
 * {@code main} with the file as its argument (on a class path with Jackson and Bouncy Castle). The file is what
 * {@code GET /api/hazards/{caseNumber}/trace} answers. It needs neither the server nor the database, prints the
 * verdict as one line for a person and as the JSON the server's {@code /trace/verify} answers, and exits with 0
 * only when the trace is intact (1 when it is not, 2 when the file cannot be read).
 */
public final class VerifyTraceCommand {

    public static final String NAME = "verify-trace";

    public static final int VALID = 0;
    public static final int INVALID = 1;
    public static final int UNREADABLE = 2;

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
        if (args.length != first + 1) {
            err.println("usage: java -jar hazardbridge.jar " + NAME + " <trace.json>");
            return UNREADABLE;
        }
        TraceDocument trace;
        try {
            trace = read(Path.of(args[first]));
        } catch (IOException | RuntimeException e) {
            err.println("cannot read trace " + args[first] + ": " + e.getMessage());
            return UNREADABLE;
        }
        Verdict verdict = TraceVerifier.verify(trace);
        out.println(verdict.summary());
        out.println(json(verdict));
        return verdict.valid() ? VALID : INVALID;
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
