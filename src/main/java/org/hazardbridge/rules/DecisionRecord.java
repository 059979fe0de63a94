package org.hazardbridge.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a table decided for a case: key, version, inputs and outputs (canonical JSON). Never changed. */
@Entity
@Table(name = "decision_record")
public class DecisionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number")
    private String caseNumber;

    @Column(name = "decision_key")
    private String decisionKey;

    @Column(name = "decision_version")
    private int decisionVersion;

    @Column(name = "decision_definition_id")
    private String decisionDefinitionId;

    private String subject;

    private String inputs;

    private String outputs;

    @Column(name = "evaluated_at")
    private Instant evaluatedAt;

    protected DecisionRecord() {
    }

    DecisionRecord(String caseNumber, Evaluation evaluation, String subject, String inputs, String outputs,
            Instant evaluatedAt) {
        this.caseNumber = caseNumber;
        this.decisionKey = evaluation.decisionKey();
        this.decisionVersion = evaluation.version();
        this.decisionDefinitionId = evaluation.decisionDefinitionId();
        this.subject = subject;
        this.inputs = inputs;
        this.outputs = outputs;
        this.evaluatedAt = evaluatedAt;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String decisionKey() {
        return decisionKey;
    }

    public int decisionVersion() {
        return decisionVersion;
    }

    public String decisionDefinitionId() {
        return decisionDefinitionId;
    }

    /** What the evaluation was about within the case, for example the adcode of a region; may be null. */
    public String subject() {
        return subject;
    }

    public String inputs() {
        return inputs;
    }

    public String outputs() {
        return outputs;
    }

    public Instant evaluatedAt() {
        return evaluatedAt;
    }
}
