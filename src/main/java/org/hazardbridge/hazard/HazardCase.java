package org.hazardbridge.hazard;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.NaturalId;

/**
 * One hazard case, its 电子身份证. The case changes state only through its own methods, which refuse a transition
 * its current state does not allow. Its regions and stage records are few and always read with it.
 */
@Entity
@Table(name = "hazard_case")
public class HazardCase {

    @Id
    private UUID id;

    /** The key users and the engine know the case by; {@link HazardCases#find} loads by it. */
    @NaturalId
    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Embedded
    private HazardFacts facts;

    @Enumerated(EnumType.STRING)
    private Grade grade;

    @Column(name = "legal_class")
    private String legalClass;

    @Enumerated(EnumType.STRING)
    @Column(name = "automatic_grade")
    private Grade automaticGrade;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade_basis")
    private GradeBasis gradeBasis;

    @Column(name = "mean_score")
    private Double meanScore;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    private CaseStage stage;

    @Column(name = "disposal_round")
    private int disposalRound;

    @Column(name = "reported_by")
    private String reportedBy;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Column(name = "report_key")
    private String reportKey;

    @Column(name = "report_digest")
    private String reportDigest;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Null until first stored, which tells Spring Data a new case (its id is assigned, never generated). */
    @Version
    private Long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<CaseRegion> regions = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<StageRecord> stages = new ArrayList<>();

    protected HazardCase() {
    }

    HazardCase(String caseNumber, HazardFacts facts, String reportedBy, Instant reportedAt) {
        this.id = UUID.randomUUID();
        this.caseNumber = caseNumber;
        this.facts = facts;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
        this.status = CaseStatus.OPEN;
        this.stage = CaseStage.REPORTED;
    }

    /** Remembers the reporter's key for this report and what was reported under it. */
    void keyReport(String key, String digest) {
        this.reportKey = key;
        this.reportDigest = digest;
    }

    String reportDigest() {
        return reportDigest;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void addAffectedRegion(CaseRegion region) {
        regions.add(region);
    }

    /** Records the grade the tables decided from the reported facts; it stands until the regions settle it. */
    public void recordAutomaticGrade(Grade grade, String legalClass) {
        requireOpen("record a grade");
        this.automaticGrade = grade;
        this.grade = grade;
        this.legalClass = legalClass;
        this.gradeBasis = GradeBasis.AUTOMATIC;
    }

    /** Settles the final grade: by the regions' consensus, or by the expert panel's mean score. */
    public void settleGrade(Grade grade, String legalClass, GradeBasis basis, Double meanScore) {
        requireOpen("settle the grade");
        if (stage != CaseStage.GRADING) {
            throw new IllegalCaseStateException("案件 " + caseNumber + " 当前处于 " + stage
                    + " 阶段，只能在 GRADING（等级认定）阶段确定等级");
        }
        this.grade = grade;
        this.legalClass = legalClass;
        this.gradeBasis = basis;
        this.meanScore = meanScore;
    }

    /** Records the role and duty decided for one of the affected regions. */
    public void assignRole(String adcode, RegionRole role, String duty) {
        requireOpen("assign a role");
        region(adcode).orElseThrow(() -> notAffected(adcode)).assign(role, duty);
    }

    /** Records that a notified region has acknowledged the notice. */
    public void acknowledge(String adcode, String userId, Instant at) {
        requireOpen("acknowledge a notice");
        region(adcode).filter(r -> r.role() != null && r.role().isNotified())
                .orElseThrow(() -> notAffected(adcode))
                .acknowledge(userId, at);
    }

    /** Moves the case to its next stage, closing the record of the stage it leaves. */
    public void enterStage(CaseStage next, Instant at, Instant dueAt, String deadline) {
        requireOpen("enter stage " + next);
        if (!stage.mayBeFollowedBy(next) || next == CaseStage.CLOSED) {
            throw new IllegalCaseStateException(
                    "案件 " + caseNumber + " 当前处于 " + stage + " 阶段，不能进入 " + next + " 阶段");
        }
        if (next == CaseStage.DISPOSAL) {
            disposalRound++;
        }
        leaveCurrentStage(at);
        stages.add(new StageRecord(next, disposalRound, at, dueAt, deadline));
        stage = next;
    }

    /** Marks the current stage as escalated to the supervisors. */
    public void markEscalated(Instant at) {
        currentStageRecord().ifPresent(record -> record.escalate(at));
    }

    /** Closes the case; only a case in acceptance can close. */
    public void close(Instant at) {
        requireOpen("close");
        if (!stage.mayBeFollowedBy(CaseStage.CLOSED)) {
            throw new IllegalCaseStateException("案件 " + caseNumber + " 当前处于 " + stage + " 阶段，"
                    + "不能结案");
        }
        leaveCurrentStage(at);
        stage = CaseStage.CLOSED;
        status = CaseStatus.CLOSED;
        closedAt = at;
    }

    private void leaveCurrentStage(Instant at) {
        currentStageRecord().ifPresent(record -> record.leave(at));
    }

    public Optional<StageRecord> currentStageRecord() {
        return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1))
                .filter(record -> record.leftAt() == null);
    }

    /** The adcodes of the regions with a role that passes {@code role}, the primary first, then by adcode. */
    public List<String> adcodesWith(Predicate<RegionRole> role) {
        return regions.stream()
                .filter(r -> r.role() != null && role.test(r.role()))
                .sorted(Comparator.comparing((CaseRegion r) -> r.role() != RegionRole.PRIMARY)
                        .thenComparing(CaseRegion::adcode))
                .map(CaseRegion::adcode).toList();
    }

    public Optional<CaseRegion> region(String adcode) {
        return regions.stream().filter(r -> r.adcode().equals(adcode)).findFirst();
    }

    private void requireOpen(String action) {
        if (status != CaseStatus.OPEN) {
            throw new IllegalCaseStateException("案件 " + caseNumber + " 当前状态为 " + status
                    + "，不能再操作（" + action + "）");
        }
    }

    private IllegalCaseStateException notAffected(String adcode) {
        return new IllegalCaseStateException("地区 " + adcode + " 未参与案件 " + caseNumber);
    }

    public UUID id() {
        return id;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public HazardFacts facts() {
        return facts;
    }

    public Grade grade() {
        return grade;
    }

    public String legalClass() {
        return legalClass;
    }

    public Grade automaticGrade() {
        return automaticGrade;
    }

    public GradeBasis gradeBasis() {
        return gradeBasis;
    }

    public Double meanScore() {
        return meanScore;
    }

    public CaseStatus status() {
        return status;
    }

    public CaseStage stage() {
        return stage;
    }

    public int disposalRound() {
        return disposalRound;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public List<CaseRegion> regions() {
        return Collections.unmodifiableList(regions);
    }

    public List<StageRecord> stages() {
        return Collections.unmodifiableList(stages);
    }
}
