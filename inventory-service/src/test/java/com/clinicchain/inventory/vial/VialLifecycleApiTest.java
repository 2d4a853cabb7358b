package com.clinicchain.inventory.vial;

import static com.clinicchain.inventory.Fixtures.receive;
import static com.clinicchain.inventory.Fixtures.stockLine;
import static com.clinicchain.inventory.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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

/** Reconstituting and discarding vials over HTTP with real tokens, on the real database. */
class VialLifecycleApiTest extends InventoryServiceTest {

    Reply reconstitute(String user, UUID vial, Object salineMl) {
        return api.post(token(user), "/api/inventory/vials/" + vial + "/reconstitute", Map.of("salineMl", salineMl));
    }

    Reply discard(String user, UUID vial, String reason, String note) {
        return api.post(token(user), "/api/inventory/vials/" + vial + "/discard",
                note == null ? Map.of("reason", reason) : Map.of("reason", reason, "note", note));
    }

    List<String> eventsOf(UUID vial) {
        return jdbc.sql("select event_type from outbox_event where record_key = ? order by seq")
                .param(vial.toString()).query(String.class).list();
    }

    @Test
    void aNurseMixesASealedVialAtHerClinicOnce() {
        UUID vial = receive(api, "clinic-north", 1).vialIds().get(0);

        Reply reply = reconstitute("nina.nurse", vial, 2.5);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode mixed = reply.json();
        assertThat(mixed.get("status").asString()).isEqualTo("RECONSTITUTED");
        assertThat(mixed.get("unitsPerTenthMl").decimalValue()).isEqualByComparingTo("4");
        assertThat(mixed.get("salineMl").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(mixed.get("reconstitutedBy").asString()).isEqualTo("nina.nurse");
        assertThat(mixed.get("usable").asBoolean()).isTrue();
        Instant at = Instant.parse(mixed.get("reconstitutedAt").asString());
        assertThat(Instant.parse(mixed.get("usableUntil").asString())).isEqualTo(at.plus(Duration.ofHours(24)));
        assertThat(eventsOf(vial)).containsExactly("VialReconstituted");

        Reply again = reconstitute("nina.nurse", vial, 2.5);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("/problems/vial-state");
        assertThat(eventsOf(vial)).containsExactly("VialReconstituted");
    }

    @Test
    void aReconstitutionRecordedAfterwardsKeepsTheTimeTheVialWasMixed() {
        UUID vial = receive(api, "clinic-north", 1).vialIds().get(0);
        String url = "/api/inventory/vials/" + vial + "/reconstitute";
        Instant now = Instant.now();

        for (Instant wrong : List.of(now.plus(Duration.ofMinutes(10)), now.minus(Duration.ofHours(24)))) {
            Reply refused = api.post(token("nina.nurse"), url, Map.of("salineMl", 2.5, "reconstitutedAt",
                    wrong.toString()));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("reconstitutedAt");
        }
        assertThat(eventsOf(vial)).as("nothing recorded").isEmpty();

        Instant mixed = now.minus(Duration.ofHours(22)).minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS);
        Reply reply = api.post(token("nina.nurse"), url, Map.of("salineMl", 2.5, "reconstitutedAt", mixed.toString()));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(Instant.parse(reply.json().get("reconstitutedAt").asString())).isEqualTo(mixed);
        assertThat(Instant.parse(reply.json().get("usableUntil").asString()))
                .as("its 24 h ran from the mixing, not from the recording").isEqualTo(mixed.plus(Duration.ofHours(24)));
        assertThat(reply.json().get("usable").asBoolean()).isTrue();
    }

