package org.hazardbridge.grading;

import java.time.Clock;
import java.util.List;
import org.hazardbridge.common.InvalidInputException;
import org.hazardbridge.hazard.IllegalCaseStateException;
import org.hazardbridge.rules.DecisionEvaluator;
import org.hazardbridge.rules.Evaluation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The panel's scores: taken from each expert's own task, kept in the product only, turned into a grade. */
@Service
@Transactional
public class ExpertScores {

    static final String DECISION_KEY = "score-to-grade";

    private static final Logger log = LoggerFactory.getLogger(ExpertScores.class);

    private final ExpertPanel panel;
    private final ExpertScoreRepository scores;
    private final DecisionEvaluator evaluator;
    private final Clock clock;

    ExpertScores(ExpertPanel panel, ExpertScoreRepository scores, DecisionEvaluator evaluator, Clock clock) {
        this.panel = panel;
        this.scores = scores;
        this.evaluator = evaluator;
        this.clock = clock;
    }

    void record(String caseNumber, String expert, String actingUser, Object score, String reason) {
        if (actingUser != null && !actingUser.equals(expert)) {
            throw new IllegalCaseStateException("专家 " + expert + " 的评分只能由其本人提交");
        }
        int value = validScore(score);
        if (reason.isBlank()) {
            throw new InvalidInputException(GradingVariables.SCORE_REASON, "必填：评分理由");
        }
        panel.seatOf(caseNumber, expert).scored(clock.instant());
        scores.save(new ExpertScore(caseNumber, expert, value, reason, clock.instant()));
        log.info("Case {} scored by expert {}", caseNumber, expert);
    }

    /** Whether every seat still open has scored, with at least three scores. */
    @Transactional(readOnly = true)
    public boolean complete(String caseNumber) {
        List<PanelSeat> seats = panel.seatsOf(caseNumber);
        long scored = seats.stream().filter(s -> s.status() == PanelSeat.Status.SCORED).count();
        return scored >= GradingProperties.MINIMUM_PANEL
                && seats.stream().noneMatch(s -> s.status() == PanelSeat.Status.INVITED);
    }

    @Transactional(readOnly = true)
    public List<ExpertScore> of(String caseNumber) {
        return scores.findByCaseNumberOrderById(caseNumber);
    }

    /** The mean of the complete panel's scores and the grade score-to-grade gives it. */
    Outcome outcome(String caseNumber) {
        if (!complete(caseNumber)) {
            throw new IllegalCaseStateException("案件 " + caseNumber + " 的评审组尚未完成评分");
        }
        double mean = of(caseNumber).stream().mapToInt(ExpertScore::score).average().orElseThrow();
        Evaluation evaluation = evaluator.evaluate(caseNumber, DECISION_KEY, null, java.util.Map.of("meanScore", mean));
        log.info("Case {} panel mean score {}: grade {}", caseNumber, mean, evaluation.text("grade"));
        return new Outcome(mean, evaluation.text("grade"), evaluation.text("legalClass"));
    }

    private static int validScore(Object score) {
        double value;
        try {
            value = score instanceof Number number ? number.doubleValue() : Double.parseDouble(String.valueOf(score));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(GradingVariables.SCORE, "评分须为 0 到 100 之间的整数");
        }
        if (value != Math.rint(value) || value < 0 || value > 100) {
            throw new InvalidInputException(GradingVariables.SCORE, "评分须为 0 到 100 之间的整数");
        }
        return (int) value;
    }

    /** The panel's verdict. */
    record Outcome(double meanScore, String grade, String legalClass) {
    }
}
