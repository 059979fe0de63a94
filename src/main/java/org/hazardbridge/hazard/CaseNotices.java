package org.hazardbridge.hazard;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.hazardbridge.audit.CaseTrace;
import org.hazardbridge.audit.TraceAction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tells the regions of a case what happened; each notice is kept with the case. */
@Service
@Transactional
public class CaseNotices {

    private final CaseNoticeRepository notices;
    private final CaseTrace trace;
    private final Clock clock;

    CaseNotices(CaseNoticeRepository notices, CaseTrace trace, Clock clock) {
        this.notices = notices;
        this.trace = trace;
        this.clock = clock;
    }

    public void tell(HazardCase hazardCase, List<String> adcodes, String kind, String message) {
        adcodes.forEach(adcode -> notices.save(new CaseNotice(hazardCase.id(), adcode, kind, message,
                clock.instant())));
        trace.record(hazardCase.caseNumber(), TraceAction.NOTICE_SENT, Map.of("kind", kind, "message", message,
                "regions", adcodes));
    }

    @Transactional(readOnly = true)
    public List<CaseNotice> of(HazardCase hazardCase) {
        return notices.findByCaseIdOrderById(hazardCase.id());
    }
}
