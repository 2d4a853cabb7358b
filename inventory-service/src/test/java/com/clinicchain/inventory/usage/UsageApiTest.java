package com.clinicchain.inventory.usage;

import static com.clinicchain.inventory.Fixtures.BOTOX;
import static com.clinicchain.inventory.Fixtures.receive;
import static com.clinicchain.inventory.Fixtures.send;
import static com.clinicchain.inventory.Fixtures.sendRaw;
import static com.clinicchain.inventory.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import com.clinicchain.contracts.treatment.SessionCompleted;
import com.clinicchain.contracts.treatment.SessionCompleted.VialUse;
import com.clinicchain.contracts.treatment.SessionScheduled;
import com.clinicchain.inventory.Fixtures;
import com.clinicchain.inventory.Fixtures.Lot;
import com.clinicchain.inventory.InventoryServiceTest;
import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

/**
 * Sessions completed on the real broker, then the usage and reconciliation views over HTTP: what was charted, what
 * the vials gave, which vials were emptied, and every line the stock could not account for.
 */
class UsageApiTest extends InventoryServiceTest {

    static final Duration PATIENCE = Duration.ofSeconds(90);
    /** A second brand, added by the tests: the catalogue ships with Botox only. */
    static final UUID XEOMIN = UUID.fromString("00000000-0000-4000-8000-0000000000a2");

    Reply get(String user, String path) {
        return api.get(token(user), path);
    }

    void awaitConsumed(UUID... sessions) {
        for (UUID session : sessions) {
            await().atMost(PATIENCE).until(() -> jdbc.sql("select count(*) from session_usage where session_id = ?")
                    .param(session).query(Long.class).single() == 1);
        }
    }

    static SessionCompleted completed(UUID session, String clinic, VialUse... uses) {
        return new SessionCompleted(session, UUID.randomUUID(), clinic, BOTOX, List.of(uses));
    }

    @Test
    void chartedConsumedAndDepletedPerClinicWithEveryDiscrepancyListed() {
        String north = Fixtures.newClinic();
        String south = Fixtures.newClinic();
        Lot northLot = receive(api, north, 2);
        Lot southLot = receive(api, south, 1);
        UUID unknownVial = UUID.randomUUID();
        UUID partly = UUID.randomUUID();
        UUID whole = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        send(partly, new SessionScheduled(partly, UUID.randomUUID(), north, BOTOX, 30, Instant.now()));
        send(partly, completed(partly, north, new VialUse(northLot.vialIds().get(0), "X", 20),
                new VialUse(unknownVial, "F-TYPO", 4)));
        send(whole, completed(whole, north, new VialUse(northLot.vialIds().get(1), "X", 100)));
        send(elsewhere, completed(elsewhere, south, new VialUse(southLot.vialIds().get(0), "X", 30),
                new VialUse(northLot.vialIds().get(0), "X", 10)));
        awaitConsumed(partly, whole, elsewhere);
        // the treatment service announcing a completion again (a new event id): still one session, one ledger row
        send(partly, completed(partly, north, new VialUse(northLot.vialIds().get(0), "X", 20)));
        UUID marker = UUID.randomUUID();
        send(partly, completed(marker, north));
        awaitConsumed(marker);

        Reply usage = get("alice.admin", "/api/inventory/reports/usage?clinicId=" + north);
        assertThat(usage.status()).as(usage.toString()).isEqualTo(200);
        JsonNode line = usage.json().get("byClinic").get(0);
        assertThat(usage.json().get("byClinic")).hasSize(1);
        assertThat(line.get("clinicId").asString()).isEqualTo(north);
        assertThat(line.get("productId").asString()).isEqualTo(BOTOX.toString());
        assertThat(line.get("sessions").asInt()).as("the marker counts, it was completed").isEqualTo(3);
        assertThat(line.get("unitsConsumed").asInt()).isEqualTo(120);
        assertThat(usage.json().get("byProduct").get(0).get("unitsConsumed").asInt()).isEqualTo(120);
        assertThat(usage.json().get("from").asString()).isEqualTo(LocalDate.now().minusDays(29).toString());

        Reply reconciliation = get("partner-demo", "/api/inventory/reports/reconciliation?clinicId=" + north);
        assertThat(reconciliation.status()).as(reconciliation.toString()).isEqualTo(200);
        JsonNode totals = reconciliation.json().get("lines").get(0);
        assertThat(totals.get("unitsCharted").asInt()).isEqualTo(124);
        assertThat(totals.get("unitsConsumed").asInt()).isEqualTo(120);
        assertThat(totals.get("unitsUnaccounted").asInt()).isEqualTo(4);
        assertThat(totals.get("vialsDepleted").asInt()).isEqualTo(1);
        assertThat(totals.get("discrepancies").asInt()).isEqualTo(1);

        Reply listed = get("alice.admin", "/api/inventory/reports/reconciliation/sessions?discrepanciesOnly=true"
                + "&clinicId=" + north);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.json().get("totalItems").asLong()).isEqualTo(1);
        JsonNode session = listed.json().get("items").get(0);
        assertThat(session.get("sessionId").asString()).isEqualTo(partly.toString());
        assertThat(session.get("unitsCharted").asInt()).isEqualTo(24);
        assertThat(session.get("unitsConsumed").asInt()).isEqualTo(20);
        JsonNode discrepancy = session.get("discrepancies").get(0);
        assertThat(session.get("discrepancies")).hasSize(1);
        assertThat(discrepancy.get("kind").asString()).isEqualTo("UNKNOWN_VIAL");
        assertThat(discrepancy.get("vialId").asString()).isEqualTo(unknownVial.toString());
        assertThat(discrepancy.get("lotNumber").asString()).isEqualTo("F-TYPO");
        assertThat(discrepancy.get("unitsCharted").asInt()).isEqualTo(4);
        assertThat(get("alice.admin", "/api/inventory/reports/reconciliation/sessions?clinicId=" + north).json()
                .get("totalItems").asLong()).isEqualTo(3);

