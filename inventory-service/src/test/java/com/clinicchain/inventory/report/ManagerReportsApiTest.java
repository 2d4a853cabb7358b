package com.clinicchain.inventory.report;

import static com.clinicchain.inventory.Fixtures.receive;
import static com.clinicchain.inventory.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.clinicchain.inventory.Fixtures;
import com.clinicchain.inventory.Fixtures.Lot;
import com.clinicchain.inventory.InventoryServiceTest;
import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

/** Expiring lots, blocked lots and waste, as managers, admins and partners see them. */
class ManagerReportsApiTest extends InventoryServiceTest {

    Reply get(String user, String path) {
        return api.get(token(user), path);
    }

    void discard(java.util.UUID vial, String reason) {
        Reply reply = api.post(token("alice.admin"), "/api/inventory/vials/" + vial + "/discard",
                Map.of("reason", reason, "note", "test"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    @Test
    void aClinicsExpiringAndBlockedLotsAndItsWaste() {
        String clinic = Fixtures.newClinic();
        Lot soon = receive(api, clinic, 3, LocalDate.now().plusDays(20));
        Lot later = receive(api, clinic, 2, LocalDate.now().plusYears(1));
        assertThat(api.post(token("alice.admin"), "/api/inventory/lots/" + later.id() + "/quarantine",
                Map.of("reason", "box damaged")).status()).isEqualTo(200);
        discard(soon.vialIds().get(0), "DROPPED");
        discard(soon.vialIds().get(1), "DROPPED");
        discard(later.vialIds().get(0), "CONTAMINATED");

        Reply expiring = get("alice.admin", "/api/inventory/reports/expiring-lots?clinicId=" + clinic);
        assertThat(expiring.status()).as(expiring.toString()).isEqualTo(200);
        assertThat(expiring.json().get("totalItems").asLong()).isEqualTo(1);
        JsonNode lot = expiring.json().get("items").get(0);
        assertThat(lot.get("lotId").asString()).isEqualTo(soon.id().toString());
        assertThat(lot.get("daysLeft").asInt()).isEqualTo(20);
        assertThat(lot.get("vialsOnShelf").asInt()).isEqualTo(1);
        assertThat(lot.get("unitsOnShelf").asInt()).isEqualTo(100);
        assertThat(get("alice.admin", "/api/inventory/reports/expiring-lots?withinDays=400&clinicId=" + clinic).json()
                .get("totalItems").asLong()).isEqualTo(2);

        Reply blocked = get("partner-demo", "/api/inventory/reports/blocked-lots?clinicId=" + clinic);
        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(200);
        assertThat(blocked.json().get("totalItems").asLong()).isEqualTo(1);
        assertThat(blocked.json().get("items").get(0).get("status").asString()).isEqualTo("QUARANTINED");
        assertThat(blocked.json().get("items").get(0).get("reason").asString()).isEqualTo("box damaged");
        assertThat(blocked.json().get("items").get(0).get("unitsOnShelf").asInt()).isEqualTo(100);

        Reply waste = get("alice.admin", "/api/inventory/reports/waste?clinicId=" + clinic);
        assertThat(waste.status()).as(waste.toString()).isEqualTo(200);
        assertThat(waste.json().get("totalUnits").asInt()).isEqualTo(300);
        assertThat(waste.json().get("lines")).hasSize(2);
        JsonNode contaminated = waste.json().get("lines").get(0);
        assertThat(contaminated.get("reason").asString()).isEqualTo("CONTAMINATED");
        assertThat(contaminated.get("units").asInt()).isEqualTo(100);
        JsonNode dropped = waste.json().get("lines").get(1);
        assertThat(dropped.get("reason").asString()).isEqualTo("DROPPED");
        assertThat(dropped.get("vials").asInt()).isEqualTo(2);
        assertThat(get("alice.admin", "/api/inventory/reports/waste?clinicId=" + clinic + "&from="
                + LocalDate.now().plusDays(1) + "&to=" + LocalDate.now().plusDays(2)).json().get("totalUnits").asInt())
                .isZero();
    }

    @Test
    void stockUnderItsMinimumIsListedAsLow() {
        String clinic = Fixtures.newClinic();
        receive(api, clinic, 1);
        String fine = Fixtures.newClinic();
        receive(api, fine, 1);
        for (String[] threshold : new String[][] { { clinic, "500" }, { fine, "50" } }) {
            assertThat(Fixtures.put(port, token("alice.admin"), "/api/inventory/thresholds", Map.of("clinicId",
                    threshold[0], "productId", Fixtures.BOTOX.toString(), "minUnits", Integer.parseInt(threshold[1])))
                    .status()).isEqualTo(200);
        }

        Reply low = get("alice.admin", "/api/inventory/reports/low-stock?clinicId=" + clinic);
        assertThat(low.status()).as(low.toString()).isEqualTo(200);
        assertThat(low.json()).hasSize(1);
        assertThat(low.json().get(0).get("availableUnits").asInt()).isEqualTo(100);
        assertThat(low.json().get(0).get("minUnits").asInt()).isEqualTo(500);
        assertThat(get("alice.admin", "/api/inventory/reports/low-stock?clinicId=" + fine).json()).isEmpty();
        assertThat(get("alice.admin", "/api/inventory/reports/low-stock").json().valueStream()
                .anyMatch(line -> line.get("clinicId").asString().equals(clinic))).isTrue();
        assertThat(get("mark.manager", "/api/inventory/reports/low-stock?clinicId=" + clinic).status()).isEqualTo(403);
        assertThat(get("oscar.other", "/api/inventory/reports/low-stock").json()).isEmpty();
    }

    @Test
    void managersSeeTheirClinicsOthersSeeNothingOrAreRefused() {
        String clinic = Fixtures.newClinic();
        Lot lot = receive(api, clinic, 1, LocalDate.now().plusDays(10));

        assertThat(get("mark.manager", "/api/inventory/reports/expiring-lots?clinicId=" + clinic).status())
                .isEqualTo(403);
        for (JsonNode line : get("mark.manager", "/api/inventory/reports/expiring-lots?size=100").json().get("items")) {
            assertThat(line.get("clinicId").asString()).isIn("clinic-north", "clinic-south");
        }
        assertThat(get("alice.admin", "/api/inventory/reports/expiring-lots?size=100").json().get("items")
                .valueStream().anyMatch(line -> line.get("lotId").asString().equals(lot.id().toString()))).isTrue();
        assertThat(get("nina.nurse", "/api/inventory/reports/expiring-lots").status()).isEqualTo(403);
        assertThat(get("rita.reception", "/api/inventory/reports/waste").status()).isEqualTo(403);
        assertThat(get("oscar.other", "/api/inventory/reports/expiring-lots?clinicId=" + clinic).json()
                .get("totalItems").asLong()).isZero();
        assertThat(get("oscar.other", "/api/inventory/reports/blocked-lots").json().get("totalItems").asLong())
                .isZero();
        assertThat(api.get(null, "/api/inventory/reports/waste").status()).isEqualTo(401);
    }

    @Test
    void badParametersAreRefusedNamingThem() {
        assertRefused(get("alice.admin", "/api/inventory/reports/expiring-lots?withinDays=-1"), "withinDays");
        assertRefused(get("alice.admin", "/api/inventory/reports/expiring-lots?withinDays=soon"), "withinDays");
        assertRefused(get("alice.admin", "/api/inventory/reports/blocked-lots?size=1000"), "size");
        assertRefused(get("alice.admin", "/api/inventory/reports/waste?from=2026-13-01"), "from");
        assertRefused(get("alice.admin", "/api/inventory/reports/waste?from=2026-03-02&to=2026-03-01"), "from");
    }

    static void assertRefused(Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").get(0).get("field").asString()).as(reply.toString()).isEqualTo(field);
    }
}
