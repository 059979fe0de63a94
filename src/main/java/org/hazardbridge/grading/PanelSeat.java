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

/** One expert's seat on a case's panel: how they came to it and how it ended. */
@Entity
@Table(name = "panel_seat")
public class PanelSeat {

    /** How an expert came to the panel. */
    public enum How { DRAWN, APPOINTED, REPLACEMENT }

    /** Where the seat stands. */
    public enum Status { INVITED, SCORED, REPLACED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number")
    private String caseNumber;

    @Column(name = "expert_id")
    private String expertId;

    @Enumerated(EnumType.STRING)
    private How how;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "seated_at")
    private Instant seatedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "replaced_by")
    private String replacedBy;

    @Column(name = "end_reason")
    private String endReason;

    protected PanelSeat() {
    }

    PanelSeat(String caseNumber, String expertId, How how, Instant seatedAt) {
        this.caseNumber = caseNumber;
        this.expertId = expertId;
        this.how = how;
        this.status = Status.INVITED;
        this.seatedAt = seatedAt;
    }

    void scored(Instant at) {
        requireInvited("score");
        status = Status.SCORED;
        endedAt = at;
    }

    void replace(String replacement, String reason, Instant at) {
        requireInvited("be replaced");
        status = Status.REPLACED;
        replacedBy = replacement;
        endReason = reason;
        endedAt = at;
    }

    void nameReplacement(String replacement) {
        if (status != Status.REPLACED || replacedBy != null) {
            throw new IllegalStateException("seat of " + expertId + " on case " + caseNumber + " is " + status
                    + " and needs no replacement");
        }
        replacedBy = replacement;
    }

    private void requireInvited(String action) {
        if (status != Status.INVITED) {
            throw new IllegalStateException("seat of " + expertId + " on case " + caseNumber + " is " + status
                    + " and cannot " + action);
        }
    }

    public String expertId() {
        return expertId;
    }

    public How how() {
        return how;
    }

    public Status status() {
        return status;
    }

    public Instant seatedAt() {
        return seatedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String replacedBy() {
        return replacedBy;
    }

    public String endReason() {
        return endReason;
    }
}
