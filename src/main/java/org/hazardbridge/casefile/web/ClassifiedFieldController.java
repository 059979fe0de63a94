package org.hazardbridge.casefile.web;

import java.time.Instant;
import java.util.List;
import org.hazardbridge.classification.AccessLog;
import org.hazardbridge.classification.CaseFields;
import org.hazardbridge.classification.Level;
import org.hazardbridge.common.Caller;
import org.hazardbridge.common.Callers;
import org.hazardbridge.common.ForbiddenException;
import org.hazardbridge.common.InvalidInputException;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.security.CaseAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** One classified field of a case, raising its level, and the case's access log for its owning region. */
@RestController
@RequestMapping("/api/hazards/{caseNumber}")
class ClassifiedFieldController {

    private final CaseAccess access;
    private final CaseFields fields;
    private final AccessLog accessLog;

    ClassifiedFieldController(CaseAccess access, CaseFields fields, AccessLog accessLog) {
        this.access = access;
        this.fields = fields;
        this.accessLog = accessLog;
    }

    @GetMapping("/fields/{name}")
    CaseFields.Shown read(@PathVariable String caseNumber, @PathVariable String name) {
        HazardCase hazardCase = access.visible(caseNumber);
        return fields.read(caller(), caseNumber, name, CaseAccess.regionsOf(hazardCase), "API");
    }

    @PutMapping("/fields/{name}/level")
    CaseFields.Shown raise(@PathVariable String caseNumber, @PathVariable String name,
            @RequestBody LevelChange change) {
        access.visible(caseNumber);
        return fields.raise(caller(), caseNumber, name, level(change));
    }

    @GetMapping("/access-log")
    List<Access> accessLog(@PathVariable String caseNumber) {
        HazardCase hazardCase = access.visible(caseNumber);
        if (!caller().manages(hazardCase.facts().locationAdcode())) {
            throw new ForbiddenException("访问日志仅向案件所属地区负责人开放");
        }
        return accessLog.of(caseNumber).stream().map(r -> new Access(r.userId(), r.userRegions(), r.field(),
                r.path(), r.accessedAt(), r.allowed())).toList();
    }

    private static Level level(LevelChange change) {
        try {
            return Level.valueOf(change.level());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("level", "密级须为 PUBLIC、RESTRICTED 或 SECRET");
        }
    }

    private static Caller caller() {
        return Callers.current().orElseThrow();
    }

    /** The requested level. */
    record LevelChange(String level) {
    }

    /** One line of the access log. */
    record Access(String userId, String userRegions, String field, String path, Instant at, boolean allowed) {
    }
}
