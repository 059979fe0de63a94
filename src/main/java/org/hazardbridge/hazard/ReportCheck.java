package org.hazardbridge.hazard;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.hazardbridge.classification.CaseFields;
import org.hazardbridge.classification.Level;
import org.hazardbridge.common.FieldProblem;
import org.hazardbridge.common.InvalidInputException;
import org.hazardbridge.common.UnprocessableInputException;
import org.hazardbridge.region.CoordinateSystem;
import org.springframework.stereotype.Component;

/** Checks a report against its form rules and the product's vocabulary, and turns it into a typed report. */
@Component
class ReportCheck {

    private final Validator validator;

    ReportCheck(Validator validator) {
        this.validator = validator;
    }

    HazardReport check(HazardReportRequest request) {
        List<FieldProblem> problems = validator.validate(request).stream()
                .map(ReportCheck::toProblem)
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CaseFields.check("restricted", Level.RESTRICTED, request.restricted());
        CaseFields.check("secret", Level.SECRET, request.secret());
        return typed(request);
    }

    private static HazardReport typed(HazardReportRequest request) {
        HazardType type = HazardType.parse(request.type()).orElseThrow(() -> new UnprocessableInputException(
                "type", "未知的隐患类型 '" + request.type() + "'，可选：" + List.of(HazardType.values())));
        HazardReportRequest.Location location = request.location();
        HazardReportRequest.Consequences consequences = request.consequences();
        return new HazardReport(type, request.title().strip(), request.description().strip(),
                location.lon(), location.lat(), CoordinateSystem.valueOf(location.crs()),
                request.impactRadiusMeters(), consequences.potentialDeaths(),
                consequences.potentialSeriousInjuries(), consequences.potentialDirectLossYuan(),
                SocialImpact.valueOf(consequences.socialImpact()), request.majorHazardSituation(),
                request.localFacts());
    }

    private static FieldProblem toProblem(ConstraintViolation<HazardReportRequest> violation) {
        return new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage());
    }
}
