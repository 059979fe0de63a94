package org.hazardbridge.hazard.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.hazardbridge.common.InvalidInputException;
import org.hazardbridge.hazard.CaseRegion;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardIntake;
import org.hazardbridge.hazard.HazardReportRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/hazards}: reports a hazard and answers with its case number, grade and responsible regions. */
@RestController
@RequestMapping("/api/hazards")
class HazardReportController {

    private static final Pattern REPORT_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final HazardIntake intake;

    HazardReportController(HazardIntake intake) {
        this.intake = intake;
    }

    /**
     * 201 with the new case; with an {@code Idempotency-Key} the reporter already used for this report, 200 with
     * the case that report made, so a client may send a report again whenever it did not get an answer.
     */
    @PostMapping
    ResponseEntity<ReportAnswer> report(@Valid @RequestBody HazardReportRequest request,
            @RequestHeader(name = HazardIntake.REPORT_KEY_HEADER, required = false) String reportKey) {
        if (reportKey != null && !REPORT_KEY.matcher(reportKey).matches()) {
            throw new InvalidInputException(HazardIntake.REPORT_KEY_HEADER,
                    "须为 1 至 64 个字母、数字或 . _ : - 组成的键（如 UUID）");
        }
        HazardIntake.Intake outcome = intakeOf(request, reportKey);
        HazardCase hazardCase = outcome.hazardCase();
        URI location = URI.create("/api/hazards/" + hazardCase.caseNumber());
        return (outcome.created() ? ResponseEntity.created(location) : ResponseEntity.ok().location(location))
                .body(ReportAnswer.of(hazardCase));
    }

    private HazardIntake.Intake intakeOf(HazardReportRequest request, String reportKey) {
        try {
            return intake.report(request, reportKey);
        } catch (RuntimeException e) {
            // The same key sent twice at the same moment: the second insert met the first's unique key.
            if (reportKey != null) {
                var earlier = intake.reportedEarlier(reportKey, request);
                if (earlier.isPresent()) {
                    return new HazardIntake.Intake(earlier.get(), false);
                }
            }
            throw e;
        }
    }

    /** The answer to a report. */
    record ReportAnswer(String caseNumber, String grade, String legalClass, String status, String stage,
            List<RegionAnswer> regions, List<RegionAnswer> notifiedRegions) {

        static ReportAnswer of(HazardCase hazardCase) {
            List<CaseRegion> regions = hazardCase.regions();
            return new ReportAnswer(hazardCase.caseNumber(), hazardCase.grade().name(), hazardCase.legalClass(),
                    hazardCase.status().name(), hazardCase.stage().name(),
                    regions.stream().filter(r -> r.role().isResponsible()).map(RegionAnswer::of).toList(),
                    regions.stream().filter(r -> r.role().isNotified()).map(RegionAnswer::of).toList());
        }
    }

    /** A region's part in the case. */
    record RegionAnswer(String adcode, String name, String role, String duty) {

        static RegionAnswer of(CaseRegion region) {
            return new RegionAnswer(region.adcode(), region.name(), region.role().name(), region.duty());
        }
    }
}
