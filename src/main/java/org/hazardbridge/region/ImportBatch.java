package org.hazardbridge.region;

import java.util.List;

/**
 * Everything one import writes, read and validated before anything is written.
 *
 * @param regions the regions of all boundary files, in file order
 * @param rivers the rivers, in file order
 * @param fileCount how many files were read, the rivers file included
 */
record ImportBatch(List<ParsedRegion> regions, List<RiverFlow> rivers, int fileCount) {

    ImportBatch {
        regions = List.copyOf(regions);
        rivers = List.copyOf(rivers);
    }
}
