package com.clinicchain.inventory.transfer;

import static com.clinicchain.inventory.Fixtures.receive;
import static com.clinicchain.inventory.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.inventory.Fixtures;
import com.clinicchain.inventory.Fixtures.Lot;
import com.clinicchain.inventory.InventoryServiceTest;
import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

/** The transfers a clinic sends or receives, listed over HTTP, e.g. the boxes on the road. */
class TransferListApiTest extends InventoryServiceTest {

    String transfer(String from, String to, UUID vial, String... steps) {
        Reply requested = api.post(token("alice.admin"), "/api/inventory/transfers",
                Map.of("fromClinicId", from, "toClinicId", to, "vialIds", List.of(vial.toString())));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        String id = requested.json().get("id").asString();
        for (String step : steps) {
            Reply moved = api.post(token("alice.admin"), "/api/inventory/transfers/" + id + "/" + step, Map.of());
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        }
        return id;
    }

    List<String> ids(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        reply.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    Reply list(String user, String query) {
        return api.get(token(user), "/api/inventory/transfers?" + query);
    }

    @Test
    void transfersOfAClinicOnEitherSideInOneStatusOldestFirst() {
        String clinic = Fixtures.newClinic();
        String other = Fixtures.newClinic();
        Lot here = receive(api, clinic, 3);
        Lot there = receive(api, other, 1);
        String outgoing = transfer(clinic, other, here.vialIds().get(0), "dispatch");
        String incoming = transfer(other, clinic, there.vialIds().get(0), "dispatch");
        String requested = transfer(clinic, other, here.vialIds().get(1));
        String received = transfer(clinic, other, here.vialIds().get(2), "dispatch", "receive");

        assertThat(ids(list("alice.admin", "clinicId=" + clinic + "&status=IN_TRANSIT")))
                .containsExactly(outgoing, incoming);
        assertThat(ids(list("alice.admin", "clinicId=" + clinic)))
                .containsExactly(outgoing, incoming, requested, received);
        assertThat(ids(list("alice.admin", "clinicId=" + other + "&status=RECEIVED"))).containsExactly(received);

        JsonNode onTheRoad = list("alice.admin", "clinicId=" + clinic + "&status=IN_TRANSIT&size=1").json();
        assertThat(onTheRoad.get("totalItems").asLong()).isEqualTo(2);
        JsonNode first = onTheRoad.get("items").get(0);
        assertThat(first.get("fromClinicId").asString()).isEqualTo(clinic);
        assertThat(first.get("toClinicId").asString()).isEqualTo(other);
        assertThat(first.get("status").asString()).isEqualTo("IN_TRANSIT");
        assertThat(first.get("units").asInt()).isEqualTo(100);
        assertThat(first.get("dispatchedBy").asString()).isEqualTo("alice.admin");
        assertThat(first.get("dispatchedAt").isNull()).isFalse();
        assertThat(first.get("vialIds").get(0).asString()).isEqualTo(here.vialIds().get(0).toString());
    }

    @Test
    void staffSeeOnlyTransfersTouchingTheirClinicsAndBadFiltersAreNamed() {
        String clinic = Fixtures.newClinic();
        Lot here = receive(api, clinic, 1);
        String toNorth = transfer(clinic, "clinic-north", here.vialIds().get(0), "dispatch");

        assertThat(list("mona.manager", "clinicId=" + clinic).status()).isEqualTo(403);
        assertThat(ids(list("mona.manager", "clinicId=clinic-north&status=IN_TRANSIT&size=100"))).contains(toNorth);
        assertThat(ids(list("oscar.other", "clinicId=" + clinic))).isEmpty();
        Reply badStatus = list("alice.admin", "status=ON_THE_ROAD");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
    }
}
