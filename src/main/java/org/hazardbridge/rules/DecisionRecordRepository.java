package org.hazardbridge.rules;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRecordRepository extends JpaRepository<DecisionRecord, Long> {

    List<DecisionRecord> findByCaseNumberOrderById(String caseNumber);
}
