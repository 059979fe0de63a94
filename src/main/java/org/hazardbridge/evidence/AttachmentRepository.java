package org.hazardbridge.evidence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByCaseIdOrderById(UUID caseId);

    Optional<Attachment> findByIdAndCaseId(Long id, UUID caseId);
}
