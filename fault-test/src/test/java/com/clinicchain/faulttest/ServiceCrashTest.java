package com.clinicchain.faulttest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.clinicchain.localstack.App;

/**
 * The inventory service is killed with SIGKILL while it consumes a burst of completions, then started again: it
 * had no chance to commit its Kafka offsets or finish its transactions, so it sees some completions a second time,
 * and applies each exactly once.
 */
@Order(2)
class ServiceCrashTest {

    private static final int SESSIONS = 200;
    /** Kill once this many completions have been applied: well into the burst, far from its end. */
    private static final int KILL_AFTER = 40;

    @Test
    void inventoryKilledMidBurstAppliesEachCompletionOnce() throws Exception {
        FaultPlatform platform = FaultPlatform.get();
        SessionBatch batch = SessionBatch.book(platform, SESSIONS);
        long pidBefore = platform.apps().pid(App.INVENTORY);

        // the burst: four nurses' worth of completions as fast as the treatment service takes them
        ExecutorService nurses = Executors.newFixedThreadPool(4);
        List<CompletableFuture<Integer>> completions = new ArrayList<>();
        IntStream.range(0, SESSIONS).forEach(i ->
                completions.add(CompletableFuture.supplyAsync(() -> batch.complete(i).status(), nurses)));

        int appliedAtKill = awaitApplied(platform, batch, KILL_AFTER);
        platform.apps().kill(App.INVENTORY);
        int answeredAtKill = (int) completions.stream().filter(CompletableFuture::isDone).count();

        assertThat(completions.stream().map(CompletableFuture::join).toList()).containsOnly(200);
        nurses.shutdown();
        assertThat(appliedAtKill).as("completions applied when inventory was killed: mid-burst")
                .isBetween(KILL_AFTER, SESSIONS - 1);

        long restarting = System.nanoTime();
        platform.apps().restart(App.INVENTORY);
        assertThat(platform.apps().pid(App.INVENTORY)).isNotEqualTo(pidBefore);
        Outcome.assertEverySessionCompletedOnce(platform, batch, Duration.ofMinutes(3));
        Figures.report("service crash: inventory killed with %d of %d completions applied (%d answered); restarted and settled in %d ms"
                .formatted(appliedAtKill, SESSIONS, answeredAtKill, (System.nanoTime() - restarting) / 1_000_000));
    }

    private static int awaitApplied(FaultPlatform platform, SessionBatch batch, int atLeast) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            int applied = Ledger.reservations(platform, batch.sessionIds()).getOrDefault("CONSUMED", 0);
            if (applied >= atLeast) {
                return applied;
            }
            assertThat(System.nanoTime()).as(atLeast + " completions applied within 2 min").isLessThan(deadline);
            SessionBatch.sleep(10);
        }
    }
}
