package org.hazardbridge.region;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.hazardbridge.bench.Histogram;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.core.io.ByteArrayResource;

/**
 * Item 4 of the benchmark (issue 6): jurisdiction lookups against every district of China. The 2,814 districts of
 * {@code china-districts.geojson.gz} are read by the product's own parser (checked and repaired as an import
 * does) into the product's {@link RegionIndex} (the JTS STRtree the app builds from its database), and points are
 * located as {@link RegionDirectory#locate} does, with the 50 m border tolerance. In this package so that it can
 * build the index without a database.
 *
 * <p>Two sets of points, each timed one lookup at a time with {@link System#nanoTime()} after a warm-up:
 * points inside a random district (every lookup finds one), and uniformly random points in China's bounding box
 * (73-135 E, 18-54 N), about half of which lie outside every district (sea, neighbouring countries) and are
 * refused with {@link PointOutsideRegionsException}, as the app refuses them.
 */
public class JurisdictionLookupBenchmark {

    private static final int WARM_UP = 100_000;
    private static final int MEASURED = 300_000;

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/regions/china-districts.geojson.gz");
        long started = System.nanoTime();
        byte[] geojson;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            geojson = in.readAllBytes();
        }
        List<ParsedRegion> parsed = new GeoJsonRegionParser().parse(new ByteArrayResource(geojson) {
            @Override
            public String getFilename() {
                return file.getFileName().toString();
            }
        });
        List<RegionShape> shapes = parsed.stream().map(ParsedRegion::shape).toList();
        RegionIndex index = new RegionIndex(shapes, List.of(), 50);
        System.out.printf("districts: %d read and indexed in %.1f s%n", index.districts().size(),
                (System.nanoTime() - started) / 1e9);

        Random random = new Random(20261203);
        GeoPoint[] inside = insidePoints(shapes, random, MEASURED);
        GeoPoint[] inBox = new GeoPoint[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            inBox[i] = new GeoPoint(73 + random.nextDouble() * 62, 18 + random.nextDouble() * 36);
        }
        run("points inside districts", index, inside);
        run("random points in China's bounding box", index, inBox);
        System.out.printf("JVM: %s %s, options %s%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    private static void run(String what, RegionIndex index, GeoPoint[] points) {
        long sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            sink += lookup(index, points[i % points.length]);
        }
        Histogram latencies = new Histogram();
        int found = 0;
        long started = System.nanoTime();
        for (GeoPoint point : points) {
            long start = System.nanoTime();
            int result = lookup(index, point);
            latencies.record(System.nanoTime() - start);
            found += result;
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        System.out.printf("lookup, %s: %d lookups (%d located, %d refused) in %.1f s, one thread: %.0f lookups/s, "
                + "p50 %.1f µs, p99 %.1f µs, p99.9 %.1f µs, max %.1f ms (%d)%n", what, points.length, found,
                points.length - found, elapsed, points.length / elapsed, latencies.percentile(50) / 1e3,
                latencies.percentile(99) / 1e3, latencies.percentile(99.9) / 1e3, latencies.max() / 1e6,
                sink % 2);
    }

    private static int lookup(RegionIndex index, GeoPoint point) {
        try {
            // What RegionDirectory.locate does for a GCJ-02 point (the WGS84 conversion is not part of the index).
            return index.locate(CoordinateConverter.toGcj02(point, CoordinateSystem.GCJ02)).adcode().isEmpty()
                    ? 0 : 1;
        } catch (PointOutsideRegionsException outside) {
            return 0;
        }
    }

    /** Points inside random districts (chosen uniformly among districts, then uniformly in the district). */
    private static GeoPoint[] insidePoints(List<RegionShape> shapes, Random random, int count) {
        GeometryFactory factory = new GeometryFactory();
        List<GeoPoint> points = new ArrayList<>(count);
        while (points.size() < count) {
            Geometry boundary = shapes.get(random.nextInt(shapes.size())).boundary();
            Envelope box = boundary.getEnvelopeInternal();
            for (int tries = 0; tries < 100; tries++) {
                Coordinate c = new Coordinate(box.getMinX() + random.nextDouble() * box.getWidth(),
                        box.getMinY() + random.nextDouble() * box.getHeight());
                if (boundary.contains(factory.createPoint(c))) {
                    points.add(new GeoPoint(c.x, c.y));
                    break;
                }
            }
        }
        return points.toArray(GeoPoint[]::new);
    }
}
