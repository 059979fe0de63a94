package org.hazardbridge.hazard;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupervisionNoteRepository extends JpaRepository<SupervisionNote, Long> {

    List<SupervisionNote> findByCaseIdOrderById(UUID caseId);
}