        JsonNode south2 = get("alice.admin", "/api/inventory/reports/reconciliation/sessions?clinicId=" + south)
                .json().get("items").get(0);
        assertThat(south2.get("unitsConsumed").asInt()).isEqualTo(30);
        assertThat(south2.get("discrepancies").get(0).get("kind").asString())
                .as("a vial of another clinic is not drawn from").isEqualTo("OTHER_CLINIC");
        assertThat(jdbc.sql("select units_remaining from vial where id = ?").param(northLot.vialIds().get(0))
                .query(Integer.class).single()).isEqualTo(80);
    }

    @Test
    void usagePerPractitionerIsPerProductAndSessionsFromBeforeThePractitionerWasNamedStillCount() {
        jdbc.sql("""
                insert into product (id, brand, generic_name, units_per_vial) values (?, 'Xeomin', 'incobotulinumtoxinA', 100)
                on conflict (id) do nothing""").param(XEOMIN).update();
        String clinic = Fixtures.newClinic();
        List<UUID> botox = receive(api, clinic, 2).vialIds();
        UUID xeomin = receiveXeomin(clinic);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID otherProduct = UUID.randomUUID();
        UUID colleague = UUID.randomUUID();
        UUID old = UUID.randomUUID();
        send(first, completedBy("nina.nurse", first, clinic, BOTOX, new VialUse(botox.get(0), "X", 20)));
        send(second, completedBy("nina.nurse", second, clinic, BOTOX, new VialUse(botox.get(0), "X", 24)));
        send(otherProduct, completedBy("nina.nurse", otherProduct, clinic, XEOMIN, new VialUse(xeomin, "X", 30)));
        send(colleague, completedBy("dr.dave", colleague, clinic, BOTOX, new VialUse(botox.get(1), "X", 40)));
        // a record the treatment service published before SessionCompleted named the practitioner, as it is on the topic
        sendRaw(old, "SessionCompleted", """
                {"id":"%s","type":"SessionCompleted","version":1,"occurredAt":"%s","chainId":"%s",
                 "payload":{"sessionId":"%s","patientId":"%s","clinicId":"%s","productId":"%s",
                            "vialsUsed":[{"vialId":"%s","lotNumber":"X","units":10}]}}""".formatted(UUID.randomUUID(),
                Instant.now(), Fixtures.CHAIN, old, UUID.randomUUID(), clinic, BOTOX, botox.get(1)));
        awaitConsumed(first, second, otherProduct, colleague, old);

        Reply usage = get("alice.admin", "/api/inventory/reports/usage?clinicId=" + clinic);
        assertThat(usage.status()).as(usage.toString()).isEqualTo(200);
        assertThat(usage.json().get("byPractitioner")).extracting(line -> practitioner(line),
                        line -> line.get("brand").asString(), line -> line.get("sessions").asInt(),
                        line -> line.get("unitsConsumed").asInt())
                .as("one line per practitioner and product, the sessions of before under no name")
                .containsExactly(Tuple.tuple("dr.dave", "Botox", 1, 40), Tuple.tuple("nina.nurse", "Botox", 2, 44),
                        Tuple.tuple("nina.nurse", "Xeomin", 1, 30), Tuple.tuple(null, "Botox", 1, 10));
        assertThat(usage.json().get("byProduct")).extracting(line -> line.get("brand").asString(),
                        line -> line.get("unitsConsumed").asInt())
                .containsExactly(Tuple.tuple("Botox", 94), Tuple.tuple("Xeomin", 30));
        assertThat(jdbc.sql("select units_remaining from vial where id = ?").param(botox.get(1)).query(Integer.class)
                .single()).as("the old record was applied, not dead-lettered").isEqualTo(50);

        Map<String, String> charted = new HashMap<>();
        get("alice.admin", "/api/inventory/reports/reconciliation/sessions?clinicId=" + clinic).json().get("items")
                .forEach(item -> charted.put(item.get("sessionId").asString(), practitioner(item)));
        assertThat(charted).containsEntry(colleague.toString(), "dr.dave").containsEntry(old.toString(), null)
                .hasSize(5);
    }

    @Test
    void aManagerSeesThePractitionersOfTheirClinicsOnly() {
        String stranger = Fixtures.newClinic();
        String atNorth = "nurse-" + UUID.randomUUID();
        String elsewhere = "nurse-" + UUID.randomUUID();
        UUID north = UUID.randomUUID();
        UUID away = UUID.randomUUID();
        send(north, completedBy(atNorth, north, "clinic-north", BOTOX));
        send(away, completedBy(elsewhere, away, stranger, BOTOX));
        awaitConsumed(north, away);

        assertThat(practitioners("mark.manager")).contains(atNorth).doesNotContain(elsewhere);
        assertThat(practitioners("alice.admin")).contains(atNorth, elsewhere);
        assertThat(practitioners("partner-demo")).as("staff are not named to a partner").isEmpty();
        assertThat(practitioners("oscar.other")).doesNotContain(atNorth, elsewhere);
        assertThat(get("nina.nurse", "/api/inventory/reports/usage").status()).isEqualTo(403);
    }

    List<String> practitioners(String user) {
        Reply usage = get(user, "/api/inventory/reports/usage");
        assertThat(usage.status()).as(usage.toString()).isEqualTo(200);
        return usage.json().get("byPractitioner").valueStream().map(line -> practitioner(line))
                .toList();
    }

    /** Null when the line names no practitioner, whether the answer writes the null or leaves the field out. */
    static String practitioner(JsonNode line) {
        JsonNode name = line.path("practitioner");
        return name.isString() ? name.asString() : null;
    }

    UUID receiveXeomin(String clinic) {
        Reply reply = api.post(token("alice.admin"), "/api/inventory/lots", Map.of("productId", XEOMIN,
                "lotNumber", "X" + UUID.randomUUID().toString().substring(0, 8), "expiryDate",
                LocalDate.now().plusYears(1).toString(), "supplier", "Merz", "clinicId", clinic, "vialCount", 1));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return UUID.fromString(reply.json().get("vialIds").get(0).asString());
    }

    static SessionCompleted completedBy(String practitioner, UUID session, String clinic, UUID product,
                                        VialUse... uses) {
        return new SessionCompleted(session, UUID.randomUUID(), clinic, product, List.of(uses), practitioner);
    }

    @Test
    void managersSeeTheirClinicsPartnersAndAdminsTheChainOthersAreRefused() {
        String clinic = Fixtures.newClinic();
        Lot lot = receive(api, clinic, 1);
        UUID session = UUID.randomUUID();
        send(session, completed(session, clinic, new VialUse(lot.vialIds().get(0), "X", 20)));
        awaitConsumed(session);

        assertThat(get("mark.manager", "/api/inventory/reports/usage?clinicId=" + clinic).status()).isEqualTo(403);
        for (JsonNode line : get("mark.manager", "/api/inventory/reports/usage").json().get("byClinic")) {
            assertThat(line.get("clinicId").asString()).isIn("clinic-north", "clinic-south");
        }
        assertThat(get("partner-demo", "/api/inventory/reports/usage").json().get("byClinic").valueStream()
                .anyMatch(line -> line.get("clinicId").asString().equals(clinic))).isTrue();
        assertThat(get("alice.admin", "/api/inventory/reports/reconciliation").json().get("lines").valueStream()
                .anyMatch(line -> line.get("clinicId").asString().equals(clinic))).isTrue();
        assertThat(get("oscar.other", "/api/inventory/reports/usage").json().get("byClinic").valueStream()
                .noneMatch(line -> line.get("clinicId").asString().equals(clinic))).isTrue();
        assertThat(get("nina.nurse", "/api/inventory/reports/usage").status()).isEqualTo(403);
        assertThat(get("rita.reception", "/api/inventory/reports/reconciliation").status()).isEqualTo(403);
        assertThat(get("nina.nurse", "/api/inventory/reports/reconciliation/sessions").status()).isEqualTo(403);
    }

    @Test
    void aBadPeriodIsRefusedNamingTheField() {
        String path = "/api/inventory/reports/usage";
        assertRefused(get("alice.admin", path + "?from=2026-02-01&to=2026-01-31"), "from");
        assertRefused(get("alice.admin", path + "?from=2024-01-01&to=2025-01-01"), "to");
        assertRefused(get("alice.admin", path + "?from=yesterday"), "from");
        assertRefused(get("alice.admin", "/api/inventory/reports/reconciliation?to=2026-13-01"), "to");
        assertRefused(get("alice.admin", "/api/inventory/reports/reconciliation/sessions?size=500"), "size");
        assertThat(get("alice.admin", path + "?from=2024-01-01&to=2024-12-31").status()).isEqualTo(200);
    }

    static void assertRefused(Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").get(0).get("field").asString()).as(reply.toString()).isEqualTo(field);
    }
}
