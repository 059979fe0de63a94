package org.hazardbridge.hazard;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.hazardbridge.audit.CaseTrace;
import org.hazardbridge.audit.TraceAction;
import org.hazardbridge.classification.CaseFields;
import org.hazardbridge.classification.Level;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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

    HazardIntake(ReportCheck check, RegionDirectory regions, CaseNumberAllocator caseNumbers,
            HazardCaseRepository cases, RuntimeService runtime, HazardProperties properties, CaseFields fields,
            CaseTrace trace, Clock clock) {
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

    /** Starts a case from a report; returns it graded and split, with its notices sent. */
    @Transactional
    public HazardCase report(HazardReportRequest request) {
        check.check(request);
        ProcessInstance instance = runtime.startProcessInstanceByKey(
                properties.processKey(), ReportVariables.toVariables(request));
        HazardCase hazardCase = cases.findByProcessInstanceId(instance.getId()).orElseThrow(() ->
                new IllegalStateException("process " + instance.getId() + " did not register its case"));
        storeClassified(hazardCase, request);
        return hazardCase;
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
