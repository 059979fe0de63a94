package org.hazardbridge.grading;

import java.time.Clock;
import java.util.List;
import org.hazardbridge.common.InvalidInputException;
import org.hazardbridge.hazard.CaseStage;
import org.hazardbridge.hazard.Grade;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardCases;
import org.hazardbridge.hazard.IllegalCaseStateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The involved regions' grade opinions on a case, and whether they agree. */
@Service
@Transactional
public class GradeOpinions {

    private static final Logger log = LoggerFactory.getLogger(GradeOpinions.class);

    private final HazardCases cases;
    private final GradeOpinionRepository opinions;
    private final Clock clock;

    GradeOpinions(HazardCases cases, GradeOpinionRepository opinions, Clock clock) {
        this.cases = cases;
        this.opinions = opinions;
        this.clock = clock;
    }

    void record(String caseNumber, String adcode, String grade, String reason, String userId) {
        HazardCase hazardCase = cases.require(caseNumber);
        if (hazardCase.stage() != CaseStage.GRADING) {
            throw new IllegalCaseStateException("案件 " + caseNumber + " 当前处于 " + hazardCase.stage()
                    + " 阶段，只在 GRADING（等级认定）阶段接受等级意见");
        }
        Grade opinion = parse(grade);
        if (reason.isBlank()) {
            throw new InvalidInputException(GradingVariables.OPINION_REASON, "必填：等级认定理由");
        }
        if (opinions.existsByCaseIdAndAdcode(hazardCase.id(), adcode)) {
            throw new IllegalCaseStateException("地区 " + adcode + " 已对案件 " + caseNumber
                    + " 提交过等级意见");
        }
        opinions.save(new GradeOpinion(hazardCase.id(), adcode, opinion, reason, userId, clock.instant()));
        log.info("Case {} grade opinion of region {}: {}", caseNumber, adcode, opinion);
    }

    @Transactional(readOnly = true)
    public List<GradeOpinion> of(HazardCase hazardCase) {
        return opinions.findByCaseIdOrderById(hazardCase.id());
    }

    /** Whether the opinions agree; when they do not, every region that gave one is party to the dispute. */
    @Transactional(readOnly = true)
    Verdict verdict(String caseNumber) {
        HazardCase hazardCase = cases.require(caseNumber);
        List<GradeOpinion> given = of(hazardCase);
        List<Grade> grades = given.stream().map(GradeOpinion::grade).distinct().toList();
        boolean agree = grades.size() == 1;
        return new Verdict(agree, agree ? grades.get(0) : null,
                agree ? List.of() : given.stream().map(GradeOpinion::adcode).toList(),
                GradingTexts.opinions(hazardCase, given));
    }

    /** Refuses to arbitrate a case that is not in grading with its regions' opinions in dispute. */
    @Transactional(readOnly = true)
    void requireDispute(String caseNumber) {
        HazardCase hazardCase = cases.require(caseNumber);
        if (hazardCase.stage() != CaseStage.GRADING || verdict(caseNumber).agree() || of(hazardCase).isEmpty()) {
            throw new IllegalCaseStateException("案件 " + caseNumber + " 当前处于 " + hazardCase.stage()
                    + " 阶段且没有等级争议，无需专家仲裁");
        }
    }

    private static Grade parse(String grade) {
        try {
            return Grade.parse(grade);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(GradingVariables.GRADE_OPINION, "等级意见须为 I、II、III 或 IV");
        }
    }

    /** The outcome of the opinions: a consensus grade, or the regions in dispute. */
    record Verdict(boolean agree, Grade consensus, List<String> disputingRegions, String opinionsText) {
    }
}
