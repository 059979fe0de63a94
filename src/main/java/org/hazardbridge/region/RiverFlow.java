package org.hazardbridge.region;

import java.util.List;

/**
 * A river as the regions it flows through.
 *
 * @param name the Chinese name
 * @param nameEn the English name, or {@code null}
 * @param adcodes the regions along the river, upstream first
 */
record RiverFlow(String name, String nameEn, List<String> adcodes) {

    RiverFlow {
        adcodes = List.copyOf(adcodes);
    }

    /** The regions after the given one, or none when the river does not pass it. */
    List<String> downstreamOf(String adcode) {
        int position = adcodes.indexOf(adcode);
        return position < 0 ? List.of() : adcodes.subList(position + 1, adcodes.size());
    }
}
