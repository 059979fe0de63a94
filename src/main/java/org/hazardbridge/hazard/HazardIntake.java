package org.hazardbridge.hazard;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hazardbridge.audit.CaseTrace;
import org.hazardbridge.audit.EntryHash;
import org.hazardbridge.audit.TraceAction;
import org.hazardbridge.classification.CaseFields;
import org.hazardbridge.classification.Level;
import org.hazardbridge.common.Database;
import org.hazardbridge.common.UnprocessableInputException;
import org.hazardbridge.region.AffectedArea;
import org.hazardbridge.region.AffectedRegion;
import org.hazardbridge.region.GeoPoint;
import org.hazardbridge.region.PointOutsideRegionsException;
import org.hazardbridge.region.RegionDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes hazard reports in. Both ways in, the REST API and the start form in Tasklist, start the process with the
 * report as variables; its first step registers the case here, so there is one path and one set of checks.
 */
@Service
public class HazardIntake {

    /** The HTTP header that carries a report's key. */
    public static final String REPORT_KEY_HEADER = "Idempotency-Key";

    private static final Logger log = LoggerFactory.getLogger(HazardIntake.class);

    private final ReportCheck check;
    private final RegionDirectory regions;
    private final CaseNumberAllocator caseNumbers;
    private final HazardCaseRepository cases;
    private final RuntimeService runtime;
    private final HazardProperties properties;
    private final CaseFields fields;
    private final CaseTrace trace;
    private final Clock clock;
    private final IdentityService identity;
    private final ReportKeyLock reportKeys;
    private final Database database;

    HazardIntake(ReportCheck check, RegionDirectory regions, CaseNumberAllocator caseNumbers,
            HazardCaseRepository cases, RuntimeService runtime, HazardProperties properties, CaseFields fields,
            CaseTrace trace, Clock clock, IdentityService identity, ReportKeyLock reportKeys, Database database) {
        this.identity = identity;
        this.reportKeys = reportKeys;
        this.database = database;
        this.fields = fields;
        this.trace = trace;
        this.check = check;
        this.regions = regions;
        this.caseNumbers = caseNumbers;
        this.cases = cases;
        this.runtime = runtime;
        this.properties = properties;
        this.clock = clock;
    }

    /** A case a report made now ({@code created}), or the one an earlier report under the same key made. */
    public record Intake(HazardCase hazardCase, boolean created) {
    }

    /** Starts a case from a report; returns it graded and split, with its notices sent. */
    @Transactional
    public HazardCase report(HazardReportRequest request) {
        return report(request, null).hazardCase();
    }

    /**
     * Starts a case from a report, unless the calling user already reported it under {@code reportKey} (a client
     * sending again after a lost answer): then that case is returned and nothing new is made.
     */
    @Transactional
    public Intake report(HazardReportRequest request, String reportKey) {
        check.check(request);
        // A report inserts its case and looks rows up by key: planning each statement anew costs PostgreSQL over a
        // third of its CPU per report and gains nothing here (bench/RESULTS.md).
        database.reuseGenericPlansInThisTransaction();
        String digest = reportKey == null ? null : digest(request);
        if (reportKey != null) {
            var caller = identity.getCurrentAuthentication();
            if (caller != null) {
                // A concurrent send under this key waits here for the first to commit, then finds its case.
                reportKeys.lock(caller.getUserId(), reportKey);
            }
            Optional<HazardCase> earlier = reportedEarlier(reportKey, digest);
            if (earlier.isPresent()) {
                return new Intake(earlier.get(), false);
            }
        }
        ProcessInstance instance = runtime.startProcessInstanceByKey(
                properties.processKey(), ReportVariables.toVariables(request));
        HazardCase hazardCase = cases.findByProcessInstanceId(instance.getId()).orElseThrow(() ->
                new IllegalStateException("process " + instance.getId() + " did not register its case"));
        if (reportKey != null) {
            // Saved with the case at commit; the unique key on reporter and key stays as the last word.
            hazardCase.keyReport(reportKey, digest);
        }
        storeClassified(hazardCase, request);
        return new Intake(hazardCase, true);
    }

    /**
     * The case the calling user reported earlier under this key; refuses the key if it was given to a different
     * report.
     */
    @Transactional(readOnly = true)
    public Optional<HazardCase> reportedEarlier(String reportKey, HazardReportRequest request) {
        return reportedEarlier(reportKey, digest(request));
    }

