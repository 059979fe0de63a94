package org.hazardbridge.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Appends an entry for a user, with the region the user acts for, to the trace open under a case number. */
@Component
class TraceWriter {

    private static final Logger log = LoggerFactory.getLogger(TraceWriter.class);

    private final TraceLedger ledger;
    private final UserRegions regions;

    TraceWriter(TraceLedger ledger, UserRegions regions) {
        this.ledger = ledger;
        this.regions = regions;
    }

    void append(String caseNumber, String userId, String action, JsonNode payload) {
        String user = userId == null || userId.isBlank() ? UserRegions.SYSTEM : userId;
        boolean traced = ledger.append(caseNumber, user, regions.regionOf(user), action, payload).isPresent();
        if (!traced) {
            log.debug("No trace is open for {}: {} by {} not traced", caseNumber, action, user);
        }
    }
}
