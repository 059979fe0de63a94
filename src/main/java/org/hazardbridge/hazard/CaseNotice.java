package org.hazardbridge.hazard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Something a region was told about a case, such as the outcome of grading. */
@Entity
@Table(name = "case_notice")
public class CaseNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private UUID caseId;

    private String adcode;

    private String kind;

    private String message;

    @Column(name = "created_at")
    private Instant createdAt;

    protected CaseNotice() {
    }

    CaseNotice(UUID caseId, String adcode, String kind, String message, Instant createdAt) {
        this.caseId = caseId;
        this.adcode = adcode;
        this.kind = kind;
        this.message = message;
        this.createdAt = createdAt;
    }

    public String adcode() {
        return adcode;
    }

    public String kind() {
        return kind;
    }

    public String message() {
        return message;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
