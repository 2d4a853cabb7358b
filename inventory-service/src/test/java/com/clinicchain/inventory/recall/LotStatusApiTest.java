package com.clinicchain.inventory.recall;

import static com.clinicchain.inventory.Fixtures.BOTOX;
import static com.clinicchain.inventory.Fixtures.receive;
import static com.clinicchain.inventory.Fixtures.send;
import static com.clinicchain.inventory.Fixtures.stockLine;
import static com.clinicchain.inventory.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicchain.contracts.treatment.SessionCompleted;
import com.clinicchain.contracts.treatment.SessionCompleted.VialUse;
import com.clinicchain.contracts.treatment.SessionScheduled;
import com.clinicchain.inventory.Fixtures;
import com.clinicchain.inventory.Fixtures.Lot;
import com.clinicchain.inventory.InventoryServiceTest;
import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

/** Recalls, quarantines and releases over HTTP, and what they do to reservations and consumption. */
class LotStatusApiTest extends InventoryServiceTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    Reply act(String user, Lot lot, String action, String reason) {
        return api.post(token(user), "/api/inventory/lots/" + lot.id() + "/" + action, Map.of("reason", reason));
    }

    List<String> eventsOf(UUID key) {
        return jdbc.sql("select event_type from outbox_event where record_key = ? order by seq")
                .param(key.toString()).query(String.class).list();
    }

    String reservationStatus(UUID session) {
        return jdbc.sql("select status from reservation where session_id = ?").param(session).query(String.class)
                .optional().orElse(null);
    }

    @Test
    void anAdminRecallsALotAndItsVialsAreBlockedForGood() {
        String clinic = Fixtures.newClinic();
        Lot lot = receive(api, clinic, 2);

        Reply reply = act("alice.admin", lot, "recall", "manufacturer notice 2026-14");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("status").asString()).isEqualTo("RECALLED");
        assertThat(eventsOf(lot.id())).containsExactly("LotReceived", "LotRecalled");
        JsonNode stock = stockLine(api, clinic);
        assertThat(stock.get("onHandUnits").asInt()).isEqualTo(200);
        assertThat(stock.get("unusableUnits").asInt()).isEqualTo(200);
        assertThat(stock.get("availableUnits").asInt()).isZero();
        JsonNode read = api.get(token("alice.admin"), "/api/inventory/lots/" + lot.id()).json();
        assertThat(read.get("status").asString()).isEqualTo("RECALLED");
        assertThat(read.get("statusReason").asString()).isEqualTo("manufacturer notice 2026-14");
        Reply mix = api.post(token("alice.admin"), "/api/inventory/vials/" + lot.vialIds().get(0) + "/reconstitute",
                Map.of("salineMl", 2.5));
        assertThat(mix.status()).as(mix.toString()).isEqualTo(409);
        assertThat(mix.json().get("type").asString()).isEqualTo("/problems/lot-blocked");

        assertThat(act("alice.admin", lot, "recall", "again").status()).isEqualTo(409);
        assertThat(act("alice.admin", lot, "release", "mistake").status()).isEqualTo(409);
        assertThat(act("alice.admin", lot, "quarantine", "check").status()).isEqualTo(409);
        assertThat(eventsOf(lot.id())).containsExactly("LotReceived", "LotRecalled");
        // the recalled vials can still be thrown away, which takes them off the shelf
        assertThat(api.post(token("alice.admin"), "/api/inventory/vials/" + lot.vialIds().get(0) + "/discard",
                Map.of("reason", "OTHER", "note", "recall")).status()).isEqualTo(200);
        assertThat(stockLine(api, clinic).get("unusableUnits").asInt()).isEqualTo(100);
    }

    @Test
    void aManagerQuarantinesALotOfHisClinicAndReleasesIt() {
        Lot lot = receive(api, "clinic-north", 1);

        Reply quarantined = act("mark.manager", lot, "quarantine", "box arrived warm");
        assertThat(quarantined.status()).as(quarantined.toString()).isEqualTo(200);
        assertThat(quarantined.json().get("status").asString()).isEqualTo("QUARANTINED");
        assertThat(act("mark.manager", lot, "quarantine", "again").status()).isEqualTo(409);
        JsonNode vial = api.get(token("nina.nurse"), "/api/inventory/vials/" + lot.vialIds().get(0)).json();
        assertThat(vial.get("lotStatus").asString()).isEqualTo("QUARANTINED");
        assertThat(vial.get("usable").asBoolean()).isFalse();

        Reply released = act("mark.manager", lot, "release", "supplier confirmed the data logger was fine");
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        assertThat(released.json().get("status").asString()).isEqualTo("AVAILABLE");
        assertThat(act("mark.manager", lot, "release", "again").status()).isEqualTo(409);
        assertThat(eventsOf(lot.id())).containsExactly("LotReceived", "LotQuarantined", "LotReleased");
        String envelope = jdbc.sql("select envelope from outbox_event where record_key = ? and event_type = 'LotReleased'")
                .param(lot.id().toString()).query(String.class).single();
        assertThat(ApiClient.JSON.readTree(envelope).get("payload").get("reason").asString())
                .isEqualTo("supplier confirmed the data logger was fine");
    }

    @Test
    void rolesClinicsAndChainsDecideWhoMayBlockALot() {
        Lot elsewhere = receive(api, Fixtures.newClinic(), 1);
        Lot north = receive(api, "clinic-north", 1);

        assertThat(act("mark.manager", north, "recall", "r").status()).isEqualTo(403);
        assertThat(act("nina.nurse", north, "quarantine", "r").status()).isEqualTo(403);
        assertThat(act("rita.reception", north, "quarantine", "r").status()).isEqualTo(403);
        assertThat(act("partner-demo", north, "quarantine", "r").status()).isEqualTo(403);
        assertThat(act("mark.manager", elsewhere, "quarantine", "r").status()).isEqualTo(403);
        Reply outsider = act("oscar.other", north, "recall", "r");
        assertThat(outsider.status()).as(outsider.toString()).isEqualTo(404);
        assertThat(act("oscar.other", north, "quarantine", "r").status()).isEqualTo(404);
        assertThat(api.post(null, "/api/inventory/lots/" + north.id() + "/recall", Map.of("reason", "r")).status())
                .isEqualTo(401);
        assertThat(eventsOf(north.id())).containsExactly("LotReceived");
        assertThat(eventsOf(elsewhere.id())).containsExactly("LotReceived");
    }

    @Test
    void aReasonIsRequired() {
        Lot lot = receive(api, Fixtures.newClinic(), 1);
        String admin = token("alice.admin");
        for (String action : new String[] { "recall", "quarantine", "release" }) {
            String path = "/api/inventory/lots/" + lot.id() + "/" + action;
            assertRefused(api.postJson(admin, path, "{}"), "reason");
            assertRefused(api.post(admin, path, Map.of("reason", " ")), "reason");
            assertRefused(api.post(admin, path, Map.of("reason", "x".repeat(501))), "reason");
        }
        assertRefused(api.post(admin, "/api/inventory/lots/42/recall", Map.of("reason", "r")), "id");
        assertThat(api.post(admin, "/api/inventory/lots/" + UUID.randomUUID() + "/recall", Map.of("reason", "r"))
                .status()).isEqualTo(404);
        assertThat(eventsOf(lot.id())).containsExactly("LotReceived");
    }

    @Test
    void aBlockedLotIsNeitherReservedAgainstNorDrawnFrom() {
        String clinic = Fixtures.newClinic();
        Lot lot = receive(api, clinic, 1);
        assertThat(act("alice.admin", lot, "quarantine", "fridge alarm").status()).isEqualTo(200);

        UUID refused = UUID.randomUUID();
        send(refused, new SessionScheduled(refused, UUID.randomUUID(), clinic, BOTOX, 20, Instant.now().plusSeconds(3600)));
        UUID completed = UUID.randomUUID();
        send(completed, new SessionCompleted(completed, UUID.randomUUID(), clinic, BOTOX,
                List.of(new VialUse(lot.vialIds().get(0), "ignored", 20))));
        await().atMost(PATIENCE).until(() -> reservationStatus(refused) != null && reservationStatus(completed) != null);

        assertThat(reservationStatus(refused)).isEqualTo("REJECTED");
        assertThat(jdbc.sql("select units_remaining from vial where id = ?").param(lot.vialIds().get(0))
                .query(Integer.class).single()).isEqualTo(100);
        assertThat(stockLine(api, clinic).get("onHandUnits").asInt()).isEqualTo(100);

        assertThat(act("alice.admin", lot, "release", "alarm was a sensor fault").status()).isEqualTo(200);
        assertThat(reservationStatus(refused)).as("the session waiting for the blocked units is served").isEqualTo(
                "RESERVED");
        UUID reserved = UUID.randomUUID();
        send(reserved, new SessionScheduled(reserved, UUID.randomUUID(), clinic, BOTOX, 20, Instant.now().plusSeconds(3600)));
        await().atMost(PATIENCE).until(() -> reservationStatus(reserved) != null);
        assertThat(reservationStatus(reserved)).isEqualTo("RESERVED");
    }

    static void assertRefused(Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").get(0).get("field").asString()).as(reply.toString()).isEqualTo(field);
    }
}
