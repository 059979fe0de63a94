package org.hazardbridge.grading;

import java.util.List;
import java.util.Locale;
import org.hazardbridge.hazard.CaseRegion;
import org.hazardbridge.hazard.Grade;
import org.hazardbridge.hazard.GradeBasis;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardCases;
import org.hazardbridge.hazard.CaseNotices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Settles a case's final grade and tells its involved regions. */
@Service
@Transactional
class GradeSettlement {

    static final String NOTICE_KIND = "GRADE_SETTLED";

    private static final Logger log = LoggerFactory.getLogger(GradeSettlement.class);

    private final HazardCases cases;
    private final CaseNotices notices;

    GradeSettlement(HazardCases cases, CaseNotices notices) {
        this.cases = cases;
        this.notices = notices;
    }

    Settled byConsensus(String caseNumber, String consensus) {
        Grade grade = Grade.parse(consensus);
        return settle(caseNumber, grade, grade.legalClass(), GradeBasis.CONSENSUS, null,
                "各参与地区意见一致");
    }

    Settled byArbitration(String caseNumber, String arbitrated, String legalClass, double meanScore) {
        return settle(caseNumber, Grade.parse(arbitrated), legalClass, GradeBasis.ARBITRATION, meanScore,
                String.format(Locale.ROOT, "专家评审平均分 %.1f", meanScore));
    }

    private Settled settle(String caseNumber, Grade grade, String legalClass, GradeBasis basis, Double meanScore,
            String reason) {
        HazardCase hazardCase = cases.require(caseNumber);
        hazardCase.settleGrade(grade, legalClass, basis, meanScore);
        String message = "等级认定结果：" + grade + " 级（" + grade.label() + "，" + legalClass + "），"
                + "依据：" + reason;
        List<String> involved = hazardCase.regions().stream().filter(r -> r.role() != null && r.role().isResponsible())
                .map(CaseRegion::adcode).toList();
        notices.tell(hazardCase, involved, NOTICE_KIND, message);
        log.info("Case {} grade settled {} by {} ({} regions told)", caseNumber, grade, basis, involved.size());
        return new Settled(grade.name(), legalClass, message);
    }

    /** The settled grade and the message every involved region was given. */
    record Settled(String grade, String legalClass, String message) {
    }
}
