package com.clinicchain.faulttest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import com.clinicchain.contracts.Events;

/** The exact end state of a batch whose every session was completed: nothing lost, nothing applied twice. */
final class Outcome {

    private Outcome() {
    }

    static void assertEverySessionCompletedOnce(FaultPlatform platform, SessionBatch batch, Duration within) {
        int n = batch.size();
        // stock: each completion consumed its 20 U once and released its reservation once
        await().atMost(within).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .untilAsserted(() -> assertThat(SessionBatch.stock(platform)).isEqualTo(batch.afterCompleting(n)));
        assertThat(Ledger.sessions(platform, batch.sessionIds())).isEqualTo(Map.of("COMPLETED", n));
        assertThat(Ledger.reservations(platform, batch.sessionIds())).isEqualTo(Map.of("CONSUMED", n));
        // five sessions of 20 U per 100 U vial: every vial empty, none below zero (a check constraint) or above
        assertThat(Ledger.vialsByUnitsLeft(platform, batch.vialIds())).isEqualTo(Map.of("0", batch.vialIds().size()));

        // on the topics: one SessionCompleted per session and one StockConsumed per session, by event id
        // (a record may be there twice after a retry; the event id is what consumers dedupe on)
        Map<String, Set<String>> completed = EventLog.read(Events.TREATMENT_TOPIC)
                .eventIdsBySession("SessionCompleted", batch.sessionIds());
        assertThat(completed).hasSize(n).allSatisfy((session, ids) -> assertThat(ids).hasSize(1));
        Map<String, Set<String>> consumed = EventLog.read(Events.INVENTORY_TOPIC)
                .eventIdsBySession("StockConsumed", batch.sessionIds());
        assertThat(consumed).hasSize(n).allSatisfy((session, ids) -> assertThat(ids).hasSize(1));

        // and the chain's own check agrees: the units reserved are those of the open reservations
        var consistency = platform.api().get(platform.token("alice.admin"),
                "/api/inventory/admin/consistency?clinicId=" + SessionBatch.CLINIC);
        assertThat(consistency.status()).as(consistency.toString()).isEqualTo(200);
        assertThat(consistency.json().get("differences").isEmpty()).as(consistency.toString()).isTrue();
    }
}