    @Test
    void aDiscardedVialLeavesTheShelfWithItsUnitsAndCannotBeUsedAgain() {
        String clinic = Fixtures.newClinic();
        Lot lot = receive(api, clinic, 2);
        UUID vial = lot.vialIds().get(0);
        assertThat(reconstitute("alice.admin", vial, 2).status()).isEqualTo(200);

        Reply reply = discard("alice.admin", vial, "DROPPED", "slipped off the tray");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("status").asString()).isEqualTo("DISCARDED");
        assertThat(reply.json().get("discardReason").asString()).isEqualTo("DROPPED");
        assertThat(reply.json().get("discardedUnits").asInt()).isEqualTo(100);
        assertThat(reply.json().get("unitsRemaining").asInt()).isZero();
        assertThat(reply.json().get("usable").asBoolean()).isFalse();
        assertThat(stockLine(api, clinic).get("onHandUnits").asInt()).isEqualTo(100);
        assertThat(eventsOf(vial)).containsExactly("VialReconstituted", "VialDiscarded");
        String envelope = jdbc.sql("select envelope from outbox_event where record_key = ? and event_type = 'VialDiscarded'")
                .param(vial.toString()).query(String.class).single();
        JsonNode payload = ApiClient.JSON.readTree(envelope).get("payload");
        assertThat(payload.get("reason").asString()).isEqualTo("DROPPED");
        assertThat(payload.get("unitsDiscarded").asInt()).isEqualTo(100);

