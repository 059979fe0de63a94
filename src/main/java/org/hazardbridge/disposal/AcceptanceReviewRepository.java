package org.hazardbridge.disposal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AcceptanceReviewRepository extends JpaRepository<AcceptanceReview, Long> {

    List<AcceptanceReview> findByCaseIdOrderById(UUID caseId);

    List<AcceptanceReview> findByCaseIdAndRoundOrderById(UUID caseId, int round);
}
