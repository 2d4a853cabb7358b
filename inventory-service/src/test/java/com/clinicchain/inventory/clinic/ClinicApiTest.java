package com.clinicchain.inventory.clinic;

import java.time.Instant;
import static com.clinicchain.inventory.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.clinicchain.contracts.EventEnvelope;
import com.clinicchain.contracts.registry.ClinicChanged;
import com.clinicchain.inventory.Fixtures;
import com.clinicchain.inventory.InventoryServiceTest;
import com.clinicchain.testsupport.ApiClient.Reply;

/** ClinicChanged put on the real broker as the registry's relay would, and the clinic read back over HTTP. */
class ClinicApiTest extends InventoryServiceTest {

    static ClinicChanged clinic(String id, String name, String zone, long revision) {
        return new ClinicChanged(id, name, new ClinicChanged.Address(List.of("1 High Street"), "LS1 1AA", "Leeds", "GB"),
                "+44 113 000 0000", zone, List.of(), true, revision);
    }

    Reply get(String user, String clinicId) {
        return api.get(token(user), "/api/inventory/clinics/" + clinicId);
    }

    @Test
    void aClinicPublishedByTheRegistryIsReadBackByStaffOfTheChain() {
        String id = Fixtures.unknownClinic();
        Fixtures.sendClinicEvent(id, EventEnvelope.of(Fixtures.CHAIN, clinic(id, "Leeds North", "Europe/London", 1), Instant.now()));

        await().atMost(Duration.ofSeconds(60)).until(() -> get("alice.admin", id).status() == 200);
        Reply reply = get("nina.nurse", id);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("id").asString()).isEqualTo(id);
        assertThat(reply.json().get("name").asString()).isEqualTo("Leeds North");
        assertThat(reply.json().get("timeZone").asString()).isEqualTo("Europe/London");
        assertThat(reply.json().get("active").asBoolean()).isTrue();
        assertThat(get("oscar.other", id).status()).isEqualTo(404);
        assertThat(get("alice.admin", Fixtures.unknownClinic()).status()).isEqualTo(404);
    }

    @Test
    void anOlderEventArrivingLateDoesNotUndoANewerOne() {
        String id = Fixtures.unknownClinic();
        Fixtures.sendClinicEvent(id, EventEnvelope.of(Fixtures.CHAIN, clinic(id, "Leeds", "Europe/London", 2), Instant.now()));
        EventEnvelope<ClinicChanged> late = EventEnvelope.of(Fixtures.CHAIN, clinic(id, "Old name", "Europe/Dublin", 1), Instant.now());
        Fixtures.sendClinicEvent(id, late);

        // the inbox records every event it has seen, applied or not
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc
                .sql("select exists (select 1 from inbox_event where event_id = ?)").param(late.id())
                .query(Boolean.class).single());
        Reply reply = get("alice.admin", id);
        assertThat(reply.json().get("name").asString()).isEqualTo("Leeds");
        assertThat(reply.json().get("timeZone").asString()).isEqualTo("Europe/London");
    }

    @Test
    void anotherChainsClinicOfTheSameIdStaysItsOwn() {
        String id = Fixtures.unknownClinic();
        Fixtures.sendClinicEvent(id, EventEnvelope.of("other-chain", clinic(id, "Elsewhere", "Europe/Paris", 1), Instant.now()));

        await().atMost(Duration.ofSeconds(60)).until(() -> get("oscar.other", id).status() == 200);
        assertThat(get("alice.admin", id).status()).isEqualTo(404);
    }
}
