package org.hazardbridge.hazard;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hazardbridge.common.NotFoundException;
import org.hibernate.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds cases for the other features; an entity returned inside a transaction is saved when it commits.
 *
 * <p>A case is found by its number as Hibernate's natural id: within one transaction (an engine command and the
 * listeners and delegates it calls) the case is read from the database once, and later lookups of the same number
 * return the entity already loaded, without a query.
 */
@Service
@Transactional(readOnly = true)
public class HazardCases {

    private final HazardCaseRepository cases;
    private final EntityManager entities;

    HazardCases(HazardCaseRepository cases, EntityManager entities) {
        this.cases = cases;
        this.entities = entities;
    }

    public Optional<HazardCase> find(String caseNumber) {
        if (caseNumber == null) {
            return Optional.empty();
        }
        return entities.unwrap(Session.class).bySimpleNaturalId(HazardCase.class).loadOptional(caseNumber);
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
