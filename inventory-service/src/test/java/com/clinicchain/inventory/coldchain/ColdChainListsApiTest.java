package com.clinicchain.inventory.coldchain;

import static com.clinicchain.inventory.Fixtures.receive;
import static com.clinicchain.inventory.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.clinicchain.inventory.Fixtures;
import com.clinicchain.inventory.Fixtures.Lot;
import com.clinicchain.inventory.InventoryServiceTest;
import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

/**
 * What the manager's cold-chain screen reads (issue 14): the vials an excursion quarantined, with their fridge and
 * why, and a fridge's readings over a time window for its chart; bad parameters are 400 problems naming them.
 */
class ColdChainListsApiTest extends InventoryServiceTest {

    static final Instant START = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    String fridgeWith(String clinic, Lot lot) {
        Reply fridge = api.post(token("alice.admin"), "/api/inventory/fridges", Map.of("clinicId", clinic,
                "name", "Fridge Q"));
        assertThat(fridge.status()).as(fridge.toString()).isEqualTo(201);
        String id = fridge.json().get("id").asString();
        assertThat(api.post(token("alice.admin"), "/api/inventory/fridges/" + id + "/lots",
                Map.of("lotId", lot.id().toString())).status()).isEqualTo(200);
        return id;
    }

    Reply reading(String fridge, double celsius, Instant at) {
        Reply reply = api.post(token("alice.admin"), "/api/inventory/fridges/" + fridge + "/readings",
                Map.of("celsius", celsius, "at", at.toString()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }

    static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    @Test
    void theQuarantinedVialsOfAClinicAreListedWithTheirFridgeUntilReleased() {
        String clinic = Fixtures.newClinic();
        Lot warm = receive(api, clinic, 2);
        Lot cold = receive(api, clinic, 1);
        String fridge = fridgeWith(clinic, warm);
        reading(fridge, 11.0, START);
        reading(fridge, 11.0, START.plus(40, ChronoUnit.MINUTES));

        Reply quarantined = api.get(token("alice.admin"), "/api/inventory/vials?clinicId=" + clinic
                + "&status=QUARANTINED");
        assertThat(quarantined.status()).as(quarantined.toString()).isEqualTo(200);
        assertThat(ids(quarantined.json())).containsExactlyInAnyOrderElementsOf(
                warm.vialIds().stream().map(Object::toString).toList());
        assertThat(quarantined.json().get("totalItems").asLong()).isEqualTo(2);
        JsonNode first = quarantined.json().get("items").get(0);
        assertThat(first.get("fridgeId").asString()).isEqualTo(fridge);
        assertThat(first.get("quarantinedAt").isNull()).isFalse();
        assertThat(first.get("quarantineReason").asString()).contains("Fridge Q");
        assertThat(first.get("status").asString()).isEqualTo("SEALED");

        Reply released = api.post(token("alice.admin"), "/api/inventory/vials/" + warm.vialIds().get(0) + "/release",
                Map.of("reason", "maker's stability data covers 40 min at 11 °C"));
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        Reply discarded = api.post(token("alice.admin"), "/api/inventory/vials/" + warm.vialIds().get(1) + "/discard",
                Map.of("reason", "OTHER", "note", "fridge excursion"));
        assertThat(discarded.status()).as(discarded.toString()).isEqualTo(200);
        assertThat(ids(api.get(token("alice.admin"), "/api/inventory/vials?clinicId=" + clinic
                + "&status=quarantined").json())).isEmpty();

        // the other statuses filter as named; without a status every vial is listed, its fridge with it
        assertThat(ids(api.get(token("alice.admin"), "/api/inventory/vials?clinicId=" + clinic
                + "&status=DISCARDED").json())).containsExactly(warm.vialIds().get(1).toString());
        assertThat(ids(api.get(token("alice.admin"), "/api/inventory/vials?clinicId=" + clinic
                + "&status=SEALED").json())).containsExactlyInAnyOrder(warm.vialIds().get(0).toString(),
                cold.vialIds().get(0).toString());
        JsonNode all = api.get(token("alice.admin"), "/api/inventory/vials?clinicId=" + clinic).json();
        assertThat(all.get("totalItems").asLong()).isEqualTo(3);
    }

    @Test
    void anUnknownStatusIsAProblemNamingStatus() {
        Reply reply = api.get(token("mark.manager"), "/api/inventory/vials?clinicId=clinic-north&status=WARM");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
        assertThat(reply.json().get("errors").get(0).get("message").asString()).contains("QUARANTINED");
    }

    @Test
    void aWindowOfReadingsHoldsExactlyTheReadingsTakenInItNewestFirst() {
        String clinic = Fixtures.newClinic();
        String fridge = fridgeWith(clinic, receive(api, clinic, 1));
        for (int minutes = 0; minutes <= 60; minutes += 10) {
            reading(fridge, 4.0 + minutes / 10.0, START.plus(minutes, ChronoUnit.MINUTES));
        }
        String from = START.plus(10, ChronoUnit.MINUTES).toString();
        String to = START.plus(40, ChronoUnit.MINUTES).toString();

        Reply window = api.get(token("alice.admin"), "/api/inventory/fridges/" + fridge + "/readings?from=" + from
                + "&to=" + to);
        assertThat(window.status()).as(window.toString()).isEqualTo(200);
        List<String> celsius = new ArrayList<>();
        window.json().get("items").forEach(item -> celsius.add(item.get("celsius").decimalValue().toPlainString()));
        // from is inclusive, to exclusive
        assertThat(celsius).containsExactly("7.0", "6.0", "5.0");
        assertThat(window.json().get("totalItems").asLong()).isEqualTo(3);

        Reply capped = api.get(token("alice.admin"), "/api/inventory/fridges/" + fridge + "/readings?from=" + from
                + "&size=2");
        assertThat(capped.json().get("items")).hasSize(2);
        assertThat(capped.json().get("items").get(0).get("celsius").decimalValue()).isEqualByComparingTo("10.0");
        assertThat(capped.json().get("totalItems").asLong()).isEqualTo(6);
    }

    @Test
    void aBadWindowIsAProblemNamingTheField() {
        String clinic = Fixtures.newClinic();
        String fridge = fridgeWith(clinic, receive(api, clinic, 1));
        String path = "/api/inventory/fridges/" + fridge + "/readings?";
        Map<String, String> cases = Map.of(
                "from=" + START.plus(1, ChronoUnit.HOURS) + "&to=" + START, "to",
                "from=" + START.minus(9, ChronoUnit.DAYS) + "&to=" + START, "from",
                "to=" + START, "from",
                "from=yesterday", "from",
                "from=" + START + "&size=3001", "size");
        cases.forEach((query, field) -> {
            Reply reply = api.get(token("alice.admin"), path + query);
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.json().get("errors").get(0).get("field").asString()).as(query).isEqualTo(field);
        });
    }
}
