package org.hazardbridge.casefile.web;

import java.time.Instant;
import java.util.List;
import org.hazardbridge.classification.CaseFields;
import org.hazardbridge.disposal.AcceptanceReview;
import org.hazardbridge.disposal.DisposalReport;
import org.hazardbridge.evidence.Attachment;
import org.hazardbridge.hazard.CaseNotice;
import org.hazardbridge.hazard.CaseRegion;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardFacts;
import org.hazardbridge.hazard.StageRecord;
import org.hazardbridge.rules.DecisionRecord;

/** A case as {@code GET /api/hazards/{caseNumber}} shows it. */
record CaseFileView(
        String caseNumber, String id, String status, String stage, String stageName, String grade, String gradeName,
        String legalClass, String automaticGrade, String gradeBasis, List<Notice> notices,
        List<CaseFields.Shown> classified, String type, String typeName, String title, String description,
        Location location,
        int impactRadiusMeters, Consequences consequences, boolean majorHazardSituation, List<Region> regions,
        List<Region> notifiedRegions, Deadline deadline, List<Stage> stageHistory, List<Decision> decisions,
        List<Evidence> attachments, List<Disposal> disposals, List<Review> acceptances, String reportedBy,
        Instant reportedAt, Instant closedAt) {

    static CaseFileView of(HazardCase c, List<CaseFields.Shown> classified, List<CaseNotice> notices,
            List<DecisionRecord> decisions,
            List<Attachment> attachments, List<DisposalReport> disposals, List<AcceptanceReview> reviews) {
        HazardFacts f = c.facts();
        return new CaseFileView(c.caseNumber(), c.id().toString(), c.status().name(), c.stage().name(),
                c.stage().label(), name(c.grade()), c.grade() == null ? null : c.grade().label(), c.legalClass(),
                name(c.automaticGrade()), name(c.gradeBasis()), notices.stream().map(Notice::of).toList(), classified,
                f.type().name(), f.type().label(), f.title(), f.description(), Location.of(f),
                f.impactRadiusMeters(), Consequences.of(f), f.majorHazardSituation(),
                c.regions().stream().filter(r -> r.role() != null && r.role().isResponsible()).map(Region::of).toList(),
                c.regions().stream().filter(r -> r.role() != null && r.role().isNotified()).map(Region::of).toList(),
                c.currentStageRecord().map(Deadline::of).orElse(null),
                c.stages().stream().map(Stage::of).toList(), decisions.stream().map(Decision::of).toList(),
                attachments.stream().map(a -> Evidence.of(c.caseNumber(), a)).toList(),
                disposals.stream().map(Disposal::of).toList(), reviews.stream().map(Review::of).toList(),
                c.reportedBy(), c.reportedAt(), c.closedAt());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    record Notice(String adcode, String kind, String message, Instant createdAt) {

        static Notice of(CaseNotice n) {
            return new Notice(n.adcode(), n.kind(), n.message(), n.createdAt());
        }
    }

    record Location(String adcode, String name, double lon, double lat, String crs, Reported reported) {

        static Location of(HazardFacts f) {
            return new Location(f.locationAdcode(), f.locationName(), f.lon(), f.lat(), "GCJ02",
                    new Reported(f.reportedLon(), f.reportedLat(), f.reportedCrs()));
        }
    }

    record Reported(double lon, double lat, String crs) {
    }

    record Consequences(long potentialDeaths, long potentialSeriousInjuries, long potentialDirectLossYuan,
            String socialImpact) {

        static Consequences of(HazardFacts f) {
            return new Consequences(f.potentialDeaths(), f.potentialSeriousInjuries(), f.potentialDirectLossYuan(),
                    f.socialImpact().name());
        }
    }

    record Region(String adcode, String name, String role, String duty, List<String> relations,
            String acknowledgedBy, Instant acknowledgedAt) {

        static Region of(CaseRegion r) {
            return new Region(r.adcode(), r.name(), r.role().name(), r.duty(), relations(r), r.acknowledgedBy(),
                    r.acknowledgedAt());
        }

        private static List<String> relations(CaseRegion r) {
            return java.util.stream.Stream.of(r.isLocation() ? "LOCATION" : null,
                    r.withinRadius() ? "WITHIN_RADIUS" : null, r.downstream() ? "DOWNSTREAM" : null)
                    .filter(java.util.Objects::nonNull).toList();
        }
    }

    record Deadline(String stage, Instant dueAt, String limit, boolean overdue) {

        static Deadline of(StageRecord s) {
            return new Deadline(s.stage().name(), s.dueAt(), s.deadline(),
                    s.dueAt() != null && s.dueAt().isBefore(Instant.now()));
        }
    }

    record Stage(String stage, String name, int round, Instant enteredAt, Instant dueAt, String limit,
            Instant leftAt, Instant escalatedAt) {

        static Stage of(StageRecord s) {
            return new Stage(s.stage().name(), s.stage().label(), s.round(), s.enteredAt(), s.dueAt(), s.deadline(),
                    s.leftAt(), s.escalatedAt());
        }
    }

    record Decision(String decisionKey, int version, String decisionDefinitionId, String subject, String inputs,
            String outputs, Instant evaluatedAt) {

        static Decision of(DecisionRecord d) {
            return new Decision(d.decisionKey(), d.decisionVersion(), d.decisionDefinitionId(), d.subject(),
                    d.inputs(), d.outputs(), d.evaluatedAt());
        }
    }

    record Evidence(long id, String fileName, String contentType, long sizeBytes, String sha256, String url) {

        static Evidence of(String caseNumber, Attachment a) {
            return new Evidence(a.id(), a.fileName(), a.contentType(), a.sizeBytes(), a.sha256(),
                    "/api/hazards/" + caseNumber + "/attachments/" + a.id());
        }
    }

    record Disposal(int round, String adcode, String report, String reportedBy, Instant reportedAt) {

        static Disposal of(DisposalReport d) {
            return new Disposal(d.round(), d.adcode(), d.report(), d.reportedBy(), d.reportedAt());
        }
    }

    record Review(int round, String adcode, boolean accepted, String report, String reviewedBy, Instant reviewedAt) {

        static Review of(AcceptanceReview r) {
            return new Review(r.round(), r.adcode(), r.accepted(), r.report(), r.reviewedBy(), r.reviewedAt());
        }
    }
}
