package org.hazardbridge.grading;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PanelSeatRepository extends JpaRepository<PanelSeat, Long> {

    List<PanelSeat> findByCaseNumberOrderById(String caseNumber);

    Optional<PanelSeat> findByCaseNumberAndExpertId(String caseNumber, String expertId);
}
