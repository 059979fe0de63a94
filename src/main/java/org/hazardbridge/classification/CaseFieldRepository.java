package org.hazardbridge.classification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseFieldRepository extends JpaRepository<CaseField, Long> {

    List<CaseField> findByCaseNumberOrderById(String caseNumber);

    Optional<CaseField> findByCaseNumberAndNameAndOwnerAdcode(String caseNumber, String name, String ownerAdcode);

    List<CaseField> findByCaseNumberAndNameOrderById(String caseNumber, String name);
}
