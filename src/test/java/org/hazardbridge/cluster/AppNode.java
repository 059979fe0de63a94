package org.hazardbridge.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One HazardBridge node as production runs it: the packaged jar in its own JVM with profile {@code postgres}, on a
 * port of its own, with the job executor on. {@link #kill()} ends the process with SIGKILL, no shutdown hook runs.
 * The node's output goes to {@code target/cluster-logs/<name>.log}.
 */
final class AppNode implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);

    private final String name;
    private final ClusterDatabase database;
    private final int port;
    private final List<String> extraArguments;
    private Process process;

    AppNode(String name, ClusterDatabase database, String... extraArguments) {
        this.name = name;
        this.database = database;
        this.port = freePort();
        this.extraArguments = List.of(extraArguments);
    }

    String name() {
        return name;
    }

    HazardClient client() {
        return new HazardClient(base());
    }

    URI base() {
        return URI.create("http://localhost:" + port);
    }

    /**
     * Starts the node and waits until it is ready for traffic, as a load balancer would
     * ({@code /actuator/health/readiness}); fails with the end of its log if it does not get there.
     */
    AppNode start() throws IOException, InterruptedException {
        launch();
        return awaitReady();
    }

    /** Starts the node's process and returns at once; {@link #awaitReady()} waits for it. */
    AppNode launch() throws IOException {
        Path log = log();
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-jar", jar().toString(),
                "--spring.profiles.active=postgres",
                "--server.port=" + port,
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                // A dead node's locked jobs go to the others once the lock runs out; short here, so the test
                // need not wait the engine's default five minutes.
                "--camunda.bpm.job-execution.lock-time-in-millis=10000",
                "--camunda.bpm.job-execution.max-wait=2000",
                "--spring.datasource.hikari.maximum-pool-size=10",
                // Fail faster than production's 5 s while the database is down, to keep the outage test short.
                "--spring.datasource.hikari.connection-timeout=1000"));
        command.addAll(extraArguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("HAZARDBRIDGE_DB_URL", database.url());
        env.put("HAZARDBRIDGE_DB_USER", database.user());
        env.put("HAZARDBRIDGE_DB_PASSWORD", database.password());
        env.put("HAZARDBRIDGE_CLASSIFICATION_SECRET_KEY", ClusterDatabase.TEST_KEY);
        env.put("HAZARDBRIDGE_TRACE_KEY_ENCRYPTION_KEY", ClusterDatabase.TEST_KEY);
        env.put("HAZARDBRIDGE_DEMO", "true");
        Files.writeString(log, "=== start " + Instant.now() + ": " + String.join(" ", command) + "\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        process = builder.start();
        return this;
    }

    /** Waits until the launched node is ready for traffic; fails with the end of its log if it does not get there. */
    AppNode awaitReady() throws IOException, InterruptedException {
        awaitUp(log());
        return this;
    }

    private Path log() {
        return Path.of("target", "cluster-logs", name + ".log");
    }

    /** What the node has logged so far. */
    String logText() throws IOException {
        return Files.readString(log());
    }

    /** SIGKILL: the JVM dies at once, mid-request and mid-transaction. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (isAlive()) {
            kill();
        }
    }

    private void awaitUp(Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + name + " exited with " + process.exitValue() + ":\n"
                        + tail(log));
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("node " + name + " did not answer within " + START_TIMEOUT + ":\n"
                + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static Path jar() {
        String property = System.getProperty("hazardbridge.jar");
        Path jar = Path.of(property != null ? property : "target/hazardbridge-0.1.0-SNAPSHOT.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the cluster tests run the packaged jar, so run them"
                    + " with 'mvn verify' (the package phase builds it)");
        }
        return jar;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
