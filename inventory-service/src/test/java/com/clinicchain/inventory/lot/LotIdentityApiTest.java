package com.clinicchain.inventory.lot;

import static com.clinicchain.inventory.Fixtures.stockLine;
import static com.clinicchain.inventory.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.inventory.Fixtures;
import com.clinicchain.inventory.InventoryServiceTest;
import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

/**
 * A lot is the manufacturer's, not a delivery (issue 11, defect 5): one lot number reaches several clinics in several
 * deliveries, is typed in any case with stray spaces, and a recall or quarantine of it reaches every vial.
 */
class LotIdentityApiTest extends InventoryServiceTest {

    static final LocalDate EXPIRY = LocalDate.now().plusMonths(18);

    Reply deliver(String clinicId, String lotNumber, int vials, LocalDate expiry) {
        return api.post(token("alice.admin"), "/api/inventory/lots", Map.of("productId", Fixtures.BOTOX,
                "lotNumber", lotNumber, "expiryDate", expiry.toString(), "supplier", "Allergan Aesthetics",
                "clinicId", clinicId, "vialCount", vials));
    }

    String delivered(String clinicId, String lotNumber, int vials) {
        Reply reply = deliver(clinicId, lotNumber, vials, EXPIRY);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    static String newLotNumber() {
        return "C" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    int unusable(String clinic) {
        return stockLine(api, clinic).get("unusableUnits").asInt();
    }

    List<String> clinicsTold(String lotId, String type) {
        return jdbc.sql("""
                select cast(envelope as json) -> 'payload' ->> 'clinicId' from outbox_event
                where record_key = ? and event_type = ? order by 1""").params(lotId, type).query(String.class).list();
    }

    @Test
    void deliveriesOfOneLotNumberAtSeveralClinicsAreOneLot() {
        String north = Fixtures.newClinic();
        String south = Fixtures.newClinic();
        String number = newLotNumber();

        String lot = delivered(north, number, 2);
        assertThat(delivered(south, " " + number.toLowerCase() + " ", 1)).isEqualTo(lot);
        assertThat(delivered(north, number.toLowerCase(), 1)).isEqualTo(lot);

        JsonNode read = api.get(token("alice.admin"), "/api/inventory/lots/" + lot).json();
        assertThat(read.get("lotNumber").asString()).isEqualTo(number);
        assertThat(read.get("vialCount").asInt()).isEqualTo(4);
        assertThat(read.get("vialIds")).hasSize(4);
        List<String> heldAt = new java.util.ArrayList<>();
        read.get("heldAt").forEach(clinic -> heldAt.add(clinic.asString()));
        assertThat(heldAt).containsExactlyInAnyOrder(north, south);
        assertThat(stockLine(api, north).get("onHandUnits").asInt()).isEqualTo(300);
        assertThat(stockLine(api, south).get("onHandUnits").asInt()).isEqualTo(100);
        assertThat(clinicsTold(lot, "LotReceived")).containsExactlyInAnyOrder(north, north, south);

        Reply found = api.get(token("alice.admin"), "/api/inventory/lots?lotNumber=%20" + number.toLowerCase());
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        Map<String, Integer> vialsAt = new HashMap<>();
        found.json().get("items").forEach(line -> vialsAt.put(line.get("clinicId").asString(),
                line.get("vials").asInt()));
        assertThat(vialsAt).isEqualTo(Map.of(north, 3, south, 1));
    }

    @Test
    void aRecallReachesEveryVialOfTheLotAtEveryClinic() {
        String north = Fixtures.newClinic();
        String south = Fixtures.newClinic();
        String number = newLotNumber();
        String lot = delivered(north, number, 2);
        delivered(south, number.toLowerCase(), 1);

        Reply recalled = api.post(token("alice.admin"), "/api/inventory/lots/" + lot + "/recall",
                Map.of("reason", "manufacturer's recall notice"));

        assertThat(recalled.status()).as(recalled.toString()).isEqualTo(200);
        assertThat(unusable(north)).isEqualTo(200);
        assertThat(unusable(south)).isEqualTo(100);
        assertThat(clinicsTold(lot, "LotRecalled")).hasSize(1);
        // the recalled lot's vials go back to the maker: a late delivery of it is not booked in
        Reply late = deliver(Fixtures.newClinic(), number, 1, EXPIRY);
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(late.json().get("type").asString()).isEqualTo("/problems/lot-recalled");
    }

    @Test
    void aQuarantineReachesEveryVialOfTheLotAndVialsDeliveredLater() {
        String north = Fixtures.newClinic();
        String south = Fixtures.newClinic();
        String later = Fixtures.newClinic();
        String number = newLotNumber();
        String lot = delivered(north, number, 1);
        delivered(south, number, 1);

        Reply quarantined = api.post(token("alice.admin"), "/api/inventory/lots/" + lot + "/quarantine",
                Map.of("reason", "supplier's cold-chain breach"));
        assertThat(quarantined.status()).as(quarantined.toString()).isEqualTo(200);
        delivered(later, number.toLowerCase(), 1);

        assertThat(unusable(north)).isEqualTo(100);
        assertThat(unusable(south)).isEqualTo(100);
        assertThat(unusable(later)).isEqualTo(100);
        assertThat(clinicsTold(lot, "LotQuarantined")).containsExactlyInAnyOrder(north, south, later);
    }

    @Test
    void aDeliveryWithAnotherExpiryDateIsNotTheSameLot() {
        String clinic = Fixtures.newClinic();
        String number = newLotNumber();
        String lot = delivered(clinic, number, 1);

        Reply other = deliver(clinic, number, 1, EXPIRY.plusMonths(1));

        assertThat(other.status()).as(other.toString()).isEqualTo(400);
        assertThat(other.json().get("errors").get(0).get("field").asString()).isEqualTo("expiryDate");
        assertThat(api.get(token("alice.admin"), "/api/inventory/lots/" + lot).json().get("vialCount").asInt())
                .isEqualTo(1);
        assertThat(stockLine(api, clinic).get("onHandUnits").asInt()).isEqualTo(100);
    }
}
