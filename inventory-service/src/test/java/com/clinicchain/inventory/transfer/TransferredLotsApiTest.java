package com.clinicchain.inventory.transfer;

import static com.clinicchain.inventory.Fixtures.receive;
import static com.clinicchain.inventory.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.clinicchain.inventory.Fixtures;
import com.clinicchain.inventory.Fixtures.Lot;
import com.clinicchain.inventory.InventoryServiceTest;
import com.clinicchain.inventory.expiry.ExpiryWatch;
import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

/**
 * A lot whose vials were moved to another clinic is at two clinics: each sees its own vials of it in the
 * expiring and blocked views, keeps them in its own fridge, and hears of its quarantine.
 */
class TransferredLotsApiTest extends InventoryServiceTest {

    static final String SOUTH = "clinic-south";  // mark.manager's; the sending clinic is nobody's but the admin's

    @Autowired
    ExpiryWatch expiryWatch;

    String transfer(String from, String to, List<UUID> vials, boolean receive) {
        Reply requested = api.post(token("alice.admin"), "/api/inventory/transfers", Map.of("fromClinicId", from,
                "toClinicId", to, "vialIds", vials.stream().map(UUID::toString).toList()));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        String id = requested.json().get("id").asString();
        assertThat(step(id, "dispatch").status()).isEqualTo(200);
        if (receive) {
            assertThat(step(id, "receive").status()).isEqualTo(200);
        }
        return id;
    }

    Reply step(String transfer, String action) {
        return api.post(token("alice.admin"), "/api/inventory/transfers/" + transfer + "/" + action, Map.of());
    }

