package org.hazardbridge.region;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes imports and reads back what the region index is built from. */
@Component
class RegionStore {

    private final RegionRepository regions;
    private final RiverRepository rivers;

    RegionStore(RegionRepository regions, RiverRepository rivers) {
        this.regions = regions;
        this.rivers = rivers;
    }

    /** Upserts every region and replaces all rivers, in one transaction: an import lands whole or not at all. */
    @Transactional
    public void write(ImportBatch batch, Instant importedAt) {
        Map<String, Region> existing = regions.findAllById(batch.regions().stream().map(ParsedRegion::adcode)
                .toList()).stream().collect(Collectors.toMap(Region::getId, Function.identity()));
        WKBWriter wkb = new WKBWriter();
        for (ParsedRegion parsed : batch.regions()) {
            Region region = existing.getOrDefault(parsed.adcode(), new Region(parsed.adcode()));
            region.importFrom(parsed.shape().summary(), wkb.write(parsed.shape().boundary()), importedAt,
                    parsed.file());
            regions.save(region);
        }
        regions.flush();

        rivers.deleteAll();
        // The old rivers must be gone before the new ones take their unique names.
        rivers.flush();
        rivers.saveAll(batch.rivers().stream().map(River::new).toList());
    }

    /** Builds the index from one consistent read of regions and rivers. */
    @Transactional(readOnly = true)
    public RegionIndex loadIndex(double borderToleranceMeters) {
        WKBReader wkb = new WKBReader();
        List<RegionShape> shapes = regions.findAll().stream().map(region -> toShape(region, wkb)).toList();
        List<RiverFlow> flows = rivers.findAllByOrderByIdAsc().stream().map(River::toFlow).toList();
        return new RegionIndex(shapes, flows, borderToleranceMeters);
    }

    private static RegionShape toShape(Region region, WKBReader wkb) {
        try {
            Geometry boundary = wkb.read(region.boundaryWkb());
            return new RegionShape(region.summary(), boundary);
        } catch (ParseException e) {
            throw new IllegalStateException("stored boundary of region " + region.getId() + " is not WKB", e);
        }
    }
}
