package org.hazardbridge.disposal;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.hazardbridge.common.InvalidInputException;
import org.hazardbridge.common.MarkdownText;
import org.hazardbridge.hazard.CaseStage;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardCases;
import org.hazardbridge.hazard.IllegalCaseStateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the regions' disposal reports and acceptance reviews, round by round, and gives the verdict of a round. */
@Service
@Transactional
public class DisposalRecords {

    private static final Logger log = LoggerFactory.getLogger(DisposalRecords.class);

    private final HazardCases cases;
    private final DisposalReportRepository reports;
    private final AcceptanceReviewRepository reviews;
    private final Clock clock;

    DisposalRecords(HazardCases cases, DisposalReportRepository reports, AcceptanceReviewRepository reviews,
            Clock clock) {
        this.cases = cases;
        this.reports = reports;
        this.reviews = reviews;
        this.clock = clock;
    }

    void recordDisposal(String caseNumber, String adcode, String report, String userId) {
        HazardCase hazardCase = inStage(caseNumber, CaseStage.DISPOSAL);
        if (report.isBlank()) {
            throw new InvalidInputException("disposalReport", "必填：处置情况报告");
        }
        reports.save(new DisposalReport(hazardCase.id(), hazardCase.disposalRound(), adcode, report, userId,
                clock.instant()));
        log.info("Case {} disposal reported by region {} (round {})", caseNumber, adcode, hazardCase.disposalRound());
    }

    void recordReview(String caseNumber, String adcode, Boolean accepted, String report, String userId) {
        HazardCase hazardCase = inStage(caseNumber, CaseStage.ACCEPTANCE);
        if (accepted == null) {
            throw new InvalidInputException("accepted", "必填：是否验收通过（true 或 false）");
        }
        if (report.isBlank()) {
            throw new InvalidInputException("acceptanceReport",
                    "必填：验收意见，不予通过时须写明理由");
        }
        reviews.save(new AcceptanceReview(hazardCase.id(), hazardCase.disposalRound(), adcode, accepted, report,
                userId, clock.instant()));
        log.info("Case {} acceptance by region {}: {} (round {})", caseNumber, adcode,
                accepted ? "accepted" : "rejected", hazardCase.disposalRound());
    }

    /** The verdict of the current round: accepted only when every review of the round accepts. */
    Verdict verdict(String caseNumber) {
        HazardCase hazardCase = cases.require(caseNumber);
        List<AcceptanceReview> round = reviews.findByCaseIdAndRoundOrderById(hazardCase.id(),
                hazardCase.disposalRound());
        List<AcceptanceReview> rejections = round.stream().filter(review -> !review.accepted()).toList();
        String reasons = rejections.stream()
                .map(review -> "- " + regionName(hazardCase, review.adcode()) + "："
                        + MarkdownText.escape(review.report()))
                .collect(Collectors.joining("\n"));
        return new Verdict(!round.isEmpty() && rejections.isEmpty(), reasons);
    }

    /** The disposal reports of the current round, as the acceptance form shows them. */
    String summary(String caseNumber) {
        HazardCase hazardCase = cases.require(caseNumber);
        return reports.findByCaseIdOrderById(hazardCase.id()).stream()
                .filter(report -> report.round() == hazardCase.disposalRound())
                .map(report -> "- " + regionName(hazardCase, report.adcode()) + "（" + report.reportedBy() + "）："
                        + MarkdownText.escape(report.report()))
                .collect(Collectors.joining("\n"));
    }

    public List<DisposalReport> disposalsOf(HazardCase hazardCase) {
        return reports.findByCaseIdOrderById(hazardCase.id());
    }

    public List<AcceptanceReview> reviewsOf(HazardCase hazardCase) {
        return reviews.findByCaseIdOrderById(hazardCase.id());
    }

    private HazardCase inStage(String caseNumber, CaseStage stage) {
        HazardCase hazardCase = cases.require(caseNumber);
        if (hazardCase.stage() != stage) {
            throw new IllegalCaseStateException("案件 " + caseNumber + " 当前处于 " + hazardCase.stage()
                    + " 阶段，而非 " + stage + " 阶段");
        }
        return hazardCase;
    }

    private static String regionName(HazardCase hazardCase, String adcode) {
        return hazardCase.region(adcode).map(region -> region.name()).orElse(adcode);
    }

    /** Whether a round was accepted, and the rejecting regions' reasons as a Markdown list. */
    record Verdict(boolean allAccepted, String rejectionReasons) {
    }
}
