package com.clinicchain.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The four apps of the platform (and, when asked, the staff web application), started side by side against one set of
 * infrastructure and stopped together.
 */
public final class Apps implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final List<AppProcess> processes;
    private final AppPorts ports;
    private final Launch launch;

    /** What it takes to start one app again. */
    private record Launch(Path projectRoot, String version, Infra infra, Path logDir, boolean demoData) {
    }

    private Apps(List<AppProcess> processes, AppPorts ports, Launch launch) {
        this.processes = processes;
        this.ports = ports;
        this.launch = launch;
    }

    /**
     * @param demoData whether the services load the demo patients and stock (Spring profile {@code demo})
     */
    public static Apps start(Path projectRoot, String version, Infra infra, AppPorts ports, Path logDir,
                             boolean demoData) {
        return start(projectRoot, version, infra, ports, logDir, demoData, process -> { });
    }

    /** @param onStart told of each app as soon as its JVM runs, so that a caller can stop it even mid-start */
    public static Apps start(Path projectRoot, String version, Infra infra, AppPorts ports, Path logDir,
                             boolean demoData, Consumer<AutoCloseable> onStart) {
        return start(projectRoot, version, infra, ports, logDir, demoData, false, onStart);
    }

    /**
     * @param staffWeb whether to start the staff web application too (it needs nothing to start, so it starts with
     *                 the services; it answers pages once the gateway is up)
     */
    public static Apps start(Path projectRoot, String version, Infra infra, AppPorts ports, Path logDir,
                             boolean demoData, boolean staffWeb, Consumer<AutoCloseable> onStart) {
        List<AppProcess> started = new ArrayList<>();
        try {
            List<App> first = staffWeb ? List.of(App.PATIENT, App.TREATMENT, App.INVENTORY, App.STAFF_WEB)
                    : List.of(App.PATIENT, App.TREATMENT, App.INVENTORY);
            // the services side by side, the gateway only once they are ready: when it says healthy, it can serve
            for (App app : first) {
                started.add(AppProcess.start(app.jar(projectRoot, version), app, ports.of(app),
                        environment(app, infra, ports, demoData), logDir));
                onStart.accept(started.get(started.size() - 1));
            }
            started.forEach(process -> process.awaitReady(READY_TIMEOUT));
            AppProcess gateway = AppProcess.start(App.GATEWAY.jar(projectRoot, version), App.GATEWAY,
                    ports.of(App.GATEWAY), environment(App.GATEWAY, infra, ports, demoData), logDir);
            started.add(gateway);
            onStart.accept(gateway);
            gateway.awaitReady(READY_TIMEOUT);
            return new Apps(started, ports, new Launch(projectRoot, version, infra, logDir, demoData));
        } catch (RuntimeException e) {
            started.forEach(AppProcess::close);
            throw e;
        }
    }

    private static Map<String, String> environment(App app, Infra infra, AppPorts ports, boolean demoData) {
        Map<String, String> env = new HashMap<>();
        env.put("KEYCLOAK_ISSUER_URI", infra.issuerUri());
        if (app == App.GATEWAY) {
            env.put("PATIENT_SERVICE_URL", "http://127.0.0.1:" + ports.of(App.PATIENT));
            env.put("TREATMENT_SERVICE_URL", "http://127.0.0.1:" + ports.of(App.TREATMENT));
            env.put("INVENTORY_SERVICE_URL", "http://127.0.0.1:" + ports.of(App.INVENTORY));
            return env;
        }
        if (app == App.STAFF_WEB) {
            env.put("GATEWAY_URL", "http://127.0.0.1:" + ports.of(App.GATEWAY));
            return env;
        }
        env.put("DB_URL", infra.jdbcUrl().apply(app.database()));
        env.put("DB_USERNAME", infra.dbUsername());
        env.put("DB_PASSWORD", infra.dbPassword());
        env.put("KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrapServers());
        if (demoData) {
            env.put("SPRING_PROFILES_ACTIVE", "demo");
        }
        return env;
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + ports.of(App.GATEWAY);
    }

    public String url(App app) {
        return "http://127.0.0.1:" + ports.of(app);
    }

    /** Pid and time to ready of each app, for the figures a developer reports. */
    public Map<App, String> summary() {
        Map<App, String> summary = new HashMap<>();
        processes.forEach(p -> summary.put(p.app(), "pid " + p.pid() + ", ready in " + p.startup().toMillis() + " ms"));
        return summary;
    }

    /** The pid of the app's JVM now: a different one after a restart. */
    public synchronized long pid(App app) {
        return process(app).pid();
    }

    /** Kills the app's JVM at once (SIGKILL, no graceful shutdown): a crash as far as the app can tell. */
    public synchronized void kill(App app) {
        process(app).kill();
    }

    /**
     * Starts the app again on its port, stopping it gracefully first if it still runs, and returns once it is ready.
     * Its log file is appended to, so that what happened before the restart stays readable.
     */
    public synchronized void restart(App app) {
        AppProcess old = process(app);
        old.close();
        AppProcess started = AppProcess.start(app.jar(launch.projectRoot(), launch.version()), app, ports.of(app),
                environment(app, launch.infra(), ports, launch.demoData()), launch.logDir(), true);
        processes.set(processes.indexOf(old), started);
        started.awaitReady(READY_TIMEOUT);
    }

    private AppProcess process(App app) {
        return processes.stream().filter(p -> p.app() == app).findFirst().orElseThrow();
    }

    /** The gateway (and the staff web application) first, so that no request reaches a service that is shutting down. */
    @Override
    public synchronized void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).close();
        }
    }
}
