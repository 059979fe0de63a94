package org.hazardbridge.grading.web;

import java.time.Instant;
import java.util.List;
import org.hazardbridge.expert.ExpertDraw;
import org.hazardbridge.grading.ExpertPanel;
import org.hazardbridge.grading.ExpertScores;
import org.hazardbridge.grading.GradeOpinions;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.rules.DecisionEvaluator;
import org.hazardbridge.security.CaseAccess;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * How a case's grade was reached: the automatic grade and the tables behind it, the regions' opinions, the panel
 * and, once the panel is complete, each score with its reason, the mean and the final grade. Until then the scores
 * are withheld: the answer says only which experts have scored.
 */
@RestController
class GradingController {

    private final GradeOpinions opinions;
    private final ExpertPanel panel;
    private final ExpertScores scores;
    private final DecisionEvaluator decisions;
    private final CaseAccess access;

    GradingController(CaseAccess access, GradeOpinions opinions, ExpertPanel panel, ExpertScores scores,
            DecisionEvaluator decisions) {
        this.access = access;
        this.opinions = opinions;
        this.panel = panel;
        this.scores = scores;
        this.decisions = decisions;
    }

    @GetMapping("/api/hazards/{caseNumber}/grading")
    @Transactional(readOnly = true)
    public GradingView grading(@PathVariable String caseNumber) {
        HazardCase hazardCase = access.visible(caseNumber);
        boolean complete = scores.complete(caseNumber);
        return new GradingView(caseNumber, name(hazardCase.automaticGrade()), name(hazardCase.grade()),
                hazardCase.legalClass(), name(hazardCase.gradeBasis()),
                decisions.recordsOf(caseNumber).stream()
                        .filter(d -> !List.of("jurisdiction", "stage-deadlines").contains(d.decisionKey()))
                        .map(d -> new TableUsed(d.decisionKey(), d.decisionVersion(), d.inputs(), d.outputs()))
                        .toList(),
                opinions.of(hazardCase).stream().map(o -> new Opinion(o.adcode(), o.grade().name(), o.reason(),
                        o.givenBy(), o.givenAt())).toList(),
                Long.toString(ExpertDraw.seed(caseNumber)),
                panel.seatsOf(caseNumber).stream().map(s -> new Seat(s.expertId(), s.how().name(), s.status().name(),
                        s.seatedAt(), s.endedAt(), s.replacedBy(), s.endReason())).toList(),
                complete, complete ? scores.of(caseNumber).stream().map(s -> new Score(s.expertId(), s.score(),
                        s.reason(), s.scoredAt())).toList() : List.of(),
                complete ? hazardCase.meanScore() : null);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** The grading record of a case. */
    record GradingView(String caseNumber, String automaticGrade, String finalGrade, String legalClass,
            String basis, List<TableUsed> tables, List<Opinion> opinions, String drawSeed, List<Seat> panel,
            boolean panelComplete, List<Score> scores, Double meanScore) {
    }

    record TableUsed(String decisionKey, int version, String inputs, String outputs) {
    }

    record Opinion(String adcode, String grade, String reason, String givenBy, Instant givenAt) {
    }

    record Seat(String expertId, String how, String status, Instant seatedAt, Instant endedAt, String replacedBy,
            String endReason) {
    }

    record Score(String expertId, int score, String reason, Instant scoredAt) {
    }
}
