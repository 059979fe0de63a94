package org.hazardbridge.classification;

import java.time.Clock;
import java.util.List;
import java.util.TreeSet;
import org.hazardbridge.common.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who read which restricted or secret field of which case, by which path, and whether it was allowed. A refusal is
 * written in a transaction of its own, so it is kept even though the refused request rolls back.
 */
@Service
public class AccessLog {

    private final AccessRecordRepository records;
    private final Clock clock;

    AccessLog(AccessRecordRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Caller caller, String caseNumber, String field, String path, boolean allowed) {
        records.save(new AccessRecord(caller.userId(), String.join(",", new TreeSet<>(caller.regions())),
                caseNumber, field, path, clock.instant(), allowed));
    }

    @Transactional(readOnly = true)
    public List<AccessRecord> of(String caseNumber) {
        return records.findByCaseNumberOrderById(caseNumber);
    }
}
