package org.hazardbridge.classification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccessRecordRepository extends JpaRepository<AccessRecord, Long> {

    List<AccessRecord> findByCaseNumberOrderById(String caseNumber);
}
