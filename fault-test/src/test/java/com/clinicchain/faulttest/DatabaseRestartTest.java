package com.clinicchain.faulttest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.clinicchain.localstack.App;
import com.clinicchain.testsupport.ApiClient;

/**
 * PostgreSQL restarts while nurses complete sessions. The test infrastructure has one PostgreSQL server holding
 * every service's database, so restarting it is a superset of "one service's PostgreSQL restarts": every service
 * loses its connections at once. No app is restarted: each must recover by itself and drain its outbox.
 */
@Order(3)
class DatabaseRestartTest {

    private static final int SESSIONS = 100;
    private static final Duration PACE = Duration.ofMillis(100);
    private static final Duration DOWNTIME = Duration.ofSeconds(5);
    /** What the fault platform runs: the services and the gateway, not the staff web application. */
    private static final List<App> RUNNING = List.of(App.PATIENT, App.TREATMENT, App.INVENTORY, App.GATEWAY);

    @Test
    void servicesRecoverByThemselvesAndDrainTheirOutboxes() {
        FaultPlatform platform = FaultPlatform.get();
        SessionBatch batch = SessionBatch.book(platform, SESSIONS);
        Map<App, Long> pids = new EnumMap<>(App.class);
        for (App app : RUNNING) {
            pids.put(app, platform.apps().pid(app));
        }

        // a steady stream of completions from several nurses at once, so that requests are in flight when the
        // connections are cut; those that fail are noted and retried afterwards
        ExecutorService nurses = Executors.newFixedThreadPool(8);
        List<CompletableFuture<Boolean>> firstTry = new ArrayList<>();
        CompletableFuture<Void> stream = CompletableFuture.runAsync(() -> {
            long start = System.nanoTime();
            for (int i = 0; i < SESSIONS; i++) {
                SessionBatch.sleep(Math.max(0, (start + i * PACE.toNanos() - System.nanoTime()) / 1_000_000));
                int index = i;
                firstTry.add(CompletableFuture.supplyAsync(() -> completed(batch, index), nurses));
            }
        });
        SessionBatch.sleep(2_000);
        platform.infra().restartPostgres(DOWNTIME);
        long back = System.nanoTime();
        stream.join();
        List<Integer> failed = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            if (!firstTry.get(i).join()) {
                failed.add(i);
            }
        }
        nurses.shutdown();
        int cutShort = failed.size();

        // what a nurse would do: try again those that failed; one that did commit before the cut answers 409
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .untilAsserted(() -> {
                    failed.removeIf(i -> completed(batch, i) || "COMPLETED".equals(batch.status(i)));
                    assertThat(failed).isEmpty();
                });
        long recovered = System.nanoTime() - back;

        Outcome.assertEverySessionCompletedOnce(platform, batch, Duration.ofMinutes(2));
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            for (App app : List.of(App.PATIENT, App.TREATMENT, App.INVENTORY)) {
                assertThat(Ledger.outboxPending(platform, app)).as(app + " outbox pending").isZero();
            }
        });
        for (App app : RUNNING) {
            assertThat(platform.apps().pid(app)).as(app + " was not restarted").isEqualTo(pids.get(app));
            var readiness = new ApiClient(platform.apps().url(app)).get(null, "/actuator/health/readiness");
            assertThat(readiness.status()).as(app + " ready: " + readiness).isEqualTo(200);
        }
        Figures.report("database restart: PostgreSQL down %d s under %d completions/s; %d completions failed and all went through on retry within %d ms of its return"
                .formatted(DOWNTIME.toSeconds(), 1000 / PACE.toMillis(), cutShort, recovered / 1_000_000));
    }

    private static boolean completed(SessionBatch batch, int index) {
        try {
            return batch.complete(index).status() == 200;
        } catch (IllegalStateException e) {
            return false; // no answer at all: the connection was cut
        }
    }
}
