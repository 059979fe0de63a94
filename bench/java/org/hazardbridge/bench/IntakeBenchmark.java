package org.hazardbridge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Item 3 of the benchmark (issue 6): hazard reports over HTTP ({@code POST /api/hazards}) from several concurrent
 * clients against a running node, each report a real one at a random point inside one of the thirteen demo
 * districts, by that district's officer, with a random type, radius and consequences. Every report runs the whole
 * process start synchronously (registration, grading table, split, notices, signed trace entries).
 *
 * <p>Two modes: {@code measure} (warm-up, then a timed window: reports per second, p50, p99) and {@code seed}
 * (report until the database holds the wanted number of open cases; the cases stay open, for item 5).
 *
 * <p>Arguments: {@code measure <baseUrl> <clients> <warmUpSeconds> <seconds> [<jdbcUrl> <user> <password>]} or
 * {@code seed <baseUrl> <clients> <openCases> <jdbcUrl> <user> <password>}. With the database, {@code measure}
 * also says what the server's job executor ran during the window ({@link EngineJobs}).
 */
public class IntakeBenchmark {

    private static final String[] DISTRICTS = {"310118", "320509", "330421", "310117", "310116", "310114", "320506",
        "320583", "330411", "330482", "330402", "330503", "310112"};
    private static final String[] TYPES = {"WATER_POLLUTION", "HAZARDOUS_CHEMICALS", "ROAD_TRAFFIC",
        "BRIDGE_STRUCTURE", "PIPELINE_LEAK", "INDUSTRIAL_FIRE", "GEOLOGICAL", "OTHER"};
    private static final String[] IMPACT = {"LOW", "MEDIUM", "HIGH"};

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;
    private final List<Geometry> shapes = new ArrayList<>();
    private final List<String> adcodes = new ArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();

    IntakeBenchmark(String baseUrl) throws Exception {
        this.baseUrl = baseUrl;
        loadDemoDistricts();
    }

    public static void main(String[] args) throws Exception {
        IntakeBenchmark bench = new IntakeBenchmark(args[1]);
        int clients = Integer.parseInt(args[2]);
        if (args[0].equals("seed")) {
            bench.seed(clients, Integer.parseInt(args[3]), args[4], args[5], args[6]);
        } else {
            bench.measure(clients, Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    args.length > 7 ? () -> EngineJobs.from(args[5], args[6], args[7]) : null);
        }
    }

    void measure(int clients, int warmUpSeconds, int seconds, Callable<EngineJobs> window) throws Exception {
        run(clients, warmUpSeconds * 1000L, null, 1);
        failures.set(0);
        EngineJobs jobs = window == null ? null : window.call();
        Histogram latencies = new Histogram();
        long started = System.nanoTime();
        long count = run(clients, seconds * 1000L, latencies, 2);
        double elapsed = (System.nanoTime() - started) / 1e9;
        System.out.printf("intake: %d clients, %d reports in %.1f s: %.1f reports/s, p50 %.1f ms, p99 %.1f ms, "
                + "max %.1f ms, %d failed%n", clients, count, elapsed, count / elapsed,
                latencies.percentile(50) / 1e6, latencies.percentile(99) / 1e6, latencies.max() / 1e6,
                failures.get());
        if (jobs != null) {
            System.out.println("intake: " + jobs.summary());
        }
    }

    void seed(int clients, int wanted, String jdbcUrl, String user, String password) throws Exception {
        int open = openCases(jdbcUrl, user, password);
        if (open >= wanted) {
            System.out.printf("seed: %d open cases already in the database, nothing to add%n", open);
            return;
        }
        int missing = wanted - open;
        System.out.printf("seed: %d open cases in the database, reporting %d more with %d clients%n", open,
                missing, clients);
        long started = System.nanoTime();
        AtomicInteger left = new AtomicInteger(missing);
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(1000 + c + open);
            work.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    if (report(random)) {
                        long n = done.incrementAndGet();
                        if (n % 5000 == 0) {
                            System.out.printf("seed: %d reported, %.0f/s%n", n,
                                    n / ((System.nanoTime() - started) / 1e9));
                        }
                    } else {
                        left.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - started) / 1e9;
        System.out.printf("seed: %d reported in %.0f s (%.1f/s), %d failed; %d open cases now%n", done.get(),
                elapsed, done.get() / elapsed, failures.get(), openCases(jdbcUrl, user, password));
    }

