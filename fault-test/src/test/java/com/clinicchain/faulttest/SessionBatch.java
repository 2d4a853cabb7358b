package com.clinicchain.faulttest;

import com.clinicchain.testsupport.DemoProducts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import com.clinicchain.testsupport.ApiClient;

/**
 * Sessions booked for one new patient at clinic-north, each reserved by inventory and ready to be completed with
 * the label dose for frown lines (20 U) from a vial of one new lot; five sessions share a 100 U vial.
 * <p>
 * One patient keeps the set-up short; the nurse takes responsibility for the repeat-treatment rules with an override,
 * as she would for a study protocol.
 */
final class SessionBatch {

    static final String CLINIC = "clinic-north";
    static final String BOTOX = DemoProducts.BOTOX_ID;
    static final int UNITS = 20;
    private static final int SESSIONS_PER_VIAL = 5;
    static final String RECEPTION = "rita.reception";
    static final String NURSE = "nina.nurse";
    static final String MANAGER = "mark.manager";
    private static final List<Map<String, String>> OVERRIDES = List.of(
            Map.of("rule", "RETREATMENT_INTERVAL", "reason", "load test protocol: repeated sessions on purpose"),
            Map.of("rule", "UNITS_PER_90_DAYS", "reason", "load test protocol: repeated sessions on purpose"));
    /** 15-minute slots for the nurse, never reused within a run, so that bookings never overlap. */
    private static final OffsetDateTime FIRST_SLOT = OffsetDateTime.now(ZoneOffset.UTC).plusHours(2)
            .truncatedTo(ChronoUnit.HOURS);
    private static final AtomicInteger nextSlot = new AtomicInteger();

    private final FaultPlatform platform;
    private final Stock before;
    private final List<String> sessionIds;
    private final List<String> vialIds;

    private SessionBatch(FaultPlatform platform, Stock before, List<String> sessionIds, List<String> vialIds) {
        this.platform = platform;
        this.before = before;
        this.sessionIds = sessionIds;
        this.vialIds = vialIds;
    }

    /** Receives the vials, books {@code count} sessions and waits until inventory has reserved every one. */
    static SessionBatch book(FaultPlatform platform, int count) {
        ApiClient api = platform.api();
        Stock before = stock(platform);
        int vials = (count + SESSIONS_PER_VIAL - 1) / SESSIONS_PER_VIAL;
        var lot = patiently(() -> api.post(platform.token(MANAGER), "/api/inventory/lots", Map.of("productId", BOTOX,
                "lotNumber", "F" + UUID.randomUUID().toString().substring(0, 8), "expiryDate",
                LocalDate.now().plusYears(2).toString(), "supplier", "Allergan", "clinicId", CLINIC, "vialCount", vials)));
        assertThat(lot.status()).as(lot.toString()).isEqualTo(201);
        List<String> vialIds = new ArrayList<>();
        lot.json().get("vialIds").forEach(id -> vialIds.add(id.asString()));
        for (String vial : vialIds) {
            var reconstituted = patiently(() -> api.post(platform.token(NURSE), "/api/inventory/vials/" + vial
                    + "/reconstitute", Map.of("salineMl", 2.5)));
            assertThat(reconstituted.status()).as(reconstituted.toString()).isEqualTo(200);
        }

        // every batch has its own patient of the same made-up name: say so, or reception's duplicate check asks
        var patient = patiently(() -> api.post(platform.token(RECEPTION), "/api/patients", Map.of("givenName", "Test",
                "familyName", "Patient", "dateOfBirth", "1980-01-01", "sex", "FEMALE", "homeClinicId", CLINIC,
                "confirmedDifferentPerson", true)));
        assertThat(patient.status()).as(patient.toString()).isEqualTo(201);
        String patientId = patient.json().get("id").asString();
        var consent = patiently(() -> api.post(platform.token(NURSE), "/api/patients/" + patientId + "/consents", Map.of(
                "type", "TREATMENT_BOTULINUM_TOXIN", "templateVersion", 1, "method", "IN_CLINIC",
                "signedAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).toString())));
        assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
        // a completion needs a screening of the last 12 months
        var screening = patiently(() -> api.post(platform.token(NURSE), "/api/patients/" + patientId + "/screenings",
                Map.of("conditions", List.of(), "medications", List.of())));
        assertThat(screening.status()).as(screening.toString()).isEqualTo(201);

        List<String> sessionIds = new ArrayList<>();
        // the first booking waits until the treatment service has heard of the consent
        AtomicReference<ApiClient.Reply> first = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            first.set(bookOne(platform, patientId));
            return first.get().status() != 422;
        });
        for (int i = 0; i < count; i++) {
            var booked = i == 0 ? first.get() : bookOne(platform, patientId);
            assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
            sessionIds.add(booked.json().get("id").asString());
        }
        SessionBatch batch = new SessionBatch(platform, before, sessionIds, vialIds);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(stock(platform)).isEqualTo(batch.booked()));
        return batch;
    }

