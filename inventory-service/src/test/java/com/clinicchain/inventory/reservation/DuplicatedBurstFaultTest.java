package com.clinicchain.inventory.reservation;

import static com.clinicchain.inventory.Fixtures.BOTOX;
import static com.clinicchain.inventory.Fixtures.CHAIN;
import static com.clinicchain.inventory.Fixtures.receive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.contracts.EventEnvelope;
import com.clinicchain.contracts.treatment.SessionCancelled;
import com.clinicchain.contracts.treatment.SessionCompleted;
import com.clinicchain.contracts.treatment.SessionCompleted.VialUse;
import com.clinicchain.contracts.treatment.SessionScheduled;
import com.clinicchain.inventory.Fixtures;
import com.clinicchain.inventory.Fixtures.Lot;
import com.clinicchain.inventory.InventoryServiceTest;

/**
 * Fault test 3 of the reliability issue: every event of a burst of 50 sessions reaches the real broker twice, the
 * sessions interleaved at random and second copies arriving late (after later events of the same session, as a
 * consumer replaying a range after a rebalance would see them). Each event must have exactly one effect.
 */
class DuplicatedBurstFaultTest extends InventoryServiceTest {

    static final int SESSIONS = 50;
    static final int EXPECTED_UNITS = 10;
    static final int INJECTED_UNITS = 8;

    enum Fate { CANCELLED, COMPLETED, STILL_BOOKED }

    record Sent(UUID key, EventEnvelope<?> event) {
    }

    @Test
    void everyEventDeliveredTwiceAndOutOfOrderHasOneEffect() {
        String clinic = Fixtures.newClinic();
        Lot lot = receive(api, clinic, 10);
        Map<UUID, Fate> fates = new HashMap<>();
        Map<UUID, Integer> drawnPerVial = new HashMap<>();
        List<List<Sent>> perSession = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            UUID session = UUID.randomUUID();
            Fate fate = i % 3 == 0 ? Fate.CANCELLED : i % 7 == 0 ? Fate.STILL_BOOKED : Fate.COMPLETED;
            fates.put(session, fate);
            List<Sent> events = new ArrayList<>();
            events.add(new Sent(session, EventEnvelope.of(CHAIN, new SessionScheduled(session, UUID.randomUUID(),
                    clinic, BOTOX, EXPECTED_UNITS, Instant.now().plusSeconds(3600)), Instant.now())));
            if (fate == Fate.CANCELLED) {
                events.add(new Sent(session, EventEnvelope.of(CHAIN,
                        new SessionCancelled(session, clinic, BOTOX, "patient called"), Instant.now())));
            } else if (fate == Fate.COMPLETED) {
                UUID vial = lot.vialIds().get(i % lot.vialIds().size());
                drawnPerVial.merge(vial, INJECTED_UNITS, Integer::sum);
                events.add(new Sent(session, EventEnvelope.of(CHAIN, new SessionCompleted(session, UUID.randomUUID(),
                        clinic, BOTOX, List.of(new VialUse(vial, "X", INJECTED_UNITS))), Instant.now())));
            }
            perSession.add(events);
        }

        List<Sent> burst = interleavedTwice(perSession, new Random(7));
        burst.forEach(sent -> Fixtures.send(sent.key(), sent.event()));
        awaitEverythingBefore();

        long cancelled = count(fates, Fate.CANCELLED);
        long completed = count(fates, Fate.COMPLETED);
        long booked = count(fates, Fate.STILL_BOOKED);
        assertThat(cancelled + completed + booked).isEqualTo(SESSIONS);
        Map<String, Object> stock = jdbc.sql("""
                select on_hand_units, reserved_units from stock where chain_id = ? and clinic_id = ? and product_id = ?""")
                .params(CHAIN, clinic, BOTOX).query().singleRow();
        assertThat(stock.get("on_hand_units")).isEqualTo((int) (1000 - completed * INJECTED_UNITS));
        assertThat(stock.get("reserved_units")).isEqualTo((int) (booked * EXPECTED_UNITS));
        assertThat(Fixtures.stockLine(api, clinic).get("availableUnits").asInt())
                .isEqualTo((int) (1000 - completed * INJECTED_UNITS - booked * EXPECTED_UNITS));
        fates.forEach((session, fate) -> assertThat(status(session)).as(session + " " + fate).isEqualTo(switch (fate) {
            case CANCELLED -> "RELEASED";
            case COMPLETED -> "CONSUMED";
            case STILL_BOOKED -> "RESERVED";
        }));
        drawnPerVial.forEach((vial, units) -> assertThat(jdbc.sql("select units_remaining from vial where id = ?")
                .param(vial).query(Integer.class).single()).as("vial " + vial).isEqualTo(100 - units));

        List<String> keys = fates.keySet().stream().map(UUID::toString).toList();
        Map<String, Long> answers = new HashMap<>();
        jdbc.sql("""
                select event_type, count(*) as n, count(distinct record_key) as sessions from outbox_event
                where record_key = any(?) group by event_type""").param(keys.toArray(String[]::new))
                .query((rs, row) -> {
                    assertThat(rs.getLong("n")).as("one %s per session", rs.getString("event_type"))
                            .isEqualTo(rs.getLong("sessions"));
                    return answers.put(rs.getString("event_type"), rs.getLong("n"));
                }).list();
        assertThat(answers).containsOnly(Map.entry("StockReserved", (long) SESSIONS),
                Map.entry("StockConsumed", completed));
        assertThat(jdbc.sql("select count(*) from session_usage where session_id = any(?)")
                .param(fates.keySet().toArray(UUID[]::new)).query(Long.class).single()).isEqualTo(completed);
    }

    /**
     * Sessions interleaved at random; each session's first copies keep their order (the relay publishes one
     * aggregate in order), each second copy lands anywhere after its first, so a duplicate booking may follow
     * the completion.
     */
    static List<Sent> interleavedTwice(List<List<Sent>> perSession, Random random) {
        List<Sent> order = new ArrayList<>();
        List<List<Sent>> pending = new ArrayList<>();
        perSession.forEach(events -> pending.add(new ArrayList<>(events)));
        while (pending.stream().anyMatch(events -> !events.isEmpty())) {
            List<Sent> next = pending.get(random.nextInt(pending.size()));
            if (!next.isEmpty()) {
                order.add(next.remove(0));
            }
        }
        List<Sent> twice = new ArrayList<>(order);
        for (Sent sent : order) {
            int first = twice.indexOf(sent);
            twice.add(first + 1 + random.nextInt(twice.size() - first), sent);
        }
        assertThat(twice).hasSize(order.size() * 2);
        return twice;
    }

    /** A marker on every partition, each behind everything sent there: once all are applied, so is the burst. */
    void awaitEverythingBefore() {
        List<UUID> markers = new ArrayList<>();
        String markerClinic = Fixtures.newClinic();
        for (int partition = 0; partition < Fixtures.treatmentPartitions(); partition++) {
            UUID marker = UUID.randomUUID();
            markers.add(marker);
            Fixtures.sendTo(partition, marker, EventEnvelope.of(CHAIN, new SessionCancelled(marker, markerClinic, BOTOX,
                    "marker"), Instant.now()));
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> markers.stream().allMatch(m -> status(m) != null));
    }

    String status(UUID session) {
        return jdbc.sql("select status from reservation where session_id = ?").param(session).query(String.class)
                .optional().orElse(null);
    }

    static long count(Map<UUID, Fate> fates, Fate fate) {
        return fates.values().stream().filter(fate::equals).count();
    }
}
