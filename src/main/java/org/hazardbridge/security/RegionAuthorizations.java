package org.hazardbridge.security;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.hazardbridge.audit.CaseTrace;
import org.hazardbridge.audit.TraceAction;
import org.hazardbridge.common.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Lets the regions that take part in a case see it in Tasklist, Cockpit and the engine's REST API: their officers'
 * and managers' groups get READ on the case's process instance and its history. Tasks are visible to their
 * candidate groups through the engine's own task authorizations.
 */
@Service
public class RegionAuthorizations {

    private static final Logger log = LoggerFactory.getLogger(RegionAuthorizations.class);

    private final AuthorizationService authorizations;
    private final CaseTrace trace;

    RegionAuthorizations(AuthorizationService authorizations, CaseTrace trace) {
        this.authorizations = authorizations;
        this.trace = trace;
    }

    /** Grants the regions (adcodes) read access to the process instance and its history. */
    public void grantCase(String caseNumber, String processInstanceId, List<String> adcodes) {
        List<String> groups = adcodes.stream()
                .flatMap(adcode -> Stream.of(Caller.OFFICERS + adcode, Caller.MANAGERS + adcode)).toList();
        Grants.grantEach(authorizations, groups, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
        Grants.grantEach(authorizations, groups, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
                HistoricProcessInstancePermissions.READ);
        trace.record(caseNumber, TraceAction.AUTHORIZATIONS_GRANTED, Map.of("processInstanceId", processInstanceId,
                "regions", adcodes, "permissions", List.of("PROCESS_INSTANCE:READ", "HISTORIC_PROCESS_INSTANCE:READ")));
        log.info("Case {} visible in the engine to regions {}", caseNumber, adcodes);
    }
}