        assertThat(discard("alice.admin", vial, "OTHER", "again").status()).isEqualTo(409);
        assertThat(reconstitute("alice.admin", vial, 2).status()).isEqualTo(409);
        assertThat(stockLine(api, clinic).get("onHandUnits").asInt()).isEqualTo(100);
    }

    @Test
    void aDiscardThatWouldEatIntoReservedUnitsIsRefused() {
        String clinic = Fixtures.newClinic();
        Lot lot = receive(api, clinic, 2);
        // two sessions hold 150 of the 200 units (set directly: the reservation path has its own tests)
        jdbc.sql("update stock set reserved_units = 150 where clinic_id = ?").param(clinic).update();

        Reply reply = discard("alice.admin", lot.vialIds().get(0), "CONTAMINATED", null);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        assertThat(reply.json().get("type").asString()).isEqualTo("/problems/stock-reserved");
        assertThat(stockLine(api, clinic).get("onHandUnits").asInt()).isEqualTo(200);
        assertThat(eventsOf(lot.vialIds().get(0))).isEmpty();
        assertThat(jdbc.sql("select status from vial where id = ?").param(lot.vialIds().get(0)).query(String.class)
                .single()).isEqualTo("SEALED");
    }

    @Test
    void mixedVialsPastTwentyFourHoursAreListedForDiscardAndNotCountedAsAvailable() {
        String clinic = Fixtures.newClinic();
        Lot lot = receive(api, clinic, 3);
        UUID old = lot.vialIds().get(0);
        UUID fresh = lot.vialIds().get(1);
        assertThat(reconstitute("alice.admin", old, 2.5).status()).isEqualTo(200);
        assertThat(reconstitute("alice.admin", fresh, 2.5).status()).isEqualTo(200);
        // mixed yesterday morning: the clock is moved in the database, where the 24 hours are counted
        jdbc.sql("update vial set reconstituted_at = now() - interval '25 hours' where id = ?").param(old).update();

        Reply due = api.get(token("mark.manager"), "/api/inventory/vials/due-for-discard?clinicId=" + clinic);
        assertThat(due.status()).as(due.toString()).isEqualTo(403);
        due = api.get(token("alice.admin"), "/api/inventory/vials/due-for-discard?clinicId=" + clinic);
        assertThat(due.status()).as(due.toString()).isEqualTo(200);
        assertThat(due.json().get("totalItems").asLong()).isEqualTo(1);
        JsonNode listed = due.json().get("items").get(0);
        assertThat(listed.get("id").asString()).isEqualTo(old.toString());
        assertThat(listed.get("usable").asBoolean()).isFalse();
        JsonNode stock = stockLine(api, clinic);
        assertThat(stock.get("onHandUnits").asInt()).isEqualTo(300);
        assertThat(stock.get("unusableUnits").asInt()).isEqualTo(100);
        assertThat(stock.get("availableUnits").asInt()).isEqualTo(200);

        assertThat(discard("alice.admin", old, "BEYOND_24H", null).status()).isEqualTo(200);
        due = api.get(token("alice.admin"), "/api/inventory/vials/due-for-discard?clinicId=" + clinic);
        assertThat(due.json().get("totalItems").asLong()).isZero();
        stock = stockLine(api, clinic);
        assertThat(stock.get("onHandUnits").asInt()).isEqualTo(200);
        assertThat(stock.get("availableUnits").asInt()).isEqualTo(200);
        assertThat(api.get(token("oscar.other"), "/api/inventory/vials/due-for-discard?clinicId=" + clinic).json()
                .get("totalItems").asLong()).isZero();
    }

    @Test
    void onlyPractitionersManagersAndAdminsOfTheClinicHandleVials() {
        String clinic = Fixtures.newClinic();
        UUID vial = receive(api, clinic, 1).vialIds().get(0);
        UUID north = receive(api, "clinic-north", 1).vialIds().get(0);

        assertThat(reconstitute("rita.reception", north, 2.5).status()).isEqualTo(403);
        assertThat(discard("rita.reception", north, "DROPPED", null).status()).isEqualTo(403);
        assertThat(reconstitute("partner-demo", north, 2.5).status()).isEqualTo(403);
        assertThat(reconstitute("nina.nurse", vial, 2.5).status()).isEqualTo(403);
        assertThat(discard("mark.manager", vial, "DROPPED", null).status()).isEqualTo(403);
        Reply outsider = reconstitute("oscar.other", vial, 2.5);
        assertThat(outsider.status()).as(outsider.toString()).isEqualTo(404);
        assertThat(outsider.contentType()).startsWith("application/problem+json");
        assertThat(api.get(token("oscar.other"), "/api/inventory/vials/" + vial).status()).isEqualTo(404);
        assertThat(api.post(null, "/api/inventory/vials/" + vial + "/reconstitute", Map.of("salineMl", 2.5)).status())
                .isEqualTo(401);
        assertThat(eventsOf(vial)).isEmpty();
        assertThat(eventsOf(north)).isEmpty();

        assertThat(discard("mark.manager", north, "CONTAMINATED", null).status()).isEqualTo(200);
        assertThat(api.get(token("nina.nurse"), "/api/inventory/vials/" + north).json().get("status").asString())
                .isEqualTo("DISCARDED");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() {
        UUID vial = receive(api, Fixtures.newClinic(), 1).vialIds().get(0);
        String path = "/api/inventory/vials/" + vial;
        String admin = token("alice.admin");

        for (Object saline : new Object[] { 0, -1, 0.4, 10.5, 2.555, "lots" }) {
            assertRefused(reconstitute("alice.admin", vial, saline), "salineMl");
        }
        assertRefused(api.postJson(admin, path + "/reconstitute", "{}"), "salineMl");
        assertRefused(api.postJson(admin, path + "/reconstitute", "{\"salineMl\": 2.5, \"units\": 100}"), "units");
        assertRefused(discard("alice.admin", vial, "BROKEN", null), "reason");
        assertRefused(api.postJson(admin, path + "/discard", "{}"), "reason");
        assertRefused(discard("alice.admin", vial, "OTHER", "  "), "note");
        assertRefused(discard("alice.admin", vial, "OTHER", "x".repeat(501)), "note");
        assertThat(api.postJson(admin, path + "/discard", "{not json").status()).isEqualTo(400);
        assertRefused(api.post(admin, "/api/inventory/vials/not-a-uuid/reconstitute", Map.of("salineMl", 2.5)), "id");
        assertThat(reconstitute("alice.admin", UUID.randomUUID(), 2.5).status()).isEqualTo(404);

        assertThat(eventsOf(vial)).isEmpty();
        assertThat(jdbc.sql("select status from vial where id = ?").param(vial).query(String.class).single())
                .isEqualTo("SEALED");
    }

    static void assertRefused(Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").get(0).get("field").asString()).as(reply.toString()).isEqualTo(field);
    }
}
