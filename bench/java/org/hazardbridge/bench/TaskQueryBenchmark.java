package org.hazardbridge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;

/**
 * Item 5 of the benchmark (issue 6): what Tasklist asks when a region's officer opens the filter 我所在组的任务,
 * with the database full of open cases. The benchmark logs in to Tasklist as that officer (the webapp's own login,
 * session cookie and CSRF token, as the browser does), then repeats Tasklist's request
 * {@code POST /camunda/api/engine/engine/default/filter/{id}/list?firstResult=0&maxResults=15} with Tasklist's
 * body (sorted by creation time, newest first) and {@code Accept: application/hal+json}: one answer holds the
 * first page, the total count and the filter's variables of the listed tasks, as Tasklist shows them.
 *
 * <p>After three warm-up requests, up to {@code repetitions} (default 1,000) one after another, stopping after two
 * minutes (but not before ten), so that a slow query still ends in time.
 *
 * <p>Arguments: {@code <baseUrl> <jdbcUrl> <user> <password> [officer] [repetitions]}.
 */
public class TaskQueryBenchmark {

    private static final String BODY = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
            + "\"orQueries\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String officer = args.length > 4 ? args[4] : "officer310118";
        int repetitions = args.length > 5 ? Integer.parseInt(args[5]) : 1000;
        ObjectMapper json = new ObjectMapper();
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1).build();

        // The page load gives the CSRF cookie; the login form posts it back; the session then carries the user.
        http.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(
                        URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrf(cookies))
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(officer,
                        StandardCharsets.UTF_8) + "&password=demo")).build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Tasklist login failed: " + login.statusCode() + " " + login.body());
        }
        String filterId = null;
        JsonNode filters = json.readTree(send(http, cookies, HttpRequest.newBuilder(
                URI.create(base + "/camunda/api/engine/engine/default/filter?resourceType=Task&itemCount=false"))
                .GET()).body());
        for (JsonNode filter : filters) {
            if (filter.path("name").asText().equals("我所在组的任务")) {
                filterId = filter.path("id").asText();
            }
        }
        if (filterId == null) {
            throw new IllegalStateException("filter 我所在组的任务 not found: " + filters);
        }
        URI list = URI.create(base + "/camunda/api/engine/engine/default/filter/" + filterId
                + "/list?firstResult=0&maxResults=15");

        long count = 0;
        for (int i = 0; i < 3; i++) {
            count = page(http, cookies, list, json);
        }
        EngineJobs jobs = EngineJobs.from(args[1], args[2], args[3]);
        // At most `repetitions` requests or two minutes, whichever comes first, and at least ten.
        Histogram latencies = new Histogram();
        long deadline = System.nanoTime() + 120_000_000_000L;
        for (int i = 0; i < repetitions && (i < 10 || System.nanoTime() < deadline); i++) {
            long start = System.nanoTime();
            page(http, cookies, list, json);
            latencies.record(System.nanoTime() - start);
        }
        System.out.printf("task query: %d open cases, %d open tasks in all; %s sees %d tasks in 我所在组的任务; "
                + "first page of 15 with count and variables over HTTP, %d times one after another: p50 %.1f ms, "
                + "p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", scalar(args, "select count(*) from hazard_case where "
                + "status = 'OPEN'"), scalar(args, "select count(*) from act_ru_task"), officer, count,
                latencies.count(), latencies.percentile(50) / 1e6, latencies.percentile(95) / 1e6,
                latencies.percentile(99) / 1e6, latencies.max() / 1e6);
        System.out.println("task query: " + jobs.summary());
    }

    private static long page(HttpClient http, CookieManager cookies, URI list, ObjectMapper json) throws Exception {
        HttpResponse<String> response = send(http, cookies, HttpRequest.newBuilder(list)
                .header("Content-Type", "application/json")
                .header("Accept", "application/hal+json")
                .POST(HttpRequest.BodyPublishers.ofString(BODY)));
        JsonNode page = json.readTree(response.body());
        if (page.path("_embedded").path("task").size() == 0 && page.path("count").asLong() > 0) {
            throw new IllegalStateException("empty page: " + response.body());
        }
        return page.path("count").asLong();
    }

    private static HttpResponse<String> send(HttpClient http, CookieManager cookies, HttpRequest.Builder request)
            throws Exception {
        HttpResponse<String> response = http.send(request.header("X-XSRF-TOKEN", csrf(cookies))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + ": " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private static String csrf(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private static long scalar(String[] args, String sql) throws Exception {
        try (Connection db = DriverManager.getConnection(args[1], args[2], args[3]);
                ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
