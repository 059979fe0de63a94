package org.hazardbridge.grading;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertScoreRepository extends JpaRepository<ExpertScore, Long> {

    List<ExpertScore> findByCaseNumberOrderById(String caseNumber);

    boolean existsByCaseNumberAndExpertId(String caseNumber, String expertId);
}
