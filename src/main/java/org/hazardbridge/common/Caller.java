package org.hazardbridge.common;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who is calling the product's API and what they are: the regions they work for (from the groups
 * {@code officersN} and {@code managersN}), and whether they manage a region or supervise.
 */
public record Caller(String userId, Set<String> groups) {

    public static final String OFFICERS = "officers";
    public static final String MANAGERS = "managers";
    public static final String SUPERVISORS = "supervisors";
    public static final String ADMINS = "camunda-admin";

    private static final Pattern DISTRICT_GROUP = Pattern.compile("(?:" + OFFICERS + "|" + MANAGERS + ")(\\d{6})");

    public Caller {
        groups = Set.copyOf(groups);
    }

    /** The district (adcode) of a district's officers' or managers' group: the prefix and six digits. */
    public static Optional<String> districtOf(String groupId) {
        Matcher group = DISTRICT_GROUP.matcher(groupId);
        return group.matches() ? Optional.of(group.group(1)) : Optional.empty();
    }

    /** The adcodes of the regions the caller works for. */
    public Set<String> regions() {
        return groups.stream().filter(g -> g.startsWith(OFFICERS) || g.startsWith(MANAGERS))
                .map(g -> g.substring(g.startsWith(OFFICERS) ? OFFICERS.length() : MANAGERS.length()))
                .collect(Collectors.toSet());
    }

    public boolean supervises() {
        return groups.contains(SUPERVISORS) || groups.contains(ADMINS);
    }

    public boolean manages(String adcode) {
        return groups.contains(MANAGERS + adcode);
    }

    public boolean worksFor(String adcode) {
        return regions().contains(adcode);
    }

    /** Whether the caller takes part in a case whose notified regions are these, or supervises it. */
    public boolean takesPartIn(List<String> caseRegions) {
        return supervises() || caseRegions.stream().anyMatch(this::worksFor);
    }
}
