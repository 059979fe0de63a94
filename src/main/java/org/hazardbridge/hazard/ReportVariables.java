package org.hazardbridge.hazard;

import static org.hazardbridge.hazard.CaseVariables.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hazardbridge.common.FieldProblem;
import org.hazardbridge.common.InvalidInputException;

/**
 * Maps a report to the process variables of the start form and back. Tasklist submits numbers as Long or Double
 * and may submit strings; a value that cannot be read is reported against its form field.
 */
final class ReportVariables {

    private ReportVariables() {
    }

    static Map<String, Object> toVariables(HazardReportRequest report) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(HAZARD_TYPE, report.type());
        variables.put(TITLE, report.title());
        variables.put(DESCRIPTION, report.description());
        variables.put(LON, report.location().lon());
        variables.put(LAT, report.location().lat());
        variables.put(CRS, report.location().crs());
        variables.put(IMPACT_RADIUS_METERS, report.impactRadiusMeters());
        variables.put(POTENTIAL_DEATHS, report.consequences().potentialDeaths());
        variables.put(POTENTIAL_SERIOUS_INJURIES, report.consequences().potentialSeriousInjuries());
        variables.put(POTENTIAL_DIRECT_LOSS_YUAN, report.consequences().potentialDirectLossYuan());
        variables.put(SOCIAL_IMPACT, report.consequences().socialImpact());
        variables.put(MAJOR_HAZARD_SITUATION, report.majorHazardSituation());
        variables.putAll(report.localFacts());
        return variables;
    }

    static HazardReportRequest fromVariables(Map<String, Object> variables) {
        Reader reader = new Reader(variables);
        HazardReportRequest request = new HazardReportRequest(
                reader.text(HAZARD_TYPE), reader.text(TITLE), reader.text(DESCRIPTION),
                new HazardReportRequest.Location(reader.decimal(LON), reader.decimal(LAT), reader.text(CRS)),
                reader.wholeInt(IMPACT_RADIUS_METERS),
                new HazardReportRequest.Consequences(reader.whole(POTENTIAL_DEATHS),
                        reader.whole(POTENTIAL_SERIOUS_INJURIES), reader.whole(POTENTIAL_DIRECT_LOSS_YUAN),
                        reader.text(SOCIAL_IMPACT)),
                reader.flag(MAJOR_HAZARD_SITUATION), reader.localFacts());
        reader.throwIfUnreadable();
        return request;
    }

    /** Reads loosely typed values, collecting a problem for each value of the wrong kind. */
    private static final class Reader {

        private final Map<String, Object> variables;
        private final List<FieldProblem> problems = new ArrayList<>();

        Reader(Map<String, Object> variables) {
            this.variables = variables;
        }

        String text(String name) {
            Object value = variables.get(name);
            return value == null ? null : value.toString().strip();
        }

        Double decimal(String name) {
            Object value = variables.get(name);
            if (value == null || value instanceof Number) {
                return value == null ? null : ((Number) value).doubleValue();
            }
            try {
                return Double.valueOf(value.toString().strip());
            } catch (NumberFormatException e) {
                return unreadable(name, "须为数字");
            }
        }

        Long whole(String name) {
            Double value = decimal(name);
            if (value == null) {
                return null;
            }
            if (value != Math.rint(value)) {
                return unreadable(name, "须为整数");
            }
            if (Math.abs(value) > 9.0e15) {
                return unreadable(name, "超出允许范围");
            }
            return value.longValue();
        }

        Integer wholeInt(String name) {
            Long value = whole(name);
            if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
                return unreadable(name, "超出允许范围");
            }
            return value == null ? null : value.intValue();
        }

        Boolean flag(String name) {
            Object value = variables.get(name);
            if (value == null || value instanceof Boolean) {
                return value == null ? Boolean.FALSE : (Boolean) value;
            }
            String text = value.toString().strip();
            if (text.equals("true") || text.equals("false")) {
                return Boolean.valueOf(text);
            }
            return unreadable(name, "须为 true 或 false");
        }

        Map<String, Double> localFacts() {
            Map<String, Double> facts = new HashMap<>();
            for (String name : HazardReportRequest.LOCAL_FACTS) {
                Double value = decimal(name);
                if (value != null) {
                    facts.put(name, value);
                }
            }
            return facts;
        }

        private <T> T unreadable(String name, String rule) {
            problems.add(new FieldProblem(name, rule));
            return null;
        }

        void throwIfUnreadable() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
    }
}
