package org.hazardbridge.hazard;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseNoticeRepository extends JpaRepository<CaseNotice, Long> {

    List<CaseNotice> findByCaseIdOrderById(UUID caseId);
}
