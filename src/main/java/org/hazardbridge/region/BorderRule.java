package org.hazardbridge.region;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Point;

/**
 * Decides which district a point belongs to among the districts near it, the same way every time:
 *
 * <ol>
 *   <li>inside (or on the boundary of) exactly one district: that district;</li>
 *   <li>inside several, where boundaries from different files overlap: the one whose boundary is farthest from
 *       the point, that is the one it lies deepest in; on a tie the smaller adcode;</li>
 *   <li>inside none: the nearest district whose boundary is at most the tolerance away, which closes the small gaps
 *       between files; on a tie the smaller adcode;</li>
 *   <li>otherwise none.</li>
 * </ol>
 *
 * Distances are ground distances in metres, measured in a {@link LocalProjection} around the point.
 */
final class BorderRule {

    private static final Comparator<Scored> DEEPEST_FIRST = Comparator.comparingDouble((Scored s) -> -s.meters())
            .thenComparing(s -> s.district().adcode());
    private static final Comparator<Scored> NEAREST_FIRST = Comparator.comparingDouble(Scored::meters)
            .thenComparing(s -> s.district().adcode());

    private final double toleranceMeters;

    BorderRule(double toleranceMeters) {
        this.toleranceMeters = toleranceMeters;
    }

    double toleranceMeters() {
        return toleranceMeters;
    }

    Optional<IndexedDistrict> decide(Point point, LocalProjection projection, List<IndexedDistrict> nearby) {
        List<IndexedDistrict> containing = nearby.stream().filter(district -> district.covers(point)).toList();
        if (containing.size() == 1) {
            return Optional.of(containing.get(0));
        }
        if (!containing.isEmpty()) {
            return containing.stream().map(district -> depth(district, projection)).min(DEEPEST_FIRST)
                    .map(Scored::district);
        }
        return nearby.stream().map(district -> distance(district, projection))
                .filter(scored -> scored.meters() <= toleranceMeters).min(NEAREST_FIRST).map(Scored::district);
    }

    private static Scored depth(IndexedDistrict district, LocalProjection projection) {
        return new Scored(district, projection.distanceFromCentreToBoundary(district.boundary()));
    }

    private static Scored distance(IndexedDistrict district, LocalProjection projection) {
        return new Scored(district, projection.distanceFromCentre(district.boundary()));
    }

    private record Scored(IndexedDistrict district, double meters) {
    }
}
