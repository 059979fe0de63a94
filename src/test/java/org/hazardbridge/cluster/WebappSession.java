package org.hazardbridge.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * What a browser on Camunda's webapps does over HTTP: it keeps the session and CSRF cookies, logs in through the
 * webapps' own login (not HTTP Basic), and sends the CSRF token with each API call, as Tasklist's scripts do.
 */
public final class WebappSession {

    /** A status, the body as text, the content type, the Retry-After header (null when absent) and all headers. */
    public record Page(int status, String body, String contentType, String retryAfter,
            java.net.http.HttpHeaders headers) {

        public JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public WebappSession(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).cookieHandler(cookies).build();
    }

    /** Opens Tasklist's page, which sets the CSRF cookie. */
    public Page open() throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve("/camunda/app/tasklist/default/")).GET(), "text/html");
    }

    /** Tasklist's login form, as its page posts it, with the demo password. */
    public Page login(String user) throws IOException, InterruptedException {
        return login(user, HazardClient.PASSWORD);
    }

    public Page login(String user, String password) throws IOException, InterruptedException {
        return loginTo("tasklist", user, password);
    }

    /** The login form of another webapp ({@code cockpit}, {@code admin}), with the demo password. */
    public Page loginTo(String app, String user) throws IOException, InterruptedException {
        return loginTo(app, user, HazardClient.PASSWORD);
    }

    private Page loginTo(String app, String user, String password) throws IOException, InterruptedException {
        String form = "username=" + encode(user) + "&password=" + encode(password);
        return send(HttpRequest.newBuilder(base.resolve("/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), "application/json");
    }

    /** A POST of any body, as a client other than the webapps' own pages might send it. */
    public Page post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), "application/json");
    }

    /** A GET on the webapps' API, such as Tasklist's task count. */
    public Page api(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), "application/json");
    }

    private Page send(HttpRequest.Builder request, String accept) throws IOException, InterruptedException {
        request.timeout(Duration.ofSeconds(60)).header("Accept", accept);
        String token = csrfToken();
        if (token != null) {
            request.header("X-XSRF-TOKEN", token);
        }
        HttpResponse<String> response = http.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Page(response.statusCode(), response.body(),
                response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("Retry-After").orElse(null), response.headers());
    }

    private String csrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
