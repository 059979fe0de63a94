package org.hazardbridge.hazard;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tells the regions of a case what happened; each notice is kept with the case. */
@Service
@Transactional
public class CaseNotices {

    private final CaseNoticeRepository notices;
    private final Clock clock;

    CaseNotices(CaseNoticeRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    public void tell(HazardCase hazardCase, List<String> adcodes, String kind, String message) {
        adcodes.forEach(adcode -> notices.save(new CaseNotice(hazardCase.id(), adcode, kind, message,
                clock.instant())));
    }

    @Transactional(readOnly = true)
    public List<CaseNotice> of(HazardCase hazardCase) {
        return notices.findByCaseIdOrderById(hazardCase.id());
    }
}
