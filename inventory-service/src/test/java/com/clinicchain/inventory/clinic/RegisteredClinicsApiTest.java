package com.clinicchain.inventory.clinic;

import java.time.Instant;
import static com.clinicchain.inventory.Fixtures.BOTOX;
import static com.clinicchain.inventory.Fixtures.receive;
import static com.clinicchain.inventory.Fixtures.stockLine;
import static com.clinicchain.inventory.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.contracts.EventEnvelope;
import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.registry.ClinicChanged;
import com.clinicchain.inventory.Fixtures;
import com.clinicchain.inventory.Fixtures.Lot;
import com.clinicchain.inventory.InventoryServiceTest;
import com.clinicchain.testsupport.ApiClient.Reply;
import com.clinicchain.testsupport.TopicReader;

import tools.jackson.databind.JsonNode;

/**
 * Stock is written only at clinics of the chain's registry (issue 11, registry): a delivery, a fridge, a threshold
 * or a transfer naming an unknown or closed clinic is a 422 {@code /problems/not-registered} naming the field, and
 * nothing is stored or announced. The registry's clinics come over the real broker.
 */
class RegisteredClinicsApiTest extends InventoryServiceTest {

    Reply deliver(String user, String clinicId, String lotNumber) {
        return api.post(token(user), "/api/inventory/lots", Map.of("productId", BOTOX, "lotNumber", lotNumber,
                "expiryDate", LocalDate.now().plusYears(1).toString(), "supplier", "Allergan Aesthetics",
                "clinicId", clinicId, "vialCount", 1));
    }

    Reply addFridge(String user, String clinicId) {
        return api.post(token(user), "/api/inventory/fridges", Map.of("clinicId", clinicId, "name", "Fridge A"));
    }

    Reply threshold(String user, String clinicId) {
        return Fixtures.put(port, token(user), "/api/inventory/thresholds",
                Map.of("clinicId", clinicId, "productId", BOTOX, "minUnits", 50));
    }

    Reply transfer(String from, String to, List<UUID> vials) {
        return api.post(token("alice.admin"), "/api/inventory/transfers", Map.of("fromClinicId", from,
                "toClinicId", to, "vialIds", vials.stream().map(UUID::toString).toList()));
    }

    static void assertNotRegistered(Reply reply, String... fields) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asString()).endsWith("/problems/not-registered");
        List<String> named = new ArrayList<>();
        reply.json().get("errors").forEach(error -> named.add(error.get("field").asString()));
        assertThat(named).as(reply.toString()).containsExactly(fields);
    }

    long rows(String table, String clinicId) {
        return jdbc.sql("select count(*) from " + table + " where clinic_id = ?").param(clinicId)
                .query(Long.class).single();
    }

    long outboxMentioning(String text) {
        return jdbc.sql("select count(*) from outbox_event where envelope like ?").param("%" + text + "%")
                .query(Long.class).single();
    }

    /** The registry closes the clinic (a newer revision, active false), heard over the broker. */
    void close(String clinicId) {
        Fixtures.sendClinicEvent(clinicId, EventEnvelope.of(Fixtures.CHAIN, new ClinicChanged(clinicId, "Closed",
                new ClinicChanged.Address(List.of("1 High Street"), "LS1 1AA", "Leeds", "GB"), "+44 113 000 0000",
                "UTC", List.of(), false, 1), Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> !jdbc
                .sql("select active from clinic where chain_id = ? and clinic_id = ?")
                .params(Fixtures.CHAIN, clinicId).query(Boolean.class).single());
    }

    @Test
    void writesAtAClinicTheRegistryDoesNotKnowAreRefusedByFieldAndStoreNothing() {
        String unknown = Fixtures.unknownClinic();
        String otherUnknown = Fixtures.unknownClinic();
        String lotNumber = "U" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Lot atNorth = receive(api, "clinic-north", 1);

        assertNotRegistered(deliver("alice.admin", unknown, lotNumber), "clinicId");
        assertNotRegistered(addFridge("alice.admin", unknown), "clinicId");
        assertNotRegistered(threshold("alice.admin", unknown), "clinicId");
        assertNotRegistered(transfer("clinic-north", unknown, atNorth.vialIds()), "toClinicId");
        assertNotRegistered(transfer(unknown, otherUnknown, atNorth.vialIds()), "fromClinicId", "toClinicId");

        for (String table : List.of("stock", "vial", "delivery", "fridge", "stock_threshold")) {
            assertThat(rows(table, unknown)).as(table).isZero();
        }
        assertThat(jdbc.sql("select count(*) from lot where lot_number = ?").param(lotNumber).query(Long.class)
                .single()).as("no lot").isZero();
        assertThat(jdbc.sql("select count(*) from transfer where to_clinic_id in (?, ?) or from_clinic_id = ?")
                .params(unknown, otherUnknown, unknown).query(Long.class).single()).as("no transfer").isZero();
        assertThat(outboxMentioning(unknown)).as("no event in the outbox").isZero();
        assertThat(TopicReader.read(Events.INVENTORY_TOPIC, record -> record.value().contains(unknown), 1,
                Duration.ofSeconds(5))).as("no event on the topic").isEmpty();
    }

    @Test
    void aClosedClinicReceivesNothingButStillSendsAndKeepsColdWhatItHolds() {
        String clinic = Fixtures.newClinic();
        Lot lot = receive(api, clinic, 2);
        Reply fridge = addFridge("alice.admin", clinic);
        assertThat(fridge.status()).as(fridge.toString()).isEqualTo(201);
        close(clinic);
        String stockBefore = stockLine(api, clinic).toString();
        long eventsBefore = outboxMentioning(clinic);
        String lotNumber = "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        assertNotRegistered(deliver("alice.admin", clinic, lotNumber), "clinicId");
        assertNotRegistered(addFridge("alice.admin", clinic), "clinicId");
        assertNotRegistered(threshold("alice.admin", clinic), "clinicId");
        Lot atNorth = receive(api, "clinic-north", 1);
        assertNotRegistered(transfer("clinic-north", clinic, atNorth.vialIds()), "toClinicId");

        assertThat(stockLine(api, clinic).toString()).as("stock unchanged").isEqualTo(stockBefore);
        assertThat(rows("fridge", clinic)).isEqualTo(1);
        assertThat(rows("stock_threshold", clinic)).isZero();
        assertThat(jdbc.sql("select count(*) from lot where lot_number = ?").param(lotNumber).query(Long.class)
                .single()).isZero();
        assertThat(outboxMentioning(clinic)).as("no new event").isEqualTo(eventsBefore);

        // its vials must still be kept cold and sent away
        Reply placed = api.post(token("alice.admin"), "/api/inventory/fridges/" + fridge.json().get("id").asString()
                + "/lots", Map.of("lotId", lot.id()));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(200);
        Reply sent = transfer(clinic, "clinic-north", lot.vialIds());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
    }

    @Test
    void theRightToActAtTheClinicIsCheckedFirst() {
        String unknown = Fixtures.unknownClinic();

        // mona manages clinic-north only
        Reply delivery = deliver("mona.manager", unknown, "M" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(delivery.status()).as(delivery.toString()).isEqualTo(403);
        assertThat(addFridge("mona.manager", unknown).status()).isEqualTo(403);
        assertThat(threshold("mona.manager", unknown).status()).isEqualTo(403);
        JsonNode problem = threshold("mona.manager", unknown).json();
        assertThat(problem.get("type").asString()).endsWith("/problems/forbidden");
    }
}
