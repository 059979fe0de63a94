package org.hazardbridge.disposal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DisposalReportRepository extends JpaRepository<DisposalReport, Long> {

    List<DisposalReport> findByCaseIdOrderById(UUID caseId);
}
