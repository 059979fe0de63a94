package org.hazardbridge.classification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazardbridge.audit.CaseTrace;
import org.hazardbridge.audit.TraceAction;
import org.hazardbridge.common.Caller;
import org.hazardbridge.common.ConflictException;
import org.hazardbridge.common.FieldProblem;
import org.hazardbridge.common.InvalidInputException;
import org.hazardbridge.common.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The restricted and secret fields of cases. They never enter process variables or engine history: the report API
 * and the task listeners hand them here. Each viewer gets only what their role and region allow, and every read of
 * a value, allowed or refused, goes to the access log.
 */
@Service
@Transactional
public class CaseFields {

    private static final Logger log = LoggerFactory.getLogger(CaseFields.class);
    private static final int MAX_LENGTH = 4000;

    private final CaseFieldRepository fields;
    private final AccessLog accessLog;
    private final CaseTrace trace;
    private final SecretCipher cipher;
    private final Clock clock;

    CaseFields(CaseFieldRepository fields, AccessLog accessLog, CaseTrace trace, SecretCipher cipher, Clock clock) {
        this.fields = fields;
        this.trace = trace;
        this.accessLog = accessLog;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Checks fields submitted under the given levels: known names, not below their default, not too long. */
    public static void check(String prefix, Level level, Map<String, String> submitted) {
        List<FieldProblem> problems = new ArrayList<>();
        submitted.forEach((name, value) -> problem(prefix + "." + name, name, level, value)
                .ifPresent(problems::add));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Stores fields for a case, owned by {@code ownerAdcode}; a field stored again keeps its higher level. */
    public void store(UUID caseId, String caseNumber, String ownerAdcode, Level level, Map<String, String> values,
            String setBy) {
        check(level.name().toLowerCase(), level, values);
        values.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            CaseField field = fields.findByCaseNumberAndNameAndOwnerAdcode(caseNumber, name, ownerAdcode)
                    .orElseGet(() -> new CaseField(caseId, caseNumber, name, ownerAdcode, setBy, clock.instant()));
            Level kept = field.level() != null && level.isBelow(field.level()) ? field.level() : level;
            field.store(kept, value.strip(), cipher);
            fields.save(field);
            trace.record(caseNumber, TraceAction.CLASSIFIED_STORED,
                    Map.of("field", name, "level", kept.name(), "ownerAdcode", ownerAdcode, name, value.strip()),
                    setBy);
            log.info("Case {} field {} stored as {} for region {}", caseNumber, name, kept, ownerAdcode);
        });
    }

    /** The fields of a case as this caller may see them; values shown are logged as reads on {@code path}. */
    @Transactional
    public List<Shown> shownTo(Caller caller, String caseNumber, List<String> participating, String path) {
        return fields.findByCaseNumberOrderById(caseNumber).stream()
                .sorted(Comparator.comparing(CaseField::name).thenComparing(CaseField::ownerAdcode))
                .map(field -> show(caller, field, participating, path))
                .toList();
    }

    /** One field's value, for a caller who asks for it by name; a refusal is logged and answered 403. */
    public Shown read(Caller caller, String caseNumber, String name, List<String> participating, String path) {
        CaseField field = pick(caller, caseNumber, name);
        boolean allowed = mayRead(caller, field, participating);
        accessLog.record(caller, caseNumber, name, path, allowed);
        if (!allowed) {
            throw new FieldRefusedException(name, field.level());
        }
        return new Shown(name, field.level(), field.ownerAdcode(), field.value(cipher), false);
    }

    /** Raises a field's level; only its reporter or a manager of its owning region may, and never lower it. */
    public Shown raise(Caller caller, String caseNumber, String name, Level level) {
        CaseField field = pick(caller, caseNumber, name);
        if (!caller.userId().equals(field.setBy()) && !caller.manages(field.ownerAdcode())) {
            throw new FieldRefusedException(name, field.level());
        }
        if (level.isBelow(field.level())) {
            throw new ConflictException("字段 " + name + " 当前为 " + field.level()
                    + "，只能提高密级，不能降为 " + level);
        }
        field.store(level, field.value(cipher), cipher);
        trace.record(caseNumber, TraceAction.CLASSIFIED_RAISED, Map.of("field", name, "level", level.name()),
                caller.userId());
        log.info("Case {} field {} raised to {} by {}", caseNumber, name, level, caller.userId());
        return new Shown(name, level, field.ownerAdcode(), null, true);
    }

    /** The field of that name the caller's own region gave, if any, else the first one given. */
    private CaseField pick(Caller caller, String caseNumber, String name) {
        List<CaseField> given = fields.findByCaseNumberAndNameOrderById(caseNumber, name);
        return given.stream().filter(field -> caller.worksFor(field.ownerAdcode())).findFirst()
                .or(() -> given.stream().findFirst())
                .orElseThrow(() -> new NotFoundException("案件 " + caseNumber + " 没有字段 " + name));
    }

    private Shown show(Caller caller, CaseField field, List<String> participating, String path) {
        if (!mayRead(caller, field, participating)) {
            return new Shown(field.name(), field.level(), field.ownerAdcode(), null, true);
        }
        accessLog.record(caller, field.caseNumber(), field.name(), path, true);
        return new Shown(field.name(), field.level(), field.ownerAdcode(), field.value(cipher), false);
    }

    /**
     * Restricted: the owning region, managers of participating regions and supervisors. Secret: only the owning
     * region.
     */
    static boolean mayRead(Caller caller, CaseField field, List<String> participating) {
        if (caller.worksFor(field.ownerAdcode())) {
            return true;
        }
        return field.level() == Level.RESTRICTED
                && (caller.supervises() || participating.stream().anyMatch(caller::manages));
    }

    private static java.util.Optional<FieldProblem> problem(String path, String name, Level level, String value) {
        java.util.Optional<Level> defaultLevel = FieldCatalog.defaultLevel(name);
        if (defaultLevel.isEmpty()) {
            return java.util.Optional.of(new FieldProblem(path,
                    "未知的分级字段，可选：" + FieldCatalog.DEFAULTS.keySet()));
        }
        if (level.isBelow(defaultLevel.get())) {
            return java.util.Optional.of(new FieldProblem(path,
                    "该字段默认为 " + defaultLevel.get() + "，不能降低密级"));
        }
        if (value != null && value.length() > MAX_LENGTH) {
            return java.util.Optional.of(new FieldProblem(path, "不得超过 " + MAX_LENGTH + " 字"));
        }
        return java.util.Optional.empty();
    }

    /** A field as one viewer sees it: its value, or {@code withheld} without one. */
    public record Shown(String name, Level level, String ownerAdcode, String value, boolean withheld) {
    }
}
