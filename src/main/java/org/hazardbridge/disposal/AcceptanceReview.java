package org.hazardbridge.disposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One region's verdict on the disposal in one round (验收意见). Never changed once written. */
@Entity
@Table(name = "acceptance_review")
public class AcceptanceReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private UUID caseId;

    private int round;

    private String adcode;

    private boolean accepted;

    private String report;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    protected AcceptanceReview() {
    }

    AcceptanceReview(UUID caseId, int round, String adcode, boolean accepted, String report, String reviewedBy,
            Instant reviewedAt) {
        this.caseId = caseId;
        this.round = round;
        this.adcode = adcode;
        this.accepted = accepted;
        this.report = report;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
    }

    public int round() {
        return round;
    }

    public String adcode() {
        return adcode;
    }

    public boolean accepted() {
        return accepted;
    }

    public String report() {
        return report;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }
}
