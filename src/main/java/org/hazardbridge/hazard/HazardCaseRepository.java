package org.hazardbridge.hazard;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HazardCaseRepository extends JpaRepository<HazardCase, UUID> {

    Optional<HazardCase> findByProcessInstanceId(String processInstanceId);

    Optional<HazardCase> findByReportedByAndReportKey(String reportedBy, String reportKey);

    @Query("""
            select c from HazardCase c
            where c.facts.lon between :minLon and :maxLon and c.facts.lat between :minLat and :maxLat
              and c.reportedAt >= :since
            order by c.reportedAt desc""")
    List<HazardCase> within(@Param("minLon") double minLon, @Param("maxLon") double maxLon,
            @Param("minLat") double minLat, @Param("maxLat") double maxLat, @Param("since") java.time.Instant since);

    @Query("""
            select distinct c from HazardCase c left join c.regions r
            where (:status is null or c.status = :status)
              and (:region is null or c.facts.locationAdcode = :region
                   or (r.adcode = :region and r.role <> org.hazardbridge.hazard.RegionRole.NONE))
            order by c.reportedAt desc""")
    List<HazardCase> search(@Param("region") String region, @Param("status") CaseStatus status);
}
