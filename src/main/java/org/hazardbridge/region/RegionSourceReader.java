package org.hazardbridge.region;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * Reads and validates every configured file into one {@link ImportBatch}. It only reads: any problem is thrown as a
 * {@link RegionImportException} before the import writes anything.
 */
final class RegionSourceReader {

    private final ResourcePatternResolver resolver;
    private final GeoJsonRegionParser regionParser = new GeoJsonRegionParser();
    private final RiverParser riverParser = new RiverParser();

    RegionSourceReader(ResourceLoader resourceLoader) {
        this.resolver = ResourcePatternUtils.getResourcePatternResolver(resourceLoader);
    }

    ImportBatch read(RegionProperties properties) {
        List<ParsedRegion> regions = new ArrayList<>();
        Set<Resource> files = boundaryFiles(properties.boundaries());
        files.forEach(file -> regions.addAll(regionParser.parse(file)));
        requireUniqueAdcodes(regions);

        Resource riverFile = existing(resolver.getResource(properties.rivers()), properties.rivers());
        List<RiverFlow> rivers = riverParser.parse(riverFile);
        requireImportedAdcodes(rivers, regions, riverFile.getFilename());
        return new ImportBatch(regions, rivers, files.size() + 1);
    }

    private Set<Resource> boundaryFiles(List<String> locations) {
        Set<Resource> files = new LinkedHashSet<>();
        for (String location : locations) {
            Resource[] matches = resolve(location);
            if (matches.length == 0) {
                throw new RegionImportException(location + ": no boundary file matches");
            }
            // Pattern matches come in no defined order; sort them so that imports and error messages repeat.
            Arrays.stream(matches).sorted(Comparator.comparing(Resource::getDescription))
                    .forEach(match -> files.add(existing(match, location)));
        }
        return files;
    }

    private Resource[] resolve(String location) {
        try {
            return resolver.getResources(location);
        } catch (IOException e) {
            throw new RegionImportException(location + ": cannot be resolved: " + e.getMessage(), e);
        }
    }

    private static Resource existing(Resource resource, String location) {
        if (!resource.exists()) {
            throw new RegionImportException(location + ": file not found");
        }
        return resource;
    }

    private static void requireUniqueAdcodes(List<ParsedRegion> regions) {
        Map<String, ParsedRegion> seen = new HashMap<>();
        for (ParsedRegion region : regions) {
            ParsedRegion earlier = seen.putIfAbsent(region.adcode(), region);
            if (earlier != null) {
                throw new RegionImportException(region.place() + ": adcode " + region.adcode()
                        + " is already defined by " + earlier.place());
            }
        }
    }

    private static void requireImportedAdcodes(List<RiverFlow> rivers, List<ParsedRegion> regions, String file) {
        Set<String> imported = new HashSet<>();
        regions.forEach(region -> imported.add(region.adcode()));
        for (int i = 0; i < rivers.size(); i++) {
            for (String adcode : rivers.get(i).adcodes()) {
                if (!imported.contains(adcode)) {
                    throw RiverParser.atRiver(file, i, "flow names adcode " + adcode + ", which is not imported");
                }
            }
        }
    }
}
