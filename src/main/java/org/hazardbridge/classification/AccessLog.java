package org.hazardbridge.classification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hazardbridge.audit.CaseTrace;
import org.hazardbridge.audit.TraceAction;
import org.hazardbridge.common.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who read which restricted or secret field of which case, by which path, and whether it was allowed; each access
 * is also an entry of the case's trace. Both are written in a transaction of their own, so a refusal is kept even
 * though the refused request rolls back.
 */
@Service
public class AccessLog {

    private final AccessRecordRepository records;
    private final CaseTrace trace;
    private final Clock clock;

    AccessLog(AccessRecordRepository records, CaseTrace trace, Clock clock) {
        this.records = records;
        this.trace = trace;
        this.clock = clock;
    }

    /** Logs the access, and appends it to the case's trace, in a transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Caller caller, String caseNumber, String field, String path, boolean allowed) {
        records.save(new AccessRecord(caller.userId(), String.join(",", new TreeSet<>(caller.regions())),
                caseNumber, field, path, clock.instant(), allowed));
        trace.record(caseNumber, TraceAction.CLASSIFIED_READ,
                Map.of("field", field, "path", path, "allowed", allowed), caller.userId());
    }

    @Transactional(readOnly = true)
    public List<AccessRecord> of(String caseNumber) {
        return records.findByCaseNumberOrderById(caseNumber);
    }
}
