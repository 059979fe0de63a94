package org.hazardbridge.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hazardbridge.audit.Verdict.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The verifier names the first bad entry and why, for each kind of tampering, with nothing but the document. */
class TraceVerifierTest {

    SignedTraces trace;

    @BeforeEach
    void fiveEntries() {
        trace = new SignedTraces()
                .append("officer320509", "CASE_REPORTED", "{\"title\":\"太浦河\",\"radius\":3000}")
                .append("system", "DECISION_EVALUATED", "{\"grade\":\"III\",\"mean\":75.5}")
                .append("officer330421", "TASK_COMPLETED", "{\"values\":{\"acknowledgeNote\":\"收到\"}}")
                .append("manager330421", "TASK_COMPLETED", "{\"values\":{\"accepted\":true}}")
                .append("system", "PROCESS_COMPLETED", "{\"topLevel\":true}");
    }

    @Test
    void acceptsAnIntactTrace() {
        Verdict verdict = TraceVerifier.verify(trace.document());

        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.entries()).isEqualTo(5);
        assertThat(verdict.firstBadSequence()).isNull();
    }

    @Test
    void findsAChangedPayload() {
        List<TraceDocument.Entry> entries = trace.entries();
        entries.set(2, SignedTraces.withPayload(entries.get(2),
                CanonicalJson.read("{\"values\":{\"acknowledgeNote\":\"未收到\"}}")));

        assertBadAt(entries, 3, Problem.PAYLOAD_CHANGED);
    }

    @Test
    void readsTheSameNumberWrittenDifferentlyAsUnchanged() {
        List<TraceDocument.Entry> entries = trace.entries();
        entries.set(1, SignedTraces.withPayload(entries.get(1),
                CanonicalJson.read("{\"mean\":7.550E1,\"grade\":\"III\"}")));

        assertThat(TraceVerifier.verify(trace.document(entries)).valid()).isTrue();
    }

    @Test
    void findsAMissingEntry() {
        List<TraceDocument.Entry> entries = trace.entries();
        entries.remove(1);

        assertBadAt(entries, 2, Problem.ENTRY_MISSING);
    }

    @Test
    void findsAMissingLastEntryAgainstTheHead() {
        List<TraceDocument.Entry> entries = trace.entries();
        entries.remove(4);

        assertBadAt(entries, 5, Problem.ENTRY_MISSING);
    }

    @Test
    void findsReorderedEntries() {
        List<TraceDocument.Entry> entries = trace.entries();
        entries.set(1, trace.entries().get(3));
        entries.set(3, trace.entries().get(1));

        assertBadAt(entries, 2, Problem.ENTRIES_REORDERED);
    }

    @Test
    void findsAnEntrySignedByAnotherUser() {
        List<TraceDocument.Entry> entries = trace.entries();
        TraceDocument.Entry entry = entries.get(2);
        entries.set(2, SignedTraces.withSignature(entry, entry.keyId(), trace.sign("officer320509", entry.hash())));

        assertBadAt(entries, 3, Problem.SIGNATURE_INVALID);
    }

    @Test
    void findsAnEntryClaimingAnotherUsersKey() {
        List<TraceDocument.Entry> entries = trace.entries();
        TraceDocument.Entry entry = entries.get(2);
        entries.set(2, SignedTraces.withSignature(entry, trace.keyId("officer320509"),
                trace.sign("officer320509", entry.hash())));

        assertBadAt(entries, 3, Problem.SIGNATURE_INVALID);
    }

    @Test
    void findsAnUnknownKey() {
        List<TraceDocument.Entry> entries = trace.entries();
        TraceDocument.Entry entry = entries.get(3);
        entries.set(3, SignedTraces.withSignature(entry, "key-nobody", entry.signature()));

        assertBadAt(entries, 4, Problem.UNKNOWN_KEY);
    }

    private void assertBadAt(List<TraceDocument.Entry> entries, long sequence, Problem problem) {
        Verdict verdict = TraceVerifier.verify(trace.document(entries));

        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.firstBadSequence()).isEqualTo(sequence);
        assertThat(verdict.reason()).as(verdict.detail()).isEqualTo(problem);
    }
}
