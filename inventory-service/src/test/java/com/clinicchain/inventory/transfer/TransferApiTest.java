package com.clinicchain.inventory.transfer;

import static com.clinicchain.inventory.Fixtures.receive;
import static com.clinicchain.inventory.Fixtures.stockLine;
import static com.clinicchain.inventory.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

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

/** Moving sealed vials between clinics over HTTP, with the stock of both clinics read back. */
class TransferApiTest extends InventoryServiceTest {

    Reply request(String user, String from, String to, List<UUID> vials) {
        return api.post(token(user), "/api/inventory/transfers",
                Map.of("fromClinicId", from, "toClinicId", to, "vialIds", vials.stream().map(UUID::toString).toList()));
    }

    Reply step(String user, String transfer, String action) {
        return api.post(token(user), "/api/inventory/transfers/" + transfer + "/" + action,
                action.equals("cancel") ? Map.of("reason", "not needed after all") : Map.of());
    }

    int onHand(String clinic) {
        return stockLine(api, clinic).get("onHandUnits").asInt();
    }

    Map<String, Object> vial(UUID id) {
        return jdbc.sql("select clinic_id, status from vial where id = ?").param(id).query().singleRow();
    }

    @Test
    void vialsLeaveTheSenderWhenDispatchedAndJoinTheReceiverWhenReceived() {
        String from = Fixtures.newClinic();
        String to = Fixtures.newClinic();
        Lot lot = receive(api, from, 2);
        receive(api, to, 1);

        Reply requested = request("alice.admin", from, to, lot.vialIds());
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        String id = requested.json().get("id").asString();
        assertThat(requested.location()).isEqualTo("/api/inventory/transfers/" + id);
        assertThat(requested.json().get("units").asInt()).isEqualTo(200);
        assertThat(step("nina.nurse", id, "dispatch").status()).isEqualTo(403);
        assertThat(step("alice.admin", id, "receive").status()).isEqualTo(409);

        Reply dispatched = step("alice.admin", id, "dispatch");
        assertThat(dispatched.status()).as(dispatched.toString()).isEqualTo(200);
        assertThat(dispatched.json().get("status").asString()).isEqualTo("IN_TRANSIT");
        assertThat(onHand(from)).isZero();
        assertThat(onHand(to)).isEqualTo(100);
        assertThat(vial(lot.vialIds().get(0))).containsEntry("status", "IN_TRANSIT");

        Reply received = step("alice.admin", id, "receive");
        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        assertThat(received.json().get("receivedBy").asString()).isEqualTo("alice.admin");
        assertThat(onHand(to)).isEqualTo(300);
        assertThat(vial(lot.vialIds().get(1))).containsEntry("status", "SEALED").containsEntry("clinic_id", to);
        assertThat(eventsOf(id)).containsExactly("VialsDispatched", "VialsTransferred");
        assertThat(step("alice.admin", id, "receive").status()).isEqualTo(409);
        assertThat(step("alice.admin", id, "cancel").status()).isEqualTo(409);
    }

    @Test
    void aCancelledTransferInTransitGoesBackOnTheSendersShelf() {
        String from = Fixtures.newClinic();
        String to = Fixtures.newClinic();
        Lot lot = receive(api, from, 1);
        String id = request("alice.admin", from, to, lot.vialIds()).json().get("id").asString();
        assertThat(step("alice.admin", id, "dispatch").status()).isEqualTo(200);
        assertThat(onHand(from)).isZero();

        Reply cancelled = step("alice.admin", id, "cancel");

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("cancelReason").asString()).isEqualTo("not needed after all");
        assertThat(onHand(from)).isEqualTo(100);
        assertThat(vial(lot.vialIds().get(0))).containsEntry("status", "SEALED").containsEntry("clinic_id", from);
        assertThat(eventsOf(id)).containsExactly("VialsDispatched", "VialsReturned");
    }

    /** What treatment hears of a transfer: it may chart a vial only while the vial is on a clinic's shelf. */
    List<String> eventsOf(String transfer) {
        return jdbc.sql("select event_type from outbox_event where record_key = ? order by seq").param(transfer)
                .query(String.class).list();
    }

    @Test
    void blockedOpenedAndForeignVialsDoNotTravel() {
        String from = Fixtures.newClinic();
        Lot blocked = receive(api, from, 1);
        Lot opened = receive(api, from, 1);
        Lot elsewhere = receive(api, Fixtures.newClinic(), 1);
        api.post(token("alice.admin"), "/api/inventory/lots/" + blocked.id() + "/quarantine", Map.of("reason", "warm"));
        api.post(token("alice.admin"), "/api/inventory/vials/" + opened.vialIds().get(0) + "/reconstitute",
                Map.of("salineMl", 2.5));

        Reply reply = request("alice.admin", from, "clinic-south", blocked.vialIds());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        assertThat(reply.json().get("type").asString()).isEqualTo("/problems/vial-not-transferable");
        assertThat(request("alice.admin", from, "clinic-south", opened.vialIds()).status()).isEqualTo(409);
        assertRefused(request("alice.admin", from, "clinic-south", elsewhere.vialIds()), "vialIds");
        assertRefused(request("alice.admin", from, "clinic-south", List.of(UUID.randomUUID())), "vialIds");
        assertRefused(request("alice.admin", from, "clinic-south", List.of()), "vialIds");
        assertRefused(request("alice.admin", from, from, elsewhere.vialIds()), "toClinicId");
        assertThat(request("mark.manager", from, Fixtures.newClinic(), elsewhere.vialIds()).status()).isEqualTo(403);
        assertThat(request("nina.nurse", "clinic-north", "clinic-south", elsewhere.vialIds()).status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from transfer where from_clinic_id = ?").param(from).query(Long.class)
                .single()).isZero();
    }

    @Test
    void anotherChainsTransferIsNotFound() {
        Lot lot = receive(api, "clinic-north", 1);
        String id = request("alice.admin", "clinic-north", "clinic-south", lot.vialIds()).json().get("id").asString();

        assertThat(api.get(token("oscar.other"), "/api/inventory/transfers/" + id).status()).isEqualTo(404);
        assertThat(step("oscar.other", id, "dispatch").status()).isEqualTo(404);
        assertThat(step("oscar.other", id, "cancel").status()).isEqualTo(404);
        assertThat(api.get(token("nina.nurse"), "/api/inventory/transfers/" + id).status()).isEqualTo(200);
        assertThat(step("mark.manager", id, "cancel").status()).isEqualTo(200);
    }

    static void assertRefused(Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").get(0).get("field").asString()).as(reply.toString()).isEqualTo(field);
    }
}
