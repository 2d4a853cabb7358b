package com.clinicchain.inventory.coldchain;

import static com.clinicchain.inventory.Fixtures.stockLine;
import static com.clinicchain.inventory.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.inventory.Fixtures;
import com.clinicchain.inventory.InventoryServiceTest;
import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

/**
 * A fridge excursion quarantines what was in that fridge, not the lot chain-wide (issue 11, defect 6): the lot's
 * vials in other fridges and clinics stay usable, the warm ones are released vial by vial, a recall still reaches all.
 */
class FridgeQuarantineApiTest extends InventoryServiceTest {

    static final Instant START = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    record Delivery(String lotId, List<UUID> vialIds) {
    }

    Delivery deliver(String clinicId, String lotNumber, int vials) {
        Reply reply = api.post(token("alice.admin"), "/api/inventory/lots", Map.of("productId", Fixtures.BOTOX,
                "lotNumber", lotNumber, "expiryDate", LocalDate.now().plusYears(1).toString(),
                "supplier", "Allergan Aesthetics", "clinicId", clinicId, "vialCount", vials));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        List<UUID> ids = new ArrayList<>();
        reply.json().get("vialIds").forEach(id -> ids.add(UUID.fromString(id.asString())));
        return new Delivery(reply.json().get("id").asString(), ids);
    }

    String fridgeHolding(String clinicId, String lotId) {
        Reply fridge = api.post(token("alice.admin"), "/api/inventory/fridges", Map.of("clinicId", clinicId,
                "name", "Fridge " + UUID.randomUUID().toString().substring(0, 4)));
        assertThat(fridge.status()).as(fridge.toString()).isEqualTo(201);
        String id = fridge.json().get("id").asString();
        assertThat(api.post(token("alice.admin"), "/api/inventory/fridges/" + id + "/lots", Map.of("lotId", lotId))
                .status()).isEqualTo(200);
        return id;
    }

    void runWarm(String fridge) {
        for (int minutes : new int[] { 0, 20, 40 }) {
            Reply reading = api.post(token("alice.admin"), "/api/inventory/fridges/" + fridge + "/readings",
                    Map.of("celsius", 11.0, "at", START.plus(minutes, ChronoUnit.MINUTES).toString()));
            assertThat(reading.status()).as(reading.toString()).isEqualTo(201);
        }
    }

    JsonNode vial(UUID id) {
        return api.get(token("alice.admin"), "/api/inventory/vials/" + id).json();
    }

    Reply release(String user, UUID vial) {
        return api.post(token(user), "/api/inventory/vials/" + vial + "/release",
                Map.of("reason", "maker's stability data covers 40 min at 11 °C"));
    }

    @Test
    void aWarmFridgeQuarantinesOnlyItsOwnVialsWhichAreReleasedOneByOne() {
        String warmClinic = Fixtures.newClinic();
        String otherClinic = Fixtures.newClinic();
        String number = "W" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Delivery here = deliver(warmClinic, number, 2);
        String fridge = fridgeHolding(warmClinic, here.lotId());
        // the same lot, delivered to the other clinic and kept cold there
        Delivery there = deliver(otherClinic, number, 1);
        assertThat(there.lotId()).isEqualTo(here.lotId());

        runWarm(fridge);

        assertThat(vial(here.vialIds().get(0)).get("usable").asBoolean()).isFalse();
        assertThat(vial(here.vialIds().get(1)).get("usable").asBoolean()).isFalse();
        assertThat(vial(there.vialIds().get(0)).get("usable").asBoolean()).isTrue();
        assertThat(stockLine(api, warmClinic).get("availableUnits").asInt()).isZero();
        assertThat(stockLine(api, otherClinic).get("availableUnits").asInt()).isEqualTo(100);
        JsonNode lot = api.get(token("alice.admin"), "/api/inventory/lots/" + here.lotId()).json();
        assertThat(lot.get("status").asString()).isEqualTo("AVAILABLE");
        JsonNode line = api.get(token("alice.admin"), "/api/inventory/lots?clinicId=" + warmClinic).json()
                .get("items").get(0);
        assertThat(line.get("quarantinedVials").asInt()).isEqualTo(2);
        assertThat(api.post(token("alice.admin"), "/api/inventory/vials/" + here.vialIds().get(0) + "/reconstitute",
                Map.of("salineMl", 2.5)).status()).isEqualTo(409);
        assertThat(api.post(token("alice.admin"), "/api/inventory/vials/" + there.vialIds().get(0) + "/reconstitute",
                Map.of("salineMl", 2.5)).status()).isEqualTo(200);
        String envelope = jdbc.sql("select envelope from outbox_event where record_key = ? and event_type = ?")
                .params(fridge, "VialsQuarantined").query(String.class).single();
        assertThat(envelope).contains(here.vialIds().get(0).toString(), here.vialIds().get(1).toString())
                .doesNotContain(there.vialIds().get(0).toString());

        assertThat(release("nina.nurse", here.vialIds().get(0)).status()).isEqualTo(403);
        Reply released = release("alice.admin", here.vialIds().get(0));
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        assertThat(released.json().get("usable").asBoolean()).isTrue();
        assertThat(vial(here.vialIds().get(1)).get("usable").asBoolean()).isFalse();
        assertThat(stockLine(api, warmClinic).get("availableUnits").asInt()).isEqualTo(100);
        assertThat(release("alice.admin", here.vialIds().get(0)).status()).isEqualTo(409);
        assertThat(jdbc.sql("select count(*) from outbox_event where record_key = ? and event_type = 'VialsReleased'")
                .param(here.vialIds().get(0).toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aManufacturersRecallStillReachesEveryVialOfTheLot() {
        String warmClinic = Fixtures.newClinic();
        String otherClinic = Fixtures.newClinic();
        String number = "R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Delivery here = deliver(warmClinic, number, 1);
        Delivery there = deliver(otherClinic, number, 1);
        runWarm(fridgeHolding(warmClinic, here.lotId()));
        assertThat(release("alice.admin", here.vialIds().get(0)).status()).isEqualTo(200);

        assertThat(api.post(token("alice.admin"), "/api/inventory/lots/" + here.lotId() + "/recall",
                Map.of("reason", "manufacturer's recall notice")).status()).isEqualTo(200);

        assertThat(vial(here.vialIds().get(0)).get("usable").asBoolean()).isFalse();
        assertThat(vial(there.vialIds().get(0)).get("usable").asBoolean()).isFalse();
        assertThat(stockLine(api, warmClinic).get("availableUnits").asInt()).isZero();
        assertThat(stockLine(api, otherClinic).get("availableUnits").asInt()).isZero();
    }
}