    private Optional<HazardCase> reportedEarlier(String reportKey, String digest) {
        var caller = identity.getCurrentAuthentication();
        if (caller == null) {
            return Optional.empty();
        }
        Optional<HazardCase> earlier = cases.findByReportedByAndReportKey(caller.getUserId(), reportKey);
        earlier.filter(found -> !digest.equals(found.reportDigest())).ifPresent(found -> {
            throw new UnprocessableInputException(REPORT_KEY_HEADER,
                    "该键已用于另一份报告（" + found.caseNumber()
                    + "）；新的报告请用新的键");
        });
        return earlier;
    }

    /** What identifies a report's content under its key: SHA-256 over its facts, maps in key order. */
    private static String digest(HazardReportRequest request) {
        return EntryHash.sha256Hex(new TreeMap<>(ReportVariables.toVariables(request)) + "|"
                + new TreeMap<>(request.restricted()) + "|" + new TreeMap<>(request.secret()));
    }

    /** Registers the case of a starting process: locates it, numbers it and stores it. */
    @Transactional
    HazardCase register(HazardReportRequest request, String processInstanceId, String reporter) {
        HazardReport report = check.check(request);
        AffectedArea area = locate(report);
        String caseNumber = caseNumbers.next(area.location().adcode());
        HazardFacts facts = new HazardFacts(report, area.location().adcode(), area.location().name(),
                area.gcj02Point().lon(), area.gcj02Point().lat());
        HazardCase hazardCase = new HazardCase(caseNumber, facts, reporter, clock.instant());
        hazardCase.attachProcess(processInstanceId);
        area.regions().forEach(region -> hazardCase.addAffectedRegion(toCaseRegion(region)));
        cases.save(hazardCase);
        trace.open(hazardCase.id(), caseNumber);
        trace.record(caseNumber, TraceAction.CASE_REPORTED, tracedReport(hazardCase), reporter);
        log.info("Case {} reported in {} ({}), {} regions affected", caseNumber, area.location().name(),
                area.location().adcode(), area.regions().size());
        return hazardCase;
    }

    private void storeClassified(HazardCase hazardCase, HazardReportRequest request) {
        String owner = hazardCase.facts().locationAdcode();
        fields.store(hazardCase.id(), hazardCase.caseNumber(), owner, Level.RESTRICTED, request.restricted(),
                hazardCase.reportedBy());
        fields.store(hazardCase.id(), hazardCase.caseNumber(), owner, Level.SECRET, request.secret(),
                hazardCase.reportedBy());
    }

    /** The first entry of the case's trace (issue 5): the public facts reported and the regions affected. */
    private static Map<String, Object> tracedReport(HazardCase hazardCase) {
        HazardFacts f = hazardCase.facts();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("caseId", hazardCase.id());
        report.put("processInstanceId", hazardCase.processInstanceId());
        report.put("type", f.type());
        report.put("title", f.title());
        report.put("description", f.description());
        report.put("location", Map.of("adcode", f.locationAdcode(), "name", f.locationName(), "lon", f.lon(),
                "lat", f.lat(), "reported", Map.of("lon", f.reportedLon(), "lat", f.reportedLat(),
                        "crs", f.reportedCrs())));
        report.put("impactRadiusMeters", f.impactRadiusMeters());
        report.put("consequences", Map.of("potentialDeaths", f.potentialDeaths(), "potentialSeriousInjuries",
                f.potentialSeriousInjuries(), "potentialDirectLossYuan", f.potentialDirectLossYuan(),
                "socialImpact", f.socialImpact()));
        report.put("majorHazardSituation", f.majorHazardSituation());
        report.put("localFacts", f.localFacts());
        report.put("affectedRegions", hazardCase.regions().stream().map(r -> Map.of("adcode", r.adcode(),
                "name", r.name(), "location", r.isLocation(), "withinRadius", r.withinRadius(),
                "downstream", r.downstream())).toList());
        return report;
    }

    private AffectedArea locate(HazardReport report) {
        try {
            return regions.affectedArea(new GeoPoint(report.lon(), report.lat()), report.crs(),
                    report.impactRadiusMeters());
        } catch (PointOutsideRegionsException e) {
            throw new UnprocessableInputException("location", e.getMessage());
        }
    }

    private static CaseRegion toCaseRegion(AffectedRegion affected) {
        return new CaseRegion(affected.region().adcode(), affected.region().name(), affected.location(),
                affected.withinRadius(), affected.downstream());
    }
}
