package com.clinicchain.faulttest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.clinicchain.localstack.App;

/**
 * The Kafka broker goes away for 30 s while nurses complete 200 sessions, then comes back on the same address with
 * its data: the completions are kept in the treatment service's outbox meanwhile, and every one reaches inventory
 * exactly once.
 */
@Order(1)
class BrokerOutageTest {

    private static final int SESSIONS = 200;
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    /** 200 completions spread over ~40 s, so that most of them fall inside the outage. */
    private static final Duration PACE = Duration.ofMillis(200);

    @Test
    void everyCompletionArrivesOnceAfterTheBrokerComesBack() {
        FaultPlatform platform = FaultPlatform.get();
        SessionBatch batch = SessionBatch.book(platform, SESSIONS);

        AtomicInteger answered = new AtomicInteger();
        CompletableFuture<List<Integer>> completions = CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                long due = start + i * PACE.toNanos();
                SessionBatch.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
                statuses.add(batch.complete(i).status());
                answered.incrementAndGet();
            }
            return statuses;
        });

        SessionBatch.sleep(5_000);
        platform.infra().stopKafka();
        int beforeOutage = answered.get();
        SessionBatch.sleep(OUTAGE.toMillis());
        int duringOutage = answered.get() - beforeOutage;
        platform.infra().startKafka();
        long back = System.nanoTime();

        // the completions never depended on the broker: every one answered 200
        assertThat(completions.join()).hasSize(SESSIONS).containsOnly(200);
        assertThat(duringOutage).as("completions answered while the broker was away").isGreaterThan(SESSIONS / 2);

        // the backlog: the treatment outbox drains, then inventory has applied everything
        long drained = awaitOutboxDrained(platform, back);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> SessionBatch.stock(platform).equals(batch.afterCompleting(SESSIONS)));
        long settled = System.nanoTime() - back;
        Outcome.assertEverySessionCompletedOnce(platform, batch, Duration.ofMinutes(1));
        Figures.report("broker outage: %d of %d completions answered while the broker was away %d s; after its return the treatment outbox drained in %d ms, the stock view showed every decrement after %d ms"
                .formatted(duringOutage, SESSIONS, OUTAGE.toSeconds(), drained / 1_000_000, settled / 1_000_000));
    }

    private static long awaitOutboxDrained(FaultPlatform platform, long since) {
        long deadline = since + Duration.ofMinutes(2).toNanos();
        while (Ledger.outboxPending(platform, App.TREATMENT) > 0) {
            assertThat(System.nanoTime()).as("treatment outbox drained within 2 min").isLessThan(deadline);
            SessionBatch.sleep(50);
        }
        return System.nanoTime() - since;
    }
}
