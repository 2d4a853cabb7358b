package com.clinicchain.inventory.bench;

import static com.clinicchain.inventory.Fixtures.BOTOX;
import static com.clinicchain.inventory.Fixtures.receive;
import static com.clinicchain.inventory.Fixtures.send;
import static com.clinicchain.inventory.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicchain.contracts.treatment.SessionScheduled;
import com.clinicchain.inventory.Fixtures;
import com.clinicchain.inventory.InventoryServiceTest;
import com.clinicchain.testsupport.ApiClient;

/**
 * The figures, on the real parts: reservations per second with 16 concurrent clients on one clinic's stock
 * (SessionScheduled events through Kafka and the inbox, as in production), and the p95 of the stock view with 200
 * lots and 20,000 vials across 10 clinics. Not part of the build; run it alone:
 * {@code ./mvnw -o -pl inventory-service test -Dtest=InventoryBenchmark -Dbenchmark=true}
 * (sizes: -Dbenchmark.reservations=1600 -Dbenchmark.views=300).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class InventoryBenchmark extends InventoryServiceTest {

    static final int CLIENTS = 16;

    @Test
    void reservationsPerSecondWithSixteenClients() throws Exception {
        int total = Integer.getInteger("benchmark.reservations", 1600);
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String clinic = Fixtures.newClinic();
        receive(api, clinic, 500);  // 50,000 units: every reservation of 1..5 units fits
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long started = System.nanoTime();
        List<Future<?>> sent = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            sent.add(clients.submit(() -> {
                for (int i = 0; i < total / CLIENTS; i++) {
                    UUID session = UUID.randomUUID();
                    send(session, new SessionScheduled(session, UUID.randomUUID(), clinic, BOTOX, 1 + i % 5,
                            Instant.now().plusSeconds(3600)));
                }
            }));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        int expected = total / CLIENTS * CLIENTS;
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).until(() -> jdbc
                .sql("select count(*) from reservation where clinic_id = ?").param(clinic).query(Long.class)
                .single() == expected);
        double seconds = (System.nanoTime() - started) / 1e9;
        clients.shutdown();
        System.out.printf("BENCHMARK reservations: %d by %d clients in %.2f s = %.0f reservations/s%n", expected,
                CLIENTS, seconds, expected / seconds);
        assertThat(jdbc.sql("select count(*) from reservation where clinic_id = ? and status = 'RESERVED'")
                .param(clinic).query(Long.class).single()).isEqualTo(expected);
    }

    @Test
    void stockViewP95WithTwentyThousandVials() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        List<String> clinics = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            String clinic = Fixtures.newClinic();
            clinics.add(clinic);
            for (int l = 0; l < 20; l++) {
                receive(api, clinic, 100, LocalDate.now().plusDays(90 + l));
            }
        }
        int views = Integer.getInteger("benchmark.views", 300);
        String admin = token("alice.admin");
        long[] chainWide = new long[views];
        long[] oneClinic = new long[views];
        for (int i = 0; i < views; i++) {
            long t0 = System.nanoTime();
            assertThat(api.get(admin, "/api/inventory/stock").status()).isEqualTo(200);
            chainWide[i] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            assertThat(api.get(admin, "/api/inventory/stock?clinicId=" + clinics.get(i % 10)).status()).isEqualTo(200);
            oneClinic[i] = System.nanoTime() - t0;
        }
        long vials = jdbc.sql("select count(*) from vial").query(Long.class).single();
        System.out.printf("BENCHMARK stock view (%d vials in the database): chain-wide p95 %.1f ms, one clinic p95 %.1f ms%n",
                vials, p95(chainWide), p95(oneClinic));
    }

    static double p95(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6;
    }
}
