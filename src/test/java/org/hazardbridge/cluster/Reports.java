package org.hazardbridge.cluster;

/** Report bodies for {@code POST /api/hazards}, numbered so every report of a run is told apart by its title. */
final class Reports {

    /** 吴江 on the 太浦河 (four regions), 青浦 and 嘉善 (GCJ-02). */
    private static final double[][] PLACES = {{120.88, 31.02}, {121.0852, 31.1247}, {120.9023, 30.8996}};

    private Reports() {
    }

    static String title(String run, int n) {
        return run + "-" + n + " 太浦河沿岸疑似化工废液排放";
    }

    /** The client's key for report {@code n} of a run. */
    static String key(String run, int n) {
        return run + "-" + n;
    }

    static String json(String run, int n) {
        double[] place = PLACES[n % PLACES.length];
        return """
                { "type": "WATER_POLLUTION", "title": "%s",
                  "description": "巡查发现疑似化工废液经雨水管排入河道（%s）",
                  "location": { "lon": %s, "lat": %s, "crs": "GCJ02" }, "impactRadiusMeters": 3000,
                  "consequences": { "potentialDeaths": 0, "potentialSeriousInjuries": 2,
                                    "potentialDirectLossYuan": 20000000, "socialImpact": "HIGH" },
                  "majorHazardSituation": false }""".formatted(title(run, n), run, place[0], place[1]);
    }
}
