package com.clinicchain.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.clinicchain.embedded.Watchdog;

/** One app running as its own JVM, its output in a log file; stopped gracefully, then forcibly. */
final class AppProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final App app;
    private final int port;
    private final Process process;
    private final Path log;
    private final long startedAt = System.nanoTime();
    private Duration startup;

    private AppProcess(App app, int port, Process process, Path log) {
        this.app = app;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static AppProcess start(Path jar, App app, int port, Map<String, String> env, Path logDir) {
        return start(jar, app, port, env, logDir, false);
    }

    /** @param appendLog whether to keep what the log file holds (a restart) instead of starting it afresh */
    static AppProcess start(Path jar, App app, int port, Map<String, String> env, Path logDir, boolean appendLog) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first with ./mvnw -DskipTests install");
        }
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xms64m", "-Xmx384m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(app.module() + ".log");
            var builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(appendLog ? ProcessBuilder.Redirect.appendTo(log.toFile())
                            : ProcessBuilder.Redirect.to(log.toFile()));
            builder.environment().putAll(env);
            builder.environment().put("SERVER_PORT", Integer.toString(port));
            Process process = builder.start();
            Watchdog.guard(process.pid(), false, jar.getFileName().toString(), "TERM");
            return new AppProcess(app, port, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void awaitReady(Duration timeout) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(app.module() + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    startup = Duration.ofNanos(System.nanoTime() - startedAt);
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + app.module(), e);
            }
            sleep(250);
        }
        throw new IllegalStateException(app.module() + " not ready in " + timeout + "; see " + log);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    App app() {
        return app;
    }

    long pid() {
        return process.pid();
    }

    Duration startup() {
        return startup;
    }

    /** SIGKILL: the JVM gets no chance to run shutdown hooks, finish requests or commit Kafka offsets. */
    void kill() {
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
