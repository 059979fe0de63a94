package org.hazardbridge.hazard;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hazardbridge.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds cases for the other features; an entity returned inside a transaction is saved when it commits. */
@Service
@Transactional(readOnly = true)
public class HazardCases {

    private final HazardCaseRepository cases;

    HazardCases(HazardCaseRepository cases) {
        this.cases = cases;
    }

    public Optional<HazardCase> find(String caseNumber) {
        return cases.findByCaseNumber(caseNumber);
    }

    public HazardCase require(String caseNumber) {
        return find(caseNumber).orElseThrow(() -> new NotFoundException("案件 " + caseNumber + " 不存在"));
    }

    /** Cases reported since {@code since} inside the box of longitudes and latitudes (GCJ-02). */
    public List<HazardCase> within(double minLon, double maxLon, double minLat, double maxLat, Instant since) {
        return cases.within(minLon, maxLon, minLat, maxLat, since);
    }

    public List<HazardCase> search(String region, CaseStatus status) {
        return cases.search(region, status);
    }
}
