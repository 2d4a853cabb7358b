package com.clinicchain.inventory.threshold;

import static com.clinicchain.inventory.Fixtures.BOTOX;
import static com.clinicchain.inventory.Fixtures.receive;
import static com.clinicchain.inventory.Fixtures.send;
import static com.clinicchain.inventory.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicchain.contracts.treatment.SessionCancelled;
import com.clinicchain.contracts.treatment.SessionScheduled;
import com.clinicchain.inventory.Fixtures;
import com.clinicchain.inventory.Fixtures.Lot;
import com.clinicchain.inventory.InventoryServiceTest;
import com.clinicchain.inventory.expiry.ExpiryWatch;
import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

/** StockLow once per crossing as sessions come and go; LotExpiringSoon once per lot. */
class StockAlertsTest extends InventoryServiceTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    ExpiryWatch expiryWatch;

    Reply setThreshold(String user, String clinic, Object minUnits) {
        return Fixtures.put(port, token(user), "/api/inventory/thresholds",
                Map.of("clinicId", clinic, "productId", BOTOX.toString(), "minUnits", minUnits));
    }

    List<JsonNode> stockLowAt(String clinic) {
        return jdbc.sql("select envelope from outbox_event where record_key = ? and event_type = 'StockLow' order by seq")
                .param(clinic + "/" + BOTOX).query(String.class).list().stream()
                .map(envelope -> ApiClient.JSON.readTree(envelope).get("payload")).toList();
    }

    UUID schedule(String clinic, int units) {
        UUID session = UUID.randomUUID();
        send(inOrder(clinic), new SessionScheduled(session, UUID.randomUUID(), clinic, BOTOX, units, Instant.now().plusSeconds(3600)));
        return session;
    }

    /** One record key for a clinic's events: one partition, so they are applied in the order sent. */
    static UUID inOrder(String clinic) {
        return UUID.nameUUIDFromBytes(clinic.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    String reservationStatus(UUID session) {
        return jdbc.sql("select status from reservation where session_id = ?").param(session).query(String.class)
                .optional().orElse(null);
    }

    @Test
    void stockLowIsPublishedOncePerCrossing() {
        String clinic = Fixtures.newClinic();
        receive(api, clinic, 1);
        Reply set = setThreshold("alice.admin", clinic, 50);
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().get("below").asBoolean()).isFalse();

        UUID first = schedule(clinic, 30);   // 70 left: fine
        UUID second = schedule(clinic, 30);  // 40 left: below
        UUID third = schedule(clinic, 10);   // 30 left: still below, no second alert
        await().atMost(PATIENCE).until(() -> "RESERVED".equals(reservationStatus(third)));
        assertThat(stockLowAt(clinic)).hasSize(1);
        assertThat(stockLowAt(clinic).get(0).get("availableUnits").asInt()).isEqualTo(40);
        assertThat(stockLowAt(clinic).get(0).get("thresholdUnits").asInt()).isEqualTo(50);

        send(inOrder(clinic), new SessionCancelled(first, clinic, BOTOX, "patient called"));
        send(inOrder(clinic), new SessionCancelled(second, clinic, BOTOX, "patient called"));  // 90 left: recovered
        await().atMost(PATIENCE).until(() -> "RELEASED".equals(reservationStatus(second)));
        assertThat(stockLowAt(clinic)).hasSize(1);

        UUID fourth = schedule(clinic, 60);  // 30 left: below again
        await().atMost(PATIENCE).until(() -> "RESERVED".equals(reservationStatus(fourth)));
        assertThat(stockLowAt(clinic)).hasSize(2);
        assertThat(stockLowAt(clinic).get(1).get("availableUnits").asInt()).isEqualTo(30);
    }

    @Test
    void aMinimumAboveTheStockAlreadyThereIsAnnouncedAtOnce() {
        String clinic = Fixtures.newClinic();
        receive(api, clinic, 1);

        Reply set = setThreshold("alice.admin", clinic, 500);

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().get("below").asBoolean()).isTrue();
        assertThat(stockLowAt(clinic)).hasSize(1);
        assertThat(setThreshold("alice.admin", clinic, 400).status()).isEqualTo(200);
        assertThat(stockLowAt(clinic)).hasSize(1);
    }

    @Test
    void onlyManagersOfTheClinicAndAdminsSetThresholdsAndBadInputIsRefused() {
        String elsewhere = Fixtures.newClinic();
        assertThat(setThreshold("mark.manager", "clinic-north", 0).status()).isEqualTo(200);
        assertThat(setThreshold("mark.manager", elsewhere, 10).status()).isEqualTo(403);
        assertThat(setThreshold("nina.nurse", "clinic-north", 10).status()).isEqualTo(403);
        assertThat(setThreshold("rita.reception", "clinic-north", 10).status()).isEqualTo(403);
        assertThat(setThreshold("partner-demo", "clinic-north", 10).status()).isEqualTo(403);

        String admin = token("alice.admin");
        assertRefused(setThreshold("alice.admin", elsewhere, -1), "minUnits");
        assertRefused(setThreshold("alice.admin", elsewhere, "few"), "minUnits");
        assertRefused(Fixtures.put(port, admin, "/api/inventory/thresholds", Map.of("clinicId", elsewhere,
                "productId", UUID.randomUUID().toString(), "minUnits", 10)), "productId");
        assertRefused(Fixtures.put(port, admin, "/api/inventory/thresholds", Map.of("productId", BOTOX.toString(),
                "minUnits", 10)), "clinicId");
        assertThat(jdbc.sql("select count(*) from stock_threshold where clinic_id = ?").param(elsewhere)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aLotExpiringWithinTheWindowIsAnnouncedOnce() {
        String clinic = Fixtures.newClinic();
        Lot soon = receive(api, clinic, 1, LocalDate.now().plusDays(30));
        Lot later = receive(api, clinic, 1, LocalDate.now().plusDays(200));

        expiryWatch.check();
        expiryWatch.check();

        List<String> announced = jdbc.sql("""
                select envelope from outbox_event where event_type = 'LotExpiringSoon' and record_key in (?, ?)""")
                .params(soon.id().toString(), later.id().toString()).query(String.class).list();
        assertThat(announced).hasSize(1);
        JsonNode payload = ApiClient.JSON.readTree(announced.get(0)).get("payload");
        assertThat(payload.get("lotId").asString()).isEqualTo(soon.id().toString());
        assertThat(payload.get("expiryDate").asString()).isEqualTo(LocalDate.now().plusDays(30).toString());
        assertThat(payload.get("clinicId").asString()).isEqualTo(clinic);
    }

    static void assertRefused(Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").get(0).get("field").asString()).as(reply.toString()).isEqualTo(field);
    }
}
