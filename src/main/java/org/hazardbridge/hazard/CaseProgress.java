package org.hazardbridge.hazard;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves a case through its stages as the process reaches them, stamping each step with the clock. */
@Service
@Transactional
class CaseProgress {

    private static final Logger log = LoggerFactory.getLogger(CaseProgress.class);

    private final HazardCases cases;
    private final StageDeadlines deadlines;
    private final SupervisionNoteRepository supervision;
    private final Clock clock;

    CaseProgress(HazardCases cases, StageDeadlines deadlines, SupervisionNoteRepository supervision, Clock clock) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.supervision = supervision;
        this.clock = clock;
    }

    /** Enters a stage and returns when it is due, from the stage-deadlines table. */
    Instant enterStage(String caseNumber, CaseStage stage) {
        HazardCase hazardCase = cases.require(caseNumber);
        Instant now = clock.instant();
        String deadline = deadlines.deadline(caseNumber, hazardCase.grade(), stage.name());
        Instant due = StageDeadlines.due(now, deadline);
        hazardCase.enterStage(stage, now, due, deadline);
        log.info("Case {} entered stage {} (round {}), due {}", caseNumber, stage, hazardCase.disposalRound(), due);
        return due;
    }

    /** Marks the current stage escalated and returns when the supervisors' task is due. */
    Instant escalate(String caseNumber) {
        HazardCase hazardCase = cases.require(caseNumber);
        Instant now = clock.instant();
        hazardCase.markEscalated(now);
        String deadline = deadlines.deadline(caseNumber, hazardCase.grade(), "SUPERVISION");
        log.warn("Case {} is overdue in stage {}: escalated to the supervisors", caseNumber, hazardCase.stage());
        return StageDeadlines.due(now, deadline);
    }

    void acknowledge(String caseNumber, String adcode, String userId) {
        cases.require(caseNumber).acknowledge(adcode, userId, clock.instant());
        log.info("Case {} notice acknowledged by region {} ({})", caseNumber, adcode, userId);
    }

    void recordSupervision(String caseNumber, String note, String userId) {
        HazardCase hazardCase = cases.require(caseNumber);
        supervision.save(new SupervisionNote(hazardCase.id(), hazardCase.stage(), note, userId, clock.instant()));
        log.info("Case {} supervised in stage {} by {}", caseNumber, hazardCase.stage(), userId);
    }

    void close(String caseNumber) {
        cases.require(caseNumber).close(clock.instant());
        log.info("Case {} closed: every involved region accepted", caseNumber);
    }
}
