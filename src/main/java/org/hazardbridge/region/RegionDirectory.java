package org.hazardbridge.region;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Finds the regions a point concerns: the district it lies in, the districts within an impact radius, and the
 * regions downstream on a river. Boundaries are GCJ-02; a WGS84 point is converted first.
 *
 * <p>Borders are decided deterministically, because boundaries from different files neither meet exactly nor
 * leave no gaps:
 * <ol>
 *   <li>a point inside (or on the boundary of) exactly one district belongs to it;</li>
 *   <li>a point inside several overlapping districts belongs to the one whose boundary is farthest from it, the one
 *       it lies deepest in; a tie goes to the smaller adcode;</li>
 *   <li>a point inside none belongs to the nearest district whose boundary is at most
 *       {@code hazardbridge.regions.border-tolerance-meters} away; a tie goes to the smaller adcode;</li>
 *   <li>any other point is refused with a {@link PointOutsideRegionsException}.</li>
 * </ol>
 * Distances are true ground distances in metres, measured in a local projection around the point.
 *
 * <p>The directory holds only derived state: an index built from the database on first use and rebuilt after each
 * import on this node. Another node rebuilds its own. A node does not notice an import made by another node until
 * its own next import or restart.
 */
@Component
public class RegionDirectory {

    private final RegionStore store;
    private final double borderToleranceMeters;
    private volatile RegionIndex index;

    RegionDirectory(RegionStore store, RegionProperties properties) {
        this.store = store;
        this.borderToleranceMeters = properties.borderToleranceMeters();
    }

    /**
     * The district containing the point.
     *
     * @throws PointOutsideRegionsException when the point lies in no district, not even within the tolerance
     */
    public RegionSummary locate(GeoPoint point, CoordinateSystem crs) {
        return index().locate(toGcj02(point, crs));
    }

    /**
     * The regions a hazard at the point concerns: its district, every district whose boundary comes within the
     * radius, and every region downstream of its district on a river.
     *
     * @param impactRadiusMeters zero or more
     * @throws PointOutsideRegionsException when the point lies in no district, not even within the tolerance
     */
    public AffectedArea affectedArea(GeoPoint point, CoordinateSystem crs, double impactRadiusMeters) {
        if (!(impactRadiusMeters >= 0) || Double.isInfinite(impactRadiusMeters)) {
            throw new IllegalArgumentException("impactRadiusMeters must be zero or more, was " + impactRadiusMeters);
        }
        return index().affectedArea(toGcj02(point, crs), impactRadiusMeters);
    }

    /** The region of any level with this adcode. */
    public Optional<RegionSummary> find(String adcode) {
        return index().find(Objects.requireNonNull(adcode, "adcode must not be null"));
    }

    /** Every district, sorted by adcode. */
    public List<RegionSummary> districts() {
        return index().districts();
    }

    /** Rebuilds the index from the database; called after an import. */
    void rebuild() {
        index = store.loadIndex(borderToleranceMeters);
    }

    private RegionIndex index() {
        RegionIndex current = index;
        if (current == null) {
            synchronized (this) {
                if (index == null) {
                    rebuild();
                }
                current = index;
            }
        }
        return current;
    }

    private static GeoPoint toGcj02(GeoPoint point, CoordinateSystem crs) {
        Objects.requireNonNull(point, "point must not be null");
        return CoordinateConverter.toGcj02(point, Objects.requireNonNull(crs, "crs must not be null"));
    }
}
