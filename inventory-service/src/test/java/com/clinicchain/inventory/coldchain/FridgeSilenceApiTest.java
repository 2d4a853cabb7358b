package com.clinicchain.inventory.coldchain;

import static com.clinicchain.inventory.Fixtures.receive;
import static com.clinicchain.inventory.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.clinicchain.inventory.Fixtures;
import com.clinicchain.inventory.Fixtures.Lot;
import com.clinicchain.inventory.InventoryServiceTest;
import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

/**
 * A fridge whose sensor goes quiet (issue 11, defect 11): the scheduled silence check, called here directly, on the
 * real database; the readings are dated in the past so that the silence has already lasted.
 */
class FridgeSilenceApiTest extends InventoryServiceTest {

    @Autowired
    SilenceWatch watch;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    String fridgeWith(Lot lot) {
        Reply added = api.post(token("alice.admin"), "/api/inventory/fridges",
                Map.of("clinicId", lot.clinicId(), "name", "Fridge S"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String fridge = added.json().get("id").asString();
        Reply placed = api.post(token("alice.admin"), "/api/inventory/fridges/" + fridge + "/lots",
                Map.of("lotId", lot.id().toString()));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(200);
        return fridge;
    }

    Reply reading(String fridge, double celsius, Instant at) {
        Reply reply = api.post(token("alice.admin"),
                "/api/inventory/fridges/" + fridge + "/readings", Map.of("celsius", celsius, "at", at.toString()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }

    JsonNode fridge(String fridge) {
        return api.get(token("alice.admin"), "/api/inventory/fridges/" + fridge)
                .json();
    }

    List<JsonNode> events(String fridge, String type) {
        return jdbc.sql("select envelope from outbox_event where record_key = ? and event_type = ? order by seq")
                .params(fridge, type).query(String.class).list().stream()
                .map(json -> ApiClient.JSON.readTree(json).get("payload")).toList();
    }

    @Test
    void aQuietSensorIsAnnouncedOncePerSilenceAndTheNextReadingEndsIt() {
        String fridge = fridgeWith(receive(api, Fixtures.newClinic(), 1));
        Instant first = now.minus(90, ChronoUnit.MINUTES);
        reading(fridge, 5.0, first);

        watch.check();
        watch.check();
        List<JsonNode> silent = events(fridge, "FridgeSilent");
        assertThat(silent).hasSize(1);
        assertThat(Instant.parse(silent.get(0).get("lastReadingAt").asString())).isEqualTo(first);
        assertThat(Instant.parse(silent.get(0).get("silentSince").asString())).isEqualTo(first);
        assertThat(silent.get(0).get("fridgeName").asString()).isEqualTo("Fridge S");
        assertThat(fridge(fridge).get("silent").asBoolean()).isTrue();
        assertThat(Instant.parse(fridge(fridge).get("silentSince").asString())).isEqualTo(first);

        // the sensor speaks again, then goes quiet again: a new silence, announced once more
        Instant second = now.minus(45, ChronoUnit.MINUTES);
        reading(fridge, 5.0, second);
        assertThat(fridge(fridge).get("silent").asBoolean()).isFalse();
        watch.check();
        assertThat(events(fridge, "FridgeSilent")).hasSize(2);
        assertThat(Instant.parse(events(fridge, "FridgeSilent").get(1).get("silentSince").asString())).isEqualTo(second);

        reading(fridge, 5.0, now.minusSeconds(60));
        watch.check();
        assertThat(fridge(fridge).get("silent").asBoolean()).isFalse();
        assertThat(events(fridge, "FridgeSilent")).hasSize(2);
        assertThat(events(fridge, "VialsQuarantined")).isEmpty();
    }

    @Test
    void aWarmReadingFollowedBySilenceIsAnExcursionThatHasNotEnded() {
        Lot lot = receive(api, Fixtures.newClinic(), 2);
        String fridge = fridgeWith(lot);
        reading(fridge, 9.5, now.minus(40, ChronoUnit.MINUTES));

        watch.check();
        List<JsonNode> quarantined = events(fridge, "VialsQuarantined");
        assertThat(quarantined).hasSize(1);
        assertThat(quarantined.get(0).get("vialIds")).hasSize(2);
        assertThat(events(fridge, "FridgeSilent")).hasSize(1);
        JsonNode vial = api.get(token("alice.admin"), "/api/inventory/vials/" + lot.vialIds().get(0)).json();
        assertThat(vial.get("usable").asBoolean()).isFalse();
        assertThat(fridge(fridge).get("inExcursion").asBoolean()).isTrue();

        watch.check();
        assertThat(events(fridge, "VialsQuarantined")).hasSize(1);
        assertThat(events(fridge, "FridgeSilent")).hasSize(1);

        // back in range: the excursion and the silence end, the warm vials stay put aside until a manager decides
        Reply back = reading(fridge, 5.0, now.minusSeconds(30));
        assertThat(back.json().get("inExcursion").asBoolean()).isFalse();
        assertThat(back.json().get("quarantinedVials")).isEmpty();
        assertThat(fridge(fridge).get("silent").asBoolean()).isFalse();
        assertThat(api.get(token("alice.admin"), "/api/inventory/vials/" + lot.vialIds().get(0)).json()
                .get("usable").asBoolean()).isFalse();
        assertThat(events(fridge, "VialsQuarantined")).hasSize(1);
    }

    @Test
    void theReadingThatEndsALongSilentExcursionQuarantinesWhatWasInTheFridge() {
        Lot lot = receive(api, Fixtures.newClinic(), 1);
        String fridge = fridgeWith(lot);
        reading(fridge, 9.5, now.minus(60, ChronoUnit.MINUTES));

        // no check ran in between (the service was down): the fridge was not known to be cold for an hour
        Reply back = reading(fridge, 5.0, now.minus(5, ChronoUnit.MINUTES));
        assertThat(back.json().get("inExcursion").asBoolean()).isFalse();
        assertThat(back.json().get("quarantinedVials").get(0).asString()).isEqualTo(lot.vialIds().get(0).toString());
        assertThat(events(fridge, "VialsQuarantined")).hasSize(1);
    }
}
