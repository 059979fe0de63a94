package org.hazardbridge.disposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One region's report on its disposal in one round (处置情况报告). Never changed once written. */
@Entity
@Table(name = "disposal_report")
public class DisposalReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private UUID caseId;

    private int round;

    private String adcode;

    private String report;

    @Column(name = "reported_by")
    private String reportedBy;

    @Column(name = "reported_at")
    private Instant reportedAt;

    protected DisposalReport() {
    }

    DisposalReport(UUID caseId, int round, String adcode, String report, String reportedBy, Instant reportedAt) {
        this.caseId = caseId;
        this.round = round;
        this.adcode = adcode;
        this.report = report;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    public int round() {
        return round;
    }

    public String adcode() {
        return adcode;
    }

    public String report() {
        return report;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public Instant reportedAt() {
        return reportedAt;
    }
}
