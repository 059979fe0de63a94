package org.hazardbridge.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** What a client of one node does over HTTP: reports on {@code /api}, works tasks on {@code /engine-rest}. */
final class HazardClient {

    static final String PASSWORD = "demo";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HazardClient(URI base) {
        this.base = base;
    }

    /** A status, a JSON body (null when there is none) and the Retry-After header (null when absent). */
    record Answer(int status, JsonNode body, String retryAfter) {

        /** The number of the case a report created; an AssertionError naming the answer if it created none. */
        String reportedCase() {
            if (status != 201) {
                throw new AssertionError("report answered " + status + ": " + body);
            }
            return text("caseNumber");
        }

        String text(String field) {
            return body == null || body.get(field) == null ? null : body.get(field).asText();
        }
    }

    Answer report(String user, String json) throws IOException, InterruptedException {
        return send(user, "POST", "/api/hazards", json, null);
    }

    /** A report under the client's own key: sent again after a lost answer, it finds the case it made. */
    Answer report(String user, String json, String key) throws IOException, InterruptedException {
        return send(user, "POST", "/api/hazards", json, key);
    }

    Answer get(String user, String path) throws IOException, InterruptedException {
        return send(user, "GET", path, null, null);
    }

    /** The open tasks of a case with the given definition key that {@code user} may see. */
    List<JsonNode> tasks(String user, String caseNumber, String taskKey) throws IOException, InterruptedException {
        Answer answer = get(user, "/engine-rest/task?processInstanceBusinessKey=" + encode(caseNumber)
                + "&taskDefinitionKey=" + encode(taskKey));
        if (answer.status() != 200) {
            throw new IllegalStateException("task query as " + user + " answered " + answer);
        }
        List<JsonNode> tasks = new ArrayList<>();
        answer.body().forEach(tasks::add);
        return tasks;
    }

    /** Claims and completes a task as {@code user} with string form values. */
    void complete(String user, String taskId, Map<String, String> values) throws IOException, InterruptedException {
        ObjectNode claim = JSON.createObjectNode().put("userId", user);
        expect(204, send(user, "POST", "/engine-rest/task/" + taskId + "/claim", claim.toString(), null), "claim");
        ObjectNode variables = JSON.createObjectNode();
        values.forEach((name, value) -> variables.putObject(name).put("value", value).put("type", "String"));
        ObjectNode body = JSON.createObjectNode();
        body.set("variables", variables);
        expect(204, send(user, "POST", "/engine-rest/task/" + taskId + "/complete", body.toString(), null), "complete");
    }

    /** Deploys one model file through {@code /engine-rest/deployment/create}, as Camunda Modeler does. */
    Answer deploy(String user, String fileName, String content) throws IOException, InterruptedException {
        String boundary = "----hazardbridge-" + System.nanoTime();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\nrule-owner-change\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + fileName + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n"
                + "--" + boundary + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/engine-rest/deployment/create"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return answer(response);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static void expect(int status, Answer answer, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + " answered " + answer);
        }
    }

    private Answer send(String user, String method, String path, String json, String key)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(user))
                .header("Accept", "application/json");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = http.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return answer(response);
    }

    private static Answer answer(HttpResponse<String> response) throws IOException {
        String body = response.body();
        return new Answer(response.statusCode(), body == null || body.isBlank() ? null : JSON.readTree(body),
                response.headers().firstValue("Retry-After").orElse(null));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
