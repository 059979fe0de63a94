package org.hazardbridge.casefile.web;

import java.time.Instant;
import java.util.List;
import org.hazardbridge.common.InvalidInputException;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardCases;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/hazards/history?near=lon,lat&radiusMeters=&since=}: the public facts of past and open cases
 * near a point (GCJ-02), for any region checking the border it shares with another; nothing restricted or secret.
 */
@RestController
class NearbyHistoryController {

    private static final double EARTH_RADIUS_METERS = 6_371_008.8;
    private static final int MAX_RADIUS = 100_000;

    private final HazardCases cases;

    NearbyHistoryController(HazardCases cases) {
        this.cases = cases;
    }

    @GetMapping("/api/hazards/history")
    @Transactional(readOnly = true)
    public List<PublicCase> near(@RequestParam String near, @RequestParam int radiusMeters,
            @RequestParam(required = false) Instant since) {
        double[] point = point(near);
        if (radiusMeters < 0 || radiusMeters > MAX_RADIUS) {
            throw new InvalidInputException("radiusMeters", "半径须在 0 到 " + MAX_RADIUS + " 米之间");
        }
        double dLat = Math.toDegrees(radiusMeters / EARTH_RADIUS_METERS);
        double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(point[1])));
        return cases.within(point[0] - dLon, point[0] + dLon, point[1] - dLat, point[1] + dLat,
                        since == null ? Instant.EPOCH : since).stream()
                .filter(c -> distance(point, c) <= radiusMeters)
                .map(PublicCase::of).toList();
    }

    private static double[] point(String near) {
        String[] parts = near.split(",");
        try {
            double lon = Double.parseDouble(parts[0].strip());
            double lat = Double.parseDouble(parts[1].strip());
            if (parts.length == 2 && Math.abs(lon) <= 180 && Math.abs(lat) <= 90) {
                return new double[] {lon, lat};
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // answered below
        }
        throw new InvalidInputException("near", "须为“经度,纬度”（GCJ-02），例如 120.90,31.02");
    }

    /** Great-circle distance in metres (haversine), ample for a border search of a few kilometres. */
    private static double distance(double[] point, HazardCase c) {
        double lat1 = Math.toRadians(point[1]);
        double lat2 = Math.toRadians(c.facts().lat());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(c.facts().lon() - point[0]);
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** What any region may know of a case near its border. */
    record PublicCase(String caseNumber, String type, String typeName, double lon, double lat, String locationAdcode,
            String grade, String status, Instant reportedAt) {

        static PublicCase of(HazardCase c) {
            return new PublicCase(c.caseNumber(), c.facts().type().name(), c.facts().type().label(), c.facts().lon(),
                    c.facts().lat(), c.facts().locationAdcode(), c.grade() == null ? null : c.grade().name(),
                    c.status().name(), c.reportedAt());
        }
    }
}
