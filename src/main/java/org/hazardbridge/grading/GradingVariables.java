package org.hazardbridge.grading;

/**
 * Names of the grading variables of {@code hazard-case.bpmn} and {@code grading-arbitration.bpmn}, matching the
 * BPMN files and the forms {@code grade-opinion}, {@code score-hazard}, {@code appoint-experts} and
 * {@code appoint-replacement}.
 */
final class GradingVariables {

    static final String GRADING_BASIS = "gradingBasis";
    static final String GRADE_OPINION = "gradeOpinion";
    static final String OPINION_REASON = "opinionReason";
    static final String OPINIONS_AGREE = "opinionsAgree";
    static final String GRADE_OPINIONS = "gradeOpinions";
    static final String DISPUTING_REGIONS = "disputingRegions";
    static final String CONSENSUS_GRADE = "consensusGrade";

    static final String PANEL = "panel";
    static final String PANEL_READY = "panelReady";
    static final String PANEL_TEXT = "panelText";
    static final String ELIGIBLE_HINT = "eligibleHint";
    static final String EXPERT = "expert";
    static final String EXPERT_TIMEOUT = "expertTimeout";
    static final String REPLACEMENT_FOUND = "replacementFound";
    static final String TIMED_OUT_EXPERT = "timedOutExpert";
    static final String APPOINTED_EXPERTS = "appointedExperts";
    static final String REPLACEMENT_EXPERT = "replacementExpert";
    static final String SCORE = "score";
    static final String SCORE_REASON = "scoreReason";
    static final String ARBITRATED_GRADE = "arbitratedGrade";
    static final String ARBITRATED_LEGAL_CLASS = "arbitratedLegalClass";
    static final String MEAN_SCORE = "meanScore";
    static final String GRADE_OUTCOME = "gradeOutcome";

    private GradingVariables() {
    }
}
