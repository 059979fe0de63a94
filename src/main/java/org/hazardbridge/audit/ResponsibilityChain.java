package org.hazardbridge.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The chain of responsibility of a case as its trace tells it: who discovered it, who split responsibility and on
 * which table version and inputs, which region disposed of what, who accepted, and when the case closed. Read only
 * from the trace, and given with the trace's verdict, so that it is as trustworthy as the trace is intact.
 *
 * @param closed null while the case is open
 */
public record ResponsibilityChain(String caseNumber, String caseId, Verdict trace, Act discovered, Split split,
        List<RegionAct> disposals, List<RegionAct> acceptances, Act closed) {

    // Names of the model this chain reads (the jurisdiction table, hazard-case's variables and form fields, see
    // hazard/CaseVariables); the audit feature is below the others and cannot refer to their constants.
    static final String JURISDICTION = "jurisdiction";
    static final String NOTIFIED_REGIONS = "notifiedRegions";
    static final String RESPONSIBLE_REGIONS = "responsibleRegions";
    static final String DISPOSAL_REPORT = "disposalReport";
    static final String ACCEPTED = "accepted";

    /** Who did something, for which region, when, and what of it the trace holds. */
    public record Act(long sequence, String at, String by, String byRegion, JsonNode details) {

        static Act of(TraceDocument.Entry entry, JsonNode details) {
            return new Act(entry.sequence(), entry.time(), entry.user(), entry.region(), details);
        }
    }

    /** The split: who ran it, each region's evaluation of the jurisdiction table, the resulting region lists. */
    public record Split(Act by, List<Act> decisions, JsonNode notifiedRegions, JsonNode responsibleRegions) {
    }

    /** A region's disposal or acceptance. */
    public record RegionAct(String forRegion, Act act) {
    }

    static ResponsibilityChain of(TraceDocument trace, Verdict verdict) {
        List<TraceDocument.Entry> entries = trace.entries();
        Act discovered = first(entries, action(TraceAction.CASE_REPORTED)).map(e -> Act.of(e, e.payload()))
                .orElse(null);
        Act closed = first(entries, action(TraceAction.PROCESS_COMPLETED)
                .and(e -> e.payload().path("topLevel").asBoolean())).map(e -> Act.of(e, null)).orElse(null);
        return new ResponsibilityChain(trace.caseNumber(), trace.caseId(), verdict, discovered, split(entries),
                completions(entries, DISPOSAL_REPORT), completions(entries, ACCEPTED), closed);
    }

    private static Split split(List<TraceDocument.Entry> entries) {
        List<Act> decisions = entries.stream().filter(action(TraceAction.DECISION_EVALUATED)
                .and(e -> JURISDICTION.equals(e.payload().path("decisionKey").asText())))
                .map(e -> Act.of(e, e.payload())).toList();
        Optional<TraceDocument.Entry> result = entries.stream().filter(action(TraceAction.STEP_COMPLETED)
                .and(e -> e.payload().path("changed").has(RESPONSIBLE_REGIONS))).reduce((a, b) -> b);
        if (decisions.isEmpty() && result.isEmpty()) {
            return null;
        }
        Act by = decisions.isEmpty() ? Act.of(result.get(), null) : withoutDetails(decisions.get(0));
        return new Split(by, decisions, changed(result, NOTIFIED_REGIONS), changed(result, RESPONSIBLE_REGIONS));
    }

    private static JsonNode changed(Optional<TraceDocument.Entry> step, String variable) {
        return step.map(e -> e.payload().path("changed").path(variable)).orElse(null);
    }

    private static List<RegionAct> completions(List<TraceDocument.Entry> entries, String field) {
        return entries.stream().filter(action(TraceAction.TASK_COMPLETED)
                .and(e -> e.payload().path("values").has(field)))
                .map(e -> new RegionAct(e.payload().path("forRegion").asText(null),
                        Act.of(e, e.payload().path("values"))))
                .toList();
    }

    private static Act withoutDetails(Act act) {
        return new Act(act.sequence(), act.at(), act.by(), act.byRegion(), null);
    }

    private static Predicate<TraceDocument.Entry> action(String action) {
        return entry -> action.equals(entry.action());
    }

    private static Optional<TraceDocument.Entry> first(List<TraceDocument.Entry> entries,
            Predicate<TraceDocument.Entry> which) {
        return entries.stream().filter(which).findFirst();
    }
}
