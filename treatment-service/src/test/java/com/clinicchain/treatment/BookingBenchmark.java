package com.clinicchain.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.clinicchain.testsupport.ApiClient.Reply;

/**
 * The figures, on demand only (it seeds 50,000 sessions into the shared test database):
 * {@code ./mvnw -o -pl treatment-service verify -Dtest=BookingBenchmark -Dbenchmark=true}.
 * Prints and writes {@code target/benchmark.txt}: booking latency (eligibility, double-booking check, insert, outbox)
 * measured over HTTP at the service, and the recall query over a lot used in 1,000 sessions. Its name does not end
 * in Test, so the build's test run never picks it up.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class BookingBenchmark extends TreatmentServiceTest {

    static final int PATIENTS = 5_000;
    static final int SESSIONS_PER_PATIENT = 10;
    static final int RECALLED_SESSIONS = 1_000;
    static final int WARM_UP = 50;
    static final int BOOKINGS = 500;

    @Test
    void bookingLatencyWith50000PastSessionsAndRecallOverALotUsedIn1000Sessions() throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String lot = "BENCH-" + run;
        long seeding = System.nanoTime();
        seed(run, lot);
        double seedSeconds = (System.nanoTime() - seeding) / 1e9;

        List<UUID> patients = jdbc.sql("select distinct patient_id from injection_session where practitioner like ?")
                .param("bench-" + run + "-%").query(UUID.class).list();
        // a booking names practitioners of the registry: the seeded sessions' twenty, registered as an admin does
        for (int p = 0; p < 20; p++) {
            Reply registered = api.post(alice, "/api/practitioners", Map.of("username", "bench-" + run + "-" + p,
                    "displayName", "Bench Nurse " + p, "clinicIds", List.of(NORTH), "qualification", "NURSE"));
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        }
        OffsetDateTime firstSlot = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).withMinute(0).withSecond(0).withNano(0);
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < WARM_UP + BOOKINGS; i++) {
            Map<String, Object> booking = booking(patients.get(i), 20);
            booking.put("practitioner", "bench-" + run + "-" + (i % 20));
            booking.put("startsAt", firstSlot.plusMinutes(30L * i).toString());
            long start = System.nanoTime();
            Reply reply = api.post(rita, "/api/sessions", booking);
            long took = (System.nanoTime() - start) / 1_000;
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
            if (i >= WARM_UP) {
                micros.add(took);
            }
        }
        Collections.sort(micros);

        List<Long> recall = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            Reply reply = api.get(alice, "/api/sessions/recalls/" + lot + "/patients?size=100");
            recall.add((System.nanoTime() - start) / 1_000);
            assertThat(reply.json().get("totalItems").asLong()).isEqualTo(RECALLED_SESSIONS);
        }
        Collections.sort(recall);

        String report = String.format("""
                treatment-service benchmark (%d past sessions in the chain, seeded in %.1f s)
                booking over HTTP, %d bookings after %d warm-up: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms
                recall query (first page of 100, total %d sessions), 20 runs: p50 %.1f ms, max %.1f ms
                """, PATIENTS * SESSIONS_PER_PATIENT, seedSeconds, BOOKINGS, WARM_UP, pct(micros, 50), pct(micros, 95),
                pct(micros, 99), micros.get(micros.size() - 1) / 1000.0, RECALLED_SESSIONS, pct(recall, 50),
                recall.get(recall.size() - 1) / 1000.0);
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark.txt"), report);
    }

    /** Ten completed sessions per patient, six months apart and all older than 90 days, plus a valid consent each. */
    private void seed(String run, String lot) {
        jdbc.sql("""
                insert into injection_session (id, chain_id, clinic_id, patient_id, practitioner, product_id, starts_at,
                    duration_minutes, expected_units, status, stock_status, booked_by, completed_by, completed_at)
                select gen_random_uuid(), 'demo-chain', 'clinic-north', p.id, 'bench-' || ? || '-' || (s % 20), ?,
                       now() - ((s * 180 + 100) || ' days')::interval, 30, 20, 'COMPLETED', 'RESERVED', 'bench',
                       'nina.nurse', now() - ((s * 180 + 100) || ' days')::interval
                from (select gen_random_uuid() as id from generate_series(1, ?)) p, generate_series(0, ? - 1) s""")
                .params(run, BOTOX, PATIENTS, SESSIONS_PER_PATIENT).update();
        jdbc.sql("""
                insert into injection (id, session_id, area, units, vial_id, lot_number, expiry_date)
                select gen_random_uuid(), s.id, 'GLABELLAR_LINES', 20, gen_random_uuid(),
                       case when row_number() over (order by s.id) <= ? then ? else 'BENCH-OTHER-' || (random() * 500)::int end,
                       current_date + 365
                from injection_session s where s.practitioner like ?""")
                .params(RECALLED_SESSIONS, lot, "bench-" + run + "-%").update();
        jdbc.sql("""
                insert into patient_consent (consent_id, chain_id, patient_id, consent_type, signed_at)
                select gen_random_uuid(), 'demo-chain', patient_id, 'TREATMENT_BOTULINUM_TOXIN', now() - interval '1 day'
                from (select distinct patient_id from injection_session where practitioner like ?) p""")
                .param("bench-" + run + "-%").update();
        jdbc.sql("analyze").update();
    }

    private static double pct(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
