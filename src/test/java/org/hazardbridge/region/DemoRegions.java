package org.hazardbridge.region;

import java.util.List;
import org.springframework.core.io.DefaultResourceLoader;

/** The demo data of {@code classpath:regions/}, read once, and directories built on it without a database. */
final class DemoRegions {

    static final String QINGPU = "310118";
    static final String WUJIANG = "320509";
    static final String JIASHAN = "330421";
    static final String SONGJIANG = "310117";
    static final String MINHANG = "310112";

    private static final ImportBatch BATCH = new RegionSourceReader(new DefaultResourceLoader())
            .read(RegionProperties.defaults());

    private DemoRegions() {
    }

    static ImportBatch batch() {
        return BATCH;
    }

    static RegionDirectory directory() {
        return directory(RegionProperties.DEFAULT_BORDER_TOLERANCE_METERS);
    }

    static RegionDirectory directory(double borderToleranceMeters) {
        return directoryOf(shapes(), borderToleranceMeters);
    }

    static List<RegionShape> shapes() {
        return BATCH.regions().stream().map(ParsedRegion::shape).toList();
    }

    /** A directory over the given shapes and the demo rivers, its index built in the order given. */
    static RegionDirectory directoryOf(List<RegionShape> shapes, double borderToleranceMeters) {
        RegionStore store = new RegionStore(null, null) {
            @Override
            public RegionIndex loadIndex(double toleranceMeters) {
                return new RegionIndex(shapes, BATCH.rivers(), toleranceMeters);
            }
        };
        return new RegionDirectory(store, new RegionProperties(null, null, borderToleranceMeters));
    }
}
