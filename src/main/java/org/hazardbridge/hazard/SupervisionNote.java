package org.hazardbridge.hazard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What a supervisor ordered about an overdue stage (督办意见). */
@Entity
@Table(name = "supervision_note")
class SupervisionNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    private CaseStage stage;

    private String note;

    @Column(name = "supervised_by")
    private String supervisedBy;

    @Column(name = "supervised_at")
    private Instant supervisedAt;

    protected SupervisionNote() {
    }

    SupervisionNote(UUID caseId, CaseStage stage, String note, String supervisedBy, Instant supervisedAt) {
        this.caseId = caseId;
        this.stage = stage;
        this.note = note;
        this.supervisedBy = supervisedBy;
        this.supervisedAt = supervisedAt;
    }

    CaseStage stage() {
        return stage;
    }

    String note() {
        return note;
    }

    String supervisedBy() {
        return supervisedBy;
    }

    Instant supervisedAt() {
        return supervisedAt;
    }
}