    private long run(int clients, long millis, Histogram latencies, long seedBase) throws Exception {
        long end = System.currentTimeMillis() + millis;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Long>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(seedBase * 100 + c + System.nanoTime());
            work.add(pool.submit(() -> {
                long n = 0;
                while (System.currentTimeMillis() < end) {
                    long start = System.nanoTime();
                    boolean ok = report(random);
                    long took = System.nanoTime() - start;
                    if (ok) {
                        n++;
                        if (latencies != null) {
                            latencies.record(took);
                        }
                    }
                }
                return n;
            }));
        }
        long total = 0;
        for (Future<Long> f : work) {
            total += f.get();
        }
        pool.shutdown();
        return total;
    }

    /** One report at a random point of a random demo district; true when the server answered 201. */
    private boolean report(Random random) {
        int d = random.nextInt(shapes.size());
        Coordinate point = pointIn(shapes.get(d), random);
        String adcode = adcodes.get(d);
        String body = """
                { "type": "%s", "title": "基准测试隐患 %d", "description": "基准测试：随机位置的隐患报告",
                  "location": { "lon": %.6f, "lat": %.6f, "crs": "GCJ02" }, "impactRadiusMeters": %d,
                  "consequences": { "potentialDeaths": %d, "potentialSeriousInjuries": %d,
                                    "potentialDirectLossYuan": %d, "socialImpact": "%s" },
                  "majorHazardSituation": false }""".formatted(TYPES[random.nextInt(TYPES.length)],
                random.nextInt(1_000_000), point.x, point.y, random.nextInt(3001), random.nextInt(3),
                random.nextInt(12), random.nextInt(20) * 1_000_000L, IMPACT[random.nextInt(IMPACT.length)]);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/hazards"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", basic("officer" + adcode, "demo"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                return true;
            }
            if (failures.incrementAndGet() <= 5) {
                System.err.println("report refused: " + response.statusCode() + " " + response.body());
            }
        } catch (Exception e) {
            if (failures.incrementAndGet() <= 5) {
                System.err.println("report failed: " + e);
            }
        }
        return false;
    }

    private static Coordinate pointIn(Geometry shape, Random random) {
        Envelope box = shape.getEnvelopeInternal();
        GeometryFactory factory = shape.getFactory();
        while (true) {
            Coordinate c = new Coordinate(box.getMinX() + random.nextDouble() * box.getWidth(),
                    box.getMinY() + random.nextDouble() * box.getHeight());
            if (shape.contains(factory.createPoint(c))) {
                return c;
            }
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static int openCases(String jdbcUrl, String user, String password) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
                ResultSet rs = db.createStatement().executeQuery(
                        "select count(*) from hazard_case where status = 'OPEN'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The thirteen demo districts from the product's own boundary files (GCJ-02). */
    private void loadDemoDistricts() throws Exception {
        GeoJsonReader reader = new GeoJsonReader();
        for (String file : List.of("demo_zone_3districts.geojson", "neighbour_districts.geojson",
                "310112_minhang.geojson")) {
            try (InputStream in = IntakeBenchmark.class.getResourceAsStream("/regions/" + file)) {
                for (JsonNode feature : json.readTree(in).path("features")) {
                    String adcode = feature.path("properties").path("adcode").asText();
                    if (List.of(DISTRICTS).contains(adcode) && !adcodes.contains(adcode)) {
                        // Shrunk by about 300 m, so that the reported point lies well inside the district.
                        shapes.add(reader.read(feature.path("geometry").toString()).buffer(-0.003));
                        adcodes.add(adcode);
                    }
                }
            }
        }
        if (adcodes.size() != DISTRICTS.length) {
            throw new IllegalStateException("demo districts found: " + adcodes);
        }
    }
}
