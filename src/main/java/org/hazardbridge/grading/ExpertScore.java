package org.hazardbridge.grading;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An expert's score of a disputed case, 0 to 100, and its reason. Kept here only, never in the engine. */
@Entity
@Table(name = "expert_score")
public class ExpertScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number")
    private String caseNumber;

    @Column(name = "expert_id")
    private String expertId;

    private int score;

    private String reason;

    @Column(name = "scored_at")
    private Instant scoredAt;

    protected ExpertScore() {
    }

    ExpertScore(String caseNumber, String expertId, int score, String reason, Instant scoredAt) {
        this.caseNumber = caseNumber;
        this.expertId = expertId;
        this.score = score;
        this.reason = reason;
        this.scoredAt = scoredAt;
    }

    public String expertId() {
        return expertId;
    }

    public int score() {
        return score;
    }

    public String reason() {
        return reason;
    }

    public Instant scoredAt() {
        return scoredAt;
    }
}
