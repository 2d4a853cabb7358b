package com.clinicchain.inventory.coldchain;

import static com.clinicchain.inventory.Fixtures.receive;
import static com.clinicchain.inventory.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicchain.inventory.Fixtures;
import com.clinicchain.inventory.Fixtures.Lot;
import com.clinicchain.inventory.InventoryServiceTest;
import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

/** Fridges, readings and the excursion rule over HTTP, on the real database. */
class ColdChainApiTest extends InventoryServiceTest {

    static final Instant START = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    String addFridge(String user, String clinic) {
        Reply reply = api.post(token(user), "/api/inventory/fridges", Map.of("clinicId", clinic, "name", "Fridge A"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.location()).isEqualTo("/api/inventory/fridges/" + reply.json().get("id").asString());
        return reply.json().get("id").asString();
    }

    Reply reading(String user, String fridge, Object celsius, Instant at) {
        return api.post(token(user), "/api/inventory/fridges/" + fridge + "/readings",
                Map.of("celsius", celsius, "at", at.toString()));
    }

    List<String> eventsOf(UUID key) {
        return jdbc.sql("select event_type from outbox_event where record_key = ? order by seq")
                .param(key.toString()).query(String.class).list();
    }

    @Test
    void aFridgeWarmLongerThanAllowedQuarantinesItsVialsOnce() {
        String clinic = Fixtures.newClinic();
        String fridge = addFridge("alice.admin", clinic);
        Lot inside = receive(api, clinic, 1);
        Lot outside = receive(api, clinic, 1);
        Reply placed = api.post(token("alice.admin"), "/api/inventory/fridges/" + fridge + "/lots",
                Map.of("lotId", inside.id().toString()));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(200);
        assertThat(placed.json().get("lotIds").get(0).asString()).isEqualTo(inside.id().toString());

        assertThat(reading("alice.admin", fridge, 5.0, START).json().get("inRange").asBoolean()).isTrue();
        Reply warm = reading("alice.admin", fridge, 9.5, START.plusSeconds(600));
        assertThat(warm.status()).as(warm.toString()).isEqualTo(201);
        assertThat(warm.json().get("inExcursion").asBoolean()).isTrue();
        assertThat(reading("alice.admin", fridge, 10.0, START.plusSeconds(600 + 30 * 60)).json()
                .get("quarantinedLots")).isEmpty();
        assertThat(eventsOf(inside.id())).containsExactly("LotReceived");

        Reply tooLong = reading("alice.admin", fridge, 10.5, START.plusSeconds(600 + 31 * 60));
        assertThat(tooLong.json().get("quarantinedLots").get(0).asString()).isEqualTo(inside.id().toString());
        assertThat(tooLong.json().get("quarantinedLots")).hasSize(1);
        assertThat(tooLong.json().get("quarantinedVials").get(0).asString())
                .isEqualTo(inside.vialIds().get(0).toString());
        assertThat(reading("alice.admin", fridge, 11.0, START.plusSeconds(600 + 40 * 60)).json()
                .get("quarantinedVials")).isEmpty();
        assertThat(eventsOf(UUID.fromString(fridge))).containsExactly("VialsQuarantined");
        assertThat(eventsOf(inside.id())).containsExactly("LotReceived");
        assertThat(eventsOf(outside.id())).containsExactly("LotReceived");
        JsonNode vial = api.get(token("alice.admin"), "/api/inventory/vials/" + inside.vialIds().get(0)).json();
        assertThat(vial.get("usable").asBoolean()).isFalse();
        assertThat(vial.get("quarantineReason").asString()).contains("Fridge A");
        // the vial was warm, not the manufacturer's lot
        assertThat(api.get(token("alice.admin"), "/api/inventory/lots/" + inside.id()).json().get("status").asString())
                .isEqualTo("AVAILABLE");

        Reply history = api.get(token("alice.admin"), "/api/inventory/fridges/" + fridge + "/readings?size=10");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json().get("totalItems").asLong()).isEqualTo(5);
        assertThat(history.json().get("items").get(0).get("celsius").decimalValue()).isEqualByComparingTo("11.0");
        assertThat(history.json().get("items").get(4).get("inRange").asBoolean()).isTrue();
    }

