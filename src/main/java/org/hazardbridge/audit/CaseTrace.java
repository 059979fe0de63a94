package org.hazardbridge.audit;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to a case's trace. Features call it for what the engine cannot see (a report's facts, an attachment's
 * hash, a table's evaluation, a notice); the engine's listeners call it for tasks, steps, timers and process ends.
 * Each entry is appended in the caller's transaction, so it commits or rolls back with the operation it records.
 *
 * <p>The acting user is the one given, else the user the engine knows for the current command (set for API
 * requests, Tasklist and an authenticated engine REST call), else {@code system}.
 */
@Service
@Transactional
public class CaseTrace {

    private final TraceLedger ledger;
    private final TraceWriter writer;
    private final IdentityService identity;

    CaseTrace(TraceLedger ledger, TraceWriter writer, IdentityService identity) {
        this.ledger = ledger;
        this.writer = writer;
        this.identity = identity;
    }

    /** Opens the trace of a new case; its first entry follows. */
    public void open(UUID caseId, String caseNumber) {
        ledger.open(caseId, caseNumber);
    }

    /** Records an operation by the current user of the engine, or by {@code system}. */
    public void record(String caseNumber, String action, Map<String, ?> payload) {
        record(caseNumber, action, payload, null);
    }

    /** Records an operation by {@code userId}; a null user is the current user of the engine, or {@code system}. */
    public void record(String caseNumber, String action, Map<String, ?> payload, String userId) {
        writer.append(caseNumber, userId == null ? currentUser() : userId, action, PayloadValues.object(payload));
    }

    private String currentUser() {
        var authentication = identity.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
