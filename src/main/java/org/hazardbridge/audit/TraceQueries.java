package org.hazardbridge.audit;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazardbridge.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads traces: a case's whole trace with the keys to check it, its verdict, what it says about responsibility. */
@Service
@Transactional(readOnly = true)
public class TraceQueries {

    private final TraceLedger ledger;
    private final TraceKeys keys;

    TraceQueries(TraceLedger ledger, TraceKeys keys) {
        this.ledger = ledger;
        this.keys = keys;
    }

    /**
     * The case's trace as exported. Entries up to the head only: an append that commits while this reads is left
     * for the next read, so the head and the entries always agree.
     */
    public TraceDocument export(String caseNumber) {
        TraceLedger.Head head = ledger.head(caseNumber)
                .orElseThrow(() -> new NotFoundException("案件 " + caseNumber + " 没有追溯记录"));
        List<TraceDocument.Entry> entries = ledger.entries(head.caseId()).stream()
                .filter(entry -> entry.sequence() <= head.lastSequence()).toList();
        List<String> keyIds = entries.stream().map(TraceDocument.Entry::keyId).distinct().toList();
        return new TraceDocument(TraceDocument.FORMAT, caseNumber, head.caseId().toString(),
                new TraceDocument.Head(head.lastSequence(), head.lastHash()), entries, keys.publicKeys(keyIds));
    }

    /** The verdict on the case's trace as stored, by the same check the offline verifier runs. */
    public Verdict verify(String caseNumber) {
        return TraceVerifier.verify(export(caseNumber));
    }

    /** Who discovered, split, disposed of and accepted the case, as its trace says, with the trace's verdict. */
    public ResponsibilityChain responsibility(String caseNumber) {
        TraceDocument trace = export(caseNumber);
        return ResponsibilityChain.of(trace, TraceVerifier.verify(trace));
    }

    public Optional<TraceDocument.PublicKeyInfo> keyOf(String userId) {
        return keys.publicKeyOf(userId);
    }

    /**
     * Whether {@code value} is what the committed field at {@code path} of an entry hid, checked with the salt
     * kept on the server. A value given later (a score once the panel is complete) can so be shown to be the one
     * traced at the time.
     */
    public boolean opens(String caseNumber, long sequence, String path, Object value) {
        TraceDocument trace = export(caseNumber);
        var commitment = trace.entries().stream().filter(entry -> entry.sequence() == sequence).findFirst()
                .map(entry -> entry.payload().at("/" + path.replace('.', '/')).path("commitment").asText(null));
        var salt = ledger.salt(UUID.fromString(trace.caseId()), sequence, path);
        return commitment.isPresent() && commitment.get() != null && salt.isPresent()
                && commitment.get().equals(PayloadRedaction.commitment(HexFormat.of().parseHex(salt.get()),
                        PayloadValues.tree(value)));
    }
}
