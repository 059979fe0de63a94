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

/** One pass of a case through a stage: when it entered, its deadline, when it left, whether it was escalated. */
@Entity
@Table(name = "stage_record")
public class StageRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private CaseStage stage;

    private int round;

    @Column(name = "entered_at")
    private Instant enteredAt;

    @Column(name = "due_at")
    private Instant dueAt;

    private String deadline;

    @Column(name = "left_at")
    private Instant leftAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    protected StageRecord() {
    }

    StageRecord(CaseStage stage, int round, Instant enteredAt, Instant dueAt, String deadline) {
        this.stage = stage;
        this.round = round;
        this.enteredAt = enteredAt;
        this.dueAt = dueAt;
        this.deadline = deadline;
    }

    void leave(Instant at) {
        this.leftAt = at;
    }

    void escalate(Instant at) {
        if (escalatedAt == null) {
            this.escalatedAt = at;
        }
    }

    public CaseStage stage() {
        return stage;
    }

    public int round() {
        return round;
    }

    public Instant enteredAt() {
        return enteredAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public String deadline() {
        return deadline;
    }

    public Instant leftAt() {
        return leftAt;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }
}
