package com.clinicchain.inventory.coldchain;

import static com.clinicchain.inventory.Fixtures.receive;
import static com.clinicchain.inventory.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.clinicchain.inventory.Fixtures;
import com.clinicchain.inventory.Fixtures.Lot;
import com.clinicchain.inventory.InventoryServiceTest;
import com.clinicchain.testsupport.ApiClient.Reply;
import com.clinicchain.testsupport.Tokens;

/** A fridge-sensor system: the realm's {@code sensor-demo} client, a real client-credentials token with {@code inventory.write}. */
class SensorPartnerApiTest extends InventoryServiceTest {

    static final String CLIENT = "sensor-demo";
    static String sensor;

    @BeforeAll
    static void sensorToken() {
        sensor = Tokens.clientCredentials(CLIENT, "sensor-demo-secret");
        Map<String, Object> claims = Tokens.claims(sensor);
        assertThat(claims.get("scope").toString().split(" ")).contains("inventory.write").doesNotContain("inventory.read");
        assertThat(claims.get("chain_id")).isEqualTo("demo-chain");
    }

    Reply reading(String fridge, double celsius, Instant at) {
        return api.post(sensor, "/api/inventory/fridges/" + fridge + "/readings",
                Map.of("celsius", celsius, "at", at.toString()));
    }

    @Test
    void aSensorRecordsReadingsThatQuarantineAWarmFridgesVials() {
        String clinic = Fixtures.newClinic();
        Lot lot = receive(api, clinic, 1);
        Reply fridge = api.post(token("alice.admin"), "/api/inventory/fridges", Map.of("clinicId", clinic, "name", "A"));
        String fridgeId = fridge.json().get("id").asString();
        assertThat(api.post(token("alice.admin"), "/api/inventory/fridges/" + fridgeId + "/lots",
                Map.of("lotId", lot.id().toString())).status()).isEqualTo(200);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        Reply first = reading(fridgeId, 11.5, now.minus(45, ChronoUnit.MINUTES));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        Reply second = reading(fridgeId, 12.0, now.minusSeconds(5));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);

        assertThat(second.json().get("quarantinedLots").get(0).asString()).isEqualTo(lot.id().toString());
        assertThat(jdbc.sql("select quarantined_by from vial where id = ?").param(lot.vialIds().get(0))
                .query(String.class).single()).isEqualTo("fridge:" + fridgeId);
        assertThat(jdbc.sql("select distinct recorded_by from temperature_reading where fridge_id = ?")
                .param(UUID.fromString(fridgeId)).query(String.class).list())
                .as("a partner is named by its client").containsExactly(CLIENT);
    }

    @Test
    void aSensorChangesNothingElse() {
        String clinic = Fixtures.newClinic();
        Lot lot = receive(api, clinic, 2);
        String fridge = api.post(token("alice.admin"), "/api/inventory/fridges", Map.of("clinicId", clinic, "name", "A"))
                .json().get("id").asString();
        String vial = lot.vialIds().get(0).toString();
        String beforeStock = Fixtures.stockLine(api, clinic).toString();

        assertThat(api.post(sensor, "/api/inventory/lots", Map.of("productId", Fixtures.BOTOX, "lotNumber", "S1",
                "expiryDate", "2030-01-01", "supplier", "x", "clinicId", clinic, "vialCount", 1)).status())
                .isEqualTo(403);
        assertThat(api.post(sensor, "/api/inventory/vials/" + vial + "/reconstitute", Map.of("salineMl", 2.5))
                .status()).isEqualTo(403);
        assertThat(api.post(sensor, "/api/inventory/vials/" + vial + "/discard",
                Map.of("reason", "DROPPED", "note", "x")).status()).isEqualTo(403);
        assertThat(api.post(sensor, "/api/inventory/lots/" + lot.id() + "/quarantine", Map.of("reason", "warm"))
                .status()).isEqualTo(403);
        assertThat(api.post(sensor, "/api/inventory/fridges", Map.of("clinicId", clinic, "name", "B")).status())
                .isEqualTo(403);
        assertThat(api.post(sensor, "/api/inventory/fridges/" + fridge + "/lots", Map.of("lotId", lot.id().toString()))
                .status()).isEqualTo(403);
        assertThat(api.post(sensor, "/api/inventory/transfers", Map.of("fromClinicId", clinic, "toClinicId",
                Fixtures.newClinic(), "vialIds", List.of(vial))).status()).isEqualTo(403);
        assertThat(Fixtures.put(port, sensor, "/api/inventory/thresholds", Map.of("clinicId", clinic, "productId",
                Fixtures.BOTOX.toString(), "minUnits", 10)).status()).isEqualTo(403);
        assertThat(api.get(sensor, "/api/inventory/stock?clinicId=" + clinic).status())
                .as("writing readings is not reading stock").isEqualTo(403);

        assertThat(Fixtures.stockLine(api, clinic).toString()).isEqualTo(beforeStock);
        assertThat(jdbc.sql("select count(*) from vial where lot_id = ? and status = 'SEALED'").param(lot.id())
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select status from lot where id = ?").param(lot.id()).query(String.class).single())
                .isEqualTo("AVAILABLE");
        Reply otherChainsFridge = api.post(token("oscar.other"), "/api/inventory/fridges",
                Map.of("clinicId", "other-clinic", "name", "Sensor test " + UUID.randomUUID()));
        assertThat(otherChainsFridge.status()).as(otherChainsFridge.toString()).isEqualTo(201);
        assertThat(reading(otherChainsFridge.json().get("id").asString(), 4.0, Instant.now().minusSeconds(5)).status())
                .as("another chain's fridge does not exist for this sensor").isEqualTo(404);
    }
}