    private static ApiClient.Reply bookOne(FaultPlatform platform, String patientId) {
        OffsetDateTime startsAt = FIRST_SLOT.plusMinutes(15L * nextSlot.getAndIncrement());
        return patiently(() -> platform.api().post(platform.token(NURSE), "/api/sessions", Map.of("patientId", patientId,
                "clinicId", CLINIC, "practitioner", NURSE, "startsAt", startsAt.toString(), "durationMinutes", 15,
                "productId", BOTOX, "areas", List.of(Map.of("area", "GLABELLAR_LINES")), "overrides", OVERRIDES)));
    }

    /**
     * The gateway limits each member of staff to 50 requests/s (burst 100) and answers 429 "retry after 1 s" beyond:
     * do as a well-behaved client does, so that a fast machine does not fail a fault test.
     */
    static ApiClient.Reply patiently(Supplier<ApiClient.Reply> call) {
        var reply = call.get();
        for (int attempt = 0; reply.status() == 429 && attempt < 30; attempt++) {
            sleep(1_000);
            reply = call.get();
        }
        return reply;
    }

    static Stock stock(FaultPlatform platform) {
        return Stock.of(platform.api(), platform.token(MANAGER), CLINIC, BOTOX);
    }

    /**
     * The nurse completes session {@code index}; a vial not yet known to the treatment service, or not yet known to
     * be reconstituted, or a screening not yet heard of (the events still on their way), is retried for a while, as
     * the nurse would.
     */
    ApiClient.Reply complete(int index) {
        Map<String, Object> body = Map.of("injections", List.of(Map.of("area", "GLABELLAR_LINES", "units", UNITS,
                "vialId", vialIds.get(index / SESSIONS_PER_VIAL))), "overrides", OVERRIDES);
        String path = "/api/sessions/" + sessionIds.get(index) + "/complete";
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            var reply = patiently(() -> platform.api().post(platform.token(NURSE), path, body));
            boolean eventsOnTheirWay = reply.body().contains("VIAL_UNKNOWN")
                    || reply.body().contains("VIAL_NOT_RECONSTITUTED") || reply.body().contains("SCREENING_MISSING");
            if (reply.status() != 422 || !eventsOnTheirWay || System.nanoTime() > deadline) {
                return reply;
            }
            sleep(100);
        }
    }

    /** The session as the treatment service shows it, e.g. to learn whether a completion cut short went through. */
    String status(int index) {
        var reply = patiently(() -> platform.api().get(platform.token(NURSE), "/api/sessions/" + sessionIds.get(index)));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("status").asString();
    }

    int size() {
        return sessionIds.size();
    }

    List<String> sessionIds() {
        return sessionIds;
    }

    List<String> vialIds() {
        return vialIds;
    }

    /** Stock once the vials arrived and every session is reserved. */
    Stock booked() {
        return before.plus(vialIds.size() * 100, size() * UNITS);
    }

    /** Stock once {@code completed} sessions consumed their units and released their reservations. */
    Stock afterCompleting(int completed) {
        return booked().plus(-completed * UNITS, -completed * UNITS);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
