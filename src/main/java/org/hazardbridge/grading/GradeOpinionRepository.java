package org.hazardbridge.grading;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface GradeOpinionRepository extends JpaRepository<GradeOpinion, Long> {

    List<GradeOpinion> findByCaseIdOrderById(UUID caseId);

    boolean existsByCaseIdAndAdcode(UUID caseId, String adcode);
}