    String fridge(String user, String clinic) {
        Reply reply = api.post(token(user), "/api/inventory/fridges",
                Map.of("clinicId", clinic, "name", "Fridge " + UUID.randomUUID().toString().substring(0, 8)));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    JsonNode lineOf(Reply report, UUID lot) {
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        List<JsonNode> lines = report.json().get("items").valueStream()
                .filter(line -> line.get("lotId").asString().equals(lot.toString())).toList();
        assertThat(lines).as(report.toString()).hasSize(1);
        return lines.get(0);
    }

    /** The clinics named by the lot's events of one type, in order. */
    List<String> clinicsAnnounced(UUID lot, String type) {
        return jdbc.sql("select envelope from outbox_event where record_key = ? and event_type = ? order by seq")
                .params(lot.toString(), type).query(String.class).list().stream()
                .map(envelope -> ApiClient.JSON.readTree(envelope).get("payload").get("clinicId").asString()).toList();
    }

    @Test
    void eachClinicSeesKeepsAndBlocksItsOwnVialsOfAMovedLot() {
        String sender = Fixtures.newClinic();
        Lot lot = receive(api, sender, 3, LocalDate.now().plusDays(20));
        String senderFridge = fridge("alice.admin", sender);
        assertThat(api.post(token("alice.admin"), "/api/inventory/fridges/" + senderFridge + "/lots",
                Map.of("lotId", lot.id().toString())).status()).isEqualTo(200);
        transfer(sender, SOUTH, lot.vialIds().subList(0, 2), true);

        Reply seen = api.get(token("mark.manager"), "/api/inventory/lots/" + lot.id());
        assertThat(seen.status()).as("the receiving clinic's manager sees the lot").isEqualTo(200);
        assertThat(seen.json().get("clinicId").asString()).isEqualTo(sender);
        assertThat(seen.json().get("heldAt").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder(sender, SOUTH);
        assertThat(api.get(token("nina.nurse"), "/api/inventory/lots/" + lot.id()).status()).isEqualTo(403);

        JsonNode atSouth = lineOf(api.get(token("mark.manager"), "/api/inventory/reports/expiring-lots?size=100"
                + "&clinicId=" + SOUTH), lot.id());
        assertThat(atSouth.get("clinicId").asString()).isEqualTo(SOUTH);
        assertThat(atSouth.get("vialsOnShelf").asInt()).isEqualTo(2);
        assertThat(atSouth.get("unitsOnShelf").asInt()).isEqualTo(200);
        JsonNode atSender = lineOf(api.get(token("alice.admin"), "/api/inventory/reports/expiring-lots?clinicId="
                + sender), lot.id());
        assertThat(atSender.get("vialsOnShelf").asInt()).isEqualTo(1);
        expiryWatch.check();
        assertThat(clinicsAnnounced(lot.id(), "LotExpiringSoon")).containsExactly(sender, SOUTH);

        // the moved vials left the sender's fridge; the receiving clinic puts them in one of its own
        String southFridge = fridge("mark.manager", SOUTH);
        assertThat(api.get(token("alice.admin"), "/api/inventory/fridges/" + senderFridge).json().get("lotIds")
                .get(0).asString()).isEqualTo(lot.id().toString());
        assertThat(api.get(token("mark.manager"), "/api/inventory/fridges/" + southFridge).json().get("lotIds"))
                .isEmpty();
        Reply placed = api.post(token("mark.manager"), "/api/inventory/fridges/" + southFridge + "/lots",
                Map.of("lotId", lot.id().toString()));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(200);
        assertThat(placed.json().get("lotIds").get(0).asString()).isEqualTo(lot.id().toString());
        assertThat(jdbc.sql("select count(*) from vial where lot_id = ? and fridge_id = ?")
                .params(lot.id(), UUID.fromString(senderFridge)).query(Long.class).single()).isEqualTo(1);

        // the receiving clinic's fridge runs warm: the vials in it are put aside, the sender's vial of the lot is not
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (Instant at : new Instant[] { now.minus(40, ChronoUnit.MINUTES), now.minusSeconds(5) }) {
            assertThat(api.post(token("mark.manager"), "/api/inventory/fridges/" + southFridge + "/readings",
                    Map.of("celsius", 11.0, "at", at.toString())).status()).isEqualTo(201);
        }
        assertThat(clinicsAnnounced(lot.id(), "LotQuarantined")).isEmpty();
        assertThat(clinicsAnnounced(UUID.fromString(southFridge), "VialsQuarantined")).containsExactly(SOUTH);
        for (UUID moved : lot.vialIds().subList(0, 2)) {
            assertThat(api.get(token("mark.manager"), "/api/inventory/vials/" + moved).json().get("usable").asBoolean())
                    .isFalse();
        }
        assertThat(api.get(token("alice.admin"), "/api/inventory/vials/" + lot.vialIds().get(2)).json().get("usable")
                .asBoolean()).isTrue();

        Reply released = api.post(token("mark.manager"), "/api/inventory/vials/" + lot.vialIds().get(0) + "/release",
                Map.of("reason", "sensor fault confirmed"));
        assertThat(released.status()).as("a manager where the vial is releases it").isEqualTo(200);
        assertThat(api.post(token("mona.manager"), "/api/inventory/vials/" + lot.vialIds().get(1) + "/release",
                Map.of("reason", "sensor fault confirmed")).status()).as("not a manager at south").isEqualTo(403);
    }

    @Test
    void vialsOfALotQuarantinedOnTheWayArriveBlockedAndTheReceiverHearsOfIt() {
        String sender = Fixtures.newClinic();
        String receiver = Fixtures.newClinic();
        Lot lot = receive(api, sender, 2);
        String transfer = transfer(sender, receiver, lot.vialIds().subList(0, 1), false);
        assertThat(api.post(token("alice.admin"), "/api/inventory/lots/" + lot.id() + "/quarantine",
                Map.of("reason", "box arrived warm at the sender's")).status()).isEqualTo(200);
        assertThat(clinicsAnnounced(lot.id(), "LotQuarantined")).containsExactly(sender);

        assertThat(step(transfer, "receive").status()).isEqualTo(200);

        assertThat(clinicsAnnounced(lot.id(), "LotQuarantined")).containsExactly(sender, receiver);
        JsonNode stock = Fixtures.stockLine(api, receiver);
        assertThat(stock.get("onHandUnits").asInt()).isEqualTo(100);
        assertThat(stock.get("availableUnits").asInt()).as("blocked where it arrived").isZero();
        assertThat(lineOf(api.get(token("alice.admin"), "/api/inventory/reports/blocked-lots?clinicId=" + receiver),
                lot.id()).get("vialsOnShelf").asInt()).isEqualTo(1);
    }
}
