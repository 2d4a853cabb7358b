package com.clinicchain.inventory.lot;

import static com.clinicchain.inventory.Fixtures.receive;
import static com.clinicchain.inventory.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.clinicchain.inventory.Fixtures;
import com.clinicchain.inventory.Fixtures.Lot;
import com.clinicchain.inventory.InventoryServiceTest;
import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

/** The lots a clinic holds, as the manager's screen lists them, over HTTP on the real parts. */
class ClinicLotsApiTest extends InventoryServiceTest {

    Reply lots(String user, String query) {
        return api.get(token(user), "/api/inventory/lots?" + query);
    }

    Map<String, JsonNode> byLot(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Map<String, JsonNode> lines = new HashMap<>();
        reply.json().get("items").forEach(line -> lines.put(line.get("lotId").asString(), line));
        return lines;
    }

    @Test
    void eachLotOnTheShelfWithItsVialsUnitsLeftAndStatus() {
        String clinic = Fixtures.newClinic();
        String elsewhere = Fixtures.newClinic();
        Lot usable = receive(api, clinic, 3, LocalDate.now().plusMonths(6));
        Lot quarantined = receive(api, clinic, 1, LocalDate.now().plusMonths(7));
        Lot recalled = receive(api, clinic, 1, LocalDate.now().plusMonths(8));
        Lot expired = receive(api, clinic, 2, LocalDate.now().plusMonths(9));
        Lot gone = receive(api, clinic, 1);
        // one vial dropped and one on the road: neither is on the shelf any more
        assertThat(api.post(token("alice.admin"), "/api/inventory/vials/" + usable.vialIds().get(0) + "/discard",
                Map.of("reason", "DROPPED")).status()).isEqualTo(200);
        Reply transfer = api.post(token("alice.admin"), "/api/inventory/transfers", Map.of("fromClinicId", clinic,
                "toClinicId", elsewhere, "vialIds", List.of(usable.vialIds().get(1).toString())));
        assertThat(transfer.status()).as(transfer.toString()).isEqualTo(201);
        assertThat(api.post(token("alice.admin"), "/api/inventory/transfers/" + transfer.json().get("id").asString()
                + "/dispatch", Map.of()).status()).isEqualTo(200);
        assertThat(api.post(token("alice.admin"), "/api/inventory/lots/" + quarantined.id() + "/quarantine",
                Map.of("reason", "fridge at 11 °C")).status()).isEqualTo(200);
        assertThat(api.post(token("alice.admin"), "/api/inventory/lots/" + recalled.id() + "/recall",
                Map.of("reason", "maker's recall")).status()).isEqualTo(200);
        jdbc.sql("update lot set expiry_date = current_date - 1 where id = ?").param(expired.id()).update();
        jdbc.sql("update vial set status = 'DEPLETED', units_remaining = 0 where lot_id = ?").param(gone.id()).update();

        Map<String, JsonNode> lines = byLot(lots("alice.admin", "clinicId=" + clinic));

        assertThat(lines).containsOnlyKeys(usable.id().toString(), quarantined.id().toString(),
                recalled.id().toString(), expired.id().toString());
        JsonNode line = lines.get(usable.id().toString());
        assertThat(line.get("clinicId").asString()).isEqualTo(clinic);
        assertThat(line.get("productId").asString()).isEqualTo(Fixtures.BOTOX.toString());
        assertThat(line.get("brand").asString()).isEqualTo("Botox");
        assertThat(line.get("lotNumber").asString()).startsWith("F");
        assertThat(line.get("expiryDate").asString()).isEqualTo(LocalDate.now().plusMonths(6).toString());
        assertThat(line.get("status").asString()).isEqualTo("USABLE");
        assertThat(line.get("vials").asInt()).isEqualTo(1);
        assertThat(line.get("sealedVials").asInt()).isEqualTo(1);
        assertThat(line.get("unitsLeft").asInt()).isEqualTo(100);
        assertThat(lines.get(quarantined.id().toString()).get("status").asString()).isEqualTo("QUARANTINED");
        assertThat(lines.get(quarantined.id().toString()).get("statusReason").asString()).isEqualTo("fridge at 11 °C");
        assertThat(lines.get(recalled.id().toString()).get("status").asString()).isEqualTo("RECALLED");
        assertThat(lines.get(expired.id().toString()).get("status").asString()).isEqualTo("EXPIRED");
        assertThat(lines.get(expired.id().toString()).get("unitsLeft").asInt()).isEqualTo(200);
        assertThat(byLot(lots("alice.admin", "clinicId=" + elsewhere))).isEmpty();
    }

    @Test
    void theListIsPagedSoonestExpiryFirst() {
        String clinic = Fixtures.newClinic();
        Lot later = receive(api, clinic, 1, LocalDate.now().plusMonths(9));
        Lot sooner = receive(api, clinic, 1, LocalDate.now().plusMonths(3));

        Reply first = lots("alice.admin", "clinicId=" + clinic + "&size=1");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("totalItems").asLong()).isEqualTo(2);
        assertThat(first.json().get("size").asInt()).isEqualTo(1);
        assertThat(first.json().get("items").get(0).get("lotId").asString()).isEqualTo(sooner.id().toString());
        Reply second = lots("alice.admin", "clinicId=" + clinic + "&size=1&page=1");
        assertThat(second.json().get("items").get(0).get("lotId").asString()).isEqualTo(later.id().toString());
        assertThat(lots("alice.admin", "clinicId=" + clinic + "&size=101").status()).isEqualTo(400);
    }

    @Test
    void staffSeeTheLotsOfTheirOwnClinicsOnly() {
        String clinic = Fixtures.newClinic();
        receive(api, clinic, 1);

        assertThat(lots("mona.manager", "clinicId=" + clinic).status()).isEqualTo(403);
        assertThat(lots("nina.nurse", "clinicId=" + clinic).status()).isEqualTo(403);
        assertThat(lots("mona.manager", "clinicId=clinic-north").status()).isEqualTo(200);
        assertThat(byLot(lots("oscar.other", "clinicId=" + clinic))).isEmpty();
        assertThat(lots("mona.manager", "size=100").status()).isEqualTo(200);
    }
}
