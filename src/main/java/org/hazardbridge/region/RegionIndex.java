package org.hazardbridge.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * An immutable, in-memory view of the stored regions: an STRtree over the district boundaries, every region by
 * adcode, and the rivers. It is derived state only, rebuilt from the database whenever it is needed.
 */
final class RegionIndex {

    private final GeometryFactory geometries = new GeometryFactory();
    private final STRtree districtTree = new STRtree();
    private final Map<String, RegionSummary> regions = new TreeMap<>();
    private final List<RegionSummary> districts = new ArrayList<>();
    private final List<RiverFlow> rivers;
    private final BorderRule borders;

    RegionIndex(Collection<RegionShape> shapes, List<RiverFlow> rivers, double borderToleranceMeters) {
        this.rivers = List.copyOf(rivers);
        this.borders = new BorderRule(borderToleranceMeters);
        shapes.forEach(shape -> regions.put(shape.adcode(), shape.summary()));
        shapes.stream().filter(shape -> shape.summary().level() == RegionLevel.DISTRICT).forEach(this::insert);
        // Built now, so that concurrent queries only ever read the tree.
        districtTree.build();
        regions.values().stream().filter(region -> region.level() == RegionLevel.DISTRICT).forEach(districts::add);
    }

    RegionSummary locate(GeoPoint gcj02) {
        return locateDistrict(gcj02, new LocalProjection(gcj02)).summary();
    }

    AffectedArea affectedArea(GeoPoint gcj02, double impactRadiusMeters) {
        LocalProjection projection = new LocalProjection(gcj02);
        IndexedDistrict location = locateDistrict(gcj02, projection);
        Map<String, AffectedRegion> affected = new TreeMap<>();
        affected.put(location.adcode(), new AffectedRegion(location.summary(), true, false, false));

        Point point = toPoint(gcj02);
        for (IndexedDistrict district : query(projection.envelopeAround(impactRadiusMeters))) {
            if (district.distanceTo(point, projection) <= impactRadiusMeters) {
                affected.merge(district.adcode(), new AffectedRegion(district.summary(), false, true, false),
                        RegionIndex::combine);
            }
        }
        downstreamOf(location.adcode()).forEach(region -> affected.merge(region.adcode(),
                new AffectedRegion(region, false, false, true), RegionIndex::combine));
        return new AffectedArea(gcj02, location.summary(), locationFirst(affected, location.adcode()));
    }

    Optional<RegionSummary> find(String adcode) {
        return Optional.ofNullable(regions.get(adcode));
    }

    List<RegionSummary> districts() {
        return List.copyOf(districts);
    }

    private void insert(RegionShape shape) {
        districtTree.insert(shape.boundary().getEnvelopeInternal(), IndexedDistrict.of(shape));
    }

    private IndexedDistrict locateDistrict(GeoPoint gcj02, LocalProjection projection) {
        List<IndexedDistrict> nearby = query(projection.envelopeAround(borders.toleranceMeters()));
        return borders.decide(toPoint(gcj02), projection, nearby)
                .orElseThrow(() -> new PointOutsideRegionsException(gcj02));
    }

    @SuppressWarnings("unchecked")
    private List<IndexedDistrict> query(Envelope envelope) {
        return districtTree.query(envelope);
    }

    private List<RegionSummary> downstreamOf(String adcode) {
        // Import validation and the foreign key keep every river adcode a stored region.
        return rivers.stream().flatMap(river -> river.downstreamOf(adcode).stream())
                .map(regions::get).toList();
    }

    private Point toPoint(GeoPoint point) {
        return geometries.createPoint(new Coordinate(point.lon(), point.lat()));
    }

    private static AffectedRegion combine(AffectedRegion a, AffectedRegion b) {
        return new AffectedRegion(a.region(), a.location() || b.location(), a.withinRadius() || b.withinRadius(),
                a.downstream() || b.downstream());
    }

    private static List<AffectedRegion> locationFirst(Map<String, AffectedRegion> affected, String location) {
        List<AffectedRegion> ordered = new ArrayList<>();
        ordered.add(affected.remove(location));
        ordered.addAll(affected.values());
        return ordered;
    }
}