    @Test
    void aReadingBackInRangeEndsTheExcursionBeforeItCounts() {
        String clinic = Fixtures.newClinic();
        String fridge = addFridge("alice.admin", clinic);
        Lot lot = receive(api, clinic, 1);
        api.post(token("alice.admin"), "/api/inventory/fridges/" + fridge + "/lots", Map.of("lotId", lot.id().toString()));

        reading("alice.admin", fridge, 9.0, START);
        assertThat(reading("alice.admin", fridge, 6.0, START.plusSeconds(20 * 60)).json().get("inExcursion")
                .asBoolean()).isFalse();
        reading("alice.admin", fridge, 9.0, START.plusSeconds(40 * 60));
        // a late reading of the first excursion does not stretch the new one back in time
        reading("alice.admin", fridge, 9.0, START.plusSeconds(10 * 60));
        assertThat(reading("alice.admin", fridge, 9.0, START.plusSeconds(65 * 60)).json().get("quarantinedLots"))
                .isEmpty();
        assertThat(eventsOf(lot.id())).containsExactly("LotReceived");
    }

    @Test
    void staffOfTheClinicRecordManagersRunFridgesOthersAreRefused() {
        String fridge = addFridge("mark.manager", "clinic-north");
        String elsewhere = addFridge("alice.admin", Fixtures.newClinic());
        Instant now = Instant.now().minusSeconds(60);

        assertThat(reading("nina.nurse", fridge, 4.0, now).status()).isEqualTo(201);
        assertThat(reading("rita.reception", fridge, 4.0, now).status()).isEqualTo(403);
        assertThat(reading("partner-demo", fridge, 4.0, now).status()).isEqualTo(403);  // inventory.read only
        assertThat(reading("nina.nurse", elsewhere, 4.0, now).status()).isEqualTo(403);
        assertThat(reading("oscar.other", fridge, 4.0, now).status()).isEqualTo(404);
        assertThat(api.get(token("oscar.other"), "/api/inventory/fridges/" + fridge + "/readings").status())
                .isEqualTo(404);
        assertThat(api.get(token("partner-demo"), "/api/inventory/fridges/" + fridge + "/readings").json()
                .get("totalItems").asLong()).isEqualTo(1);
        assertThat(api.post(token("nina.nurse"), "/api/inventory/fridges",
                Map.of("clinicId", "clinic-north", "name", "B")).status()).isEqualTo(403);
        assertThat(api.post(token("mark.manager"), "/api/inventory/fridges",
                Map.of("clinicId", Fixtures.newClinic(), "name", "B")).status()).isEqualTo(403);
        Lot south = receive(api, "clinic-south", 1);
        assertRefused(api.post(token("mark.manager"), "/api/inventory/fridges/" + fridge + "/lots",
                Map.of("lotId", south.id().toString())), "lotId");
        assertThat(api.get(token("nina.nurse"), "/api/inventory/fridges?clinicId=clinic-north").json()).isNotEmpty();
    }

    @Test
    void badReadingsAreRefusedNamingTheFieldAndStoreNothing() {
        String fridge = addFridge("alice.admin", Fixtures.newClinic());
        String admin = token("alice.admin");
        String path = "/api/inventory/fridges/" + fridge + "/readings";
        Instant now = Instant.now().minusSeconds(60);

        assertRefused(reading("alice.admin", fridge, 75, now), "celsius");
        assertRefused(reading("alice.admin", fridge, 4.25, now), "celsius");
        assertRefused(reading("alice.admin", fridge, "cold", now), "celsius");
        assertRefused(api.post(admin, path, Map.of("celsius", 4, "at", "yesterday")), "at");
        assertRefused(api.post(admin, path, Map.of("celsius", 4)), "at");
        assertRefused(reading("alice.admin", fridge, 4, Instant.now().plusSeconds(3600)), "at");
        assertRefused(api.post(admin, "/api/inventory/fridges", Map.of("clinicId", "clinic-north", "name", "<b>")), "name");
        assertThat(reading("alice.admin", UUID.randomUUID().toString(), 4, now).status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from temperature_reading where fridge_id = ?")
                .param(UUID.fromString(fridge)).query(Long.class).single()).isZero();
    }

    static void assertRefused(Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").get(0).get("field").asString()).as(reply.toString()).isEqualTo(field);
    }
}
