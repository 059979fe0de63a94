package org.hazardbridge.grading;

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
import org.hazardbridge.hazard.Grade;

/** An involved region's opinion on the grade of a case (等级认定意见), who gave it and when. */
@Entity
@Table(name = "grade_opinion")
public class GradeOpinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private UUID caseId;

    private String adcode;

    @Enumerated(EnumType.STRING)
    private Grade grade;

    private String reason;

    @Column(name = "given_by")
    private String givenBy;

    @Column(name = "given_at")
    private Instant givenAt;

    protected GradeOpinion() {
    }

    GradeOpinion(UUID caseId, String adcode, Grade grade, String reason, String givenBy, Instant givenAt) {
        this.caseId = caseId;
        this.adcode = adcode;
        this.grade = grade;
        this.reason = reason;
        this.givenBy = givenBy;
        this.givenAt = givenAt;
    }

    public String adcode() {
        return adcode;
    }

    public Grade grade() {
        return grade;
    }

    public String reason() {
        return reason;
    }

    public String givenBy() {
        return givenBy;
    }

    public Instant givenAt() {
        return givenAt;
    }
}
