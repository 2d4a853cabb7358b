package com.clinicchain.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

import com.clinicchain.embedded.EmbeddedKafkaServer;
import com.clinicchain.embedded.EmbeddedKeycloakServer;
import com.clinicchain.embedded.EmbeddedPostgresServer;

/**
 * The whole platform on one machine without Docker: a real PostgreSQL, Kafka broker and Keycloak, embedded,
 * then the four apps and the staff web application with demo data. Data lives in {@code .local-stack/} and survives a restart;
 * {@code --reset} starts from scratch. Ctrl-C stops everything.
 */
public final class LocalStack {

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        Path dataDir = root.resolve(env("LOCAL_STACK_DIR", ".local-stack"));
        if (Arrays.asList(args).contains("--reset")) {
            deleteRecursively(dataDir);
        }
        Files.createDirectories(dataDir);
        int keycloakPort = AppPorts.envPort("KEYCLOAK_PORT", 8180);

        // Stopped in reverse order of start, also when Ctrl-C comes while the stack is still starting.
        Deque<AutoCloseable> running = new ArrayDeque<>();
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping the local stack ...");
            synchronized (running) {
                while (!running.isEmpty()) {
                    try {
                        running.pop().close();
                    } catch (Exception e) {
                        System.err.println("while stopping: " + e);
                    }
                }
            }
            stopped.countDown();
        }, "local-stack-shutdown"));
        Consumer<AutoCloseable> onStart = part -> {
            synchronized (running) {
                running.push(part);
            }
        };

        var postgres = EmbeddedPostgresServer.start(AppPorts.envPort("LOCAL_POSTGRES_PORT", 15432),
                dataDir.resolve("postgres"));
        onStart.accept(postgres);
        var kafka = EmbeddedKafkaServer.start(AppPorts.envPort("LOCAL_KAFKA_PORT", 19092));
        onStart.accept(kafka);
        var keycloak = EmbeddedKeycloakServer.start(EmbeddedKeycloakServer.Options.defaults()
                .httpPort(keycloakPort)
                .managementPort(AppPorts.envPort("KEYCLOAK_MANAGEMENT_PORT", 9180))
                .home(dataDir.resolve("keycloak"))
                .alternateHomeIfBusy(false)
                .database(EmbeddedKeycloakServer.Database.DEV_FILE)
                .logFile(dataDir.resolve("logs").resolve("keycloak.log")));
        onStart.accept(keycloak);
        var infra = new Infra(postgres::jdbcUrl, postgres.username(), postgres.password(), kafka.bootstrapServers(),
                keycloak.issuerUri());
        String version = LocalStack.class.getPackage().getImplementationVersion();
        var apps = Apps.start(root, version == null ? "0.1.0-SNAPSHOT" : version, infra, AppPorts.defaults(),
                dataDir.resolve("logs"), true, true, onStart);

        printWelcome(apps, keycloak.baseUrl(), (System.nanoTime() - started) / 1_000_000_000.0, dataDir);
        stopped.await();
    }

    private static void printWelcome(Apps apps, String keycloakUrl, double seconds, Path dataDir) {
        String gateway = apps.gatewayUrl();
        System.out.printf("""

                ==== Clinic platform is up in %.0f s ====
                open %s and sign in as rita.reception (password "demo"), or any demo user below

                Gateway:   %s      (API under /api/...)
                Keycloak:  %s/admin  (admin / admin), realm "clinics"
                Apps:      %s
                Logs:      %s
                Demo users (password "demo"): rita.reception (receptionist), nina.nurse and dan.doctor (practitioners),
                           mark.manager and mona.manager (managers), alice.admin (admin),
                           oscar.other (admin of another chain)
                Partner client: partner-demo / partner-demo-secret (client credentials)

                Try it:
                  TOKEN=$(curl -s -d grant_type=password -d client_id=clinic-cli -d username=rita.reception -d password=demo \\
                    %s/realms/clinics/protocol/openid-connect/token | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
                  curl -H "Authorization: Bearer $TOKEN" %s/api/patients

                Ctrl-C stops everything.
                """, seconds, apps.url(App.STAFF_WEB), gateway, keycloakUrl, apps.summary(), dataDir.resolve("logs"), keycloakUrl, gateway);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
