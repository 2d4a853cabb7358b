package com.clinicchain.inventory.consistency;

import static com.clinicchain.inventory.Fixtures.BOTOX;
import static com.clinicchain.inventory.Fixtures.receive;
import static com.clinicchain.inventory.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.contracts.treatment.SessionScheduled;
import com.clinicchain.inventory.Fixtures;
import com.clinicchain.inventory.InventoryServiceTest;
import com.clinicchain.testsupport.ApiClient.Reply;

import tools.jackson.databind.JsonNode;

/** Issue 11, defect 13: the admin's consistency check, on reservations made from real treatment events. */
class ConsistencyApiTest extends InventoryServiceTest {

    Reply check(String user, String clinic) {
        return api.get(token(user), "/api/inventory/admin/consistency?clinicId=" + clinic);
    }

    @Test
    void reservedUnitsAgreeWithTheOpenReservationsAndADifferenceIsReported() {
        String clinic = Fixtures.newClinic();
        receive(api, clinic, 1);
        UUID session = UUID.randomUUID();
        Fixtures.send(session, new SessionScheduled(session, UUID.randomUUID(), clinic, BOTOX, 20,
                Instant.now().plusSeconds(3600)));
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc
                .sql("select count(*) from reservation where session_id = ? and status = 'RESERVED'").param(session)
                .query(Long.class).single() == 1);

        Reply consistent = check("alice.admin", clinic);
        assertThat(consistent.status()).as(consistent.toString()).isEqualTo(200);
        assertThat(consistent.json().get("differences")).isEmpty();

        // a stock row that drifted from its reservations (what a lost update would leave behind)
        jdbc.sql("update stock set reserved_units = reserved_units + 5 where chain_id = ? and clinic_id = ?")
                .params(Fixtures.CHAIN, clinic).update();
        Reply drifted = check("alice.admin", clinic);
        assertThat(drifted.json().get("differences")).hasSize(1);
        JsonNode difference = drifted.json().get("differences").get(0);
        assertThat(difference.get("kind").asString()).isEqualTo("RESERVED_UNITS");
        assertThat(difference.get("clinicId").asString()).isEqualTo(clinic);
        assertThat(difference.get("productId").asString()).isEqualTo(BOTOX.toString());
        assertThat(difference.get("recorded").asInt()).isEqualTo(25);
        assertThat(difference.get("expected").asInt()).isEqualTo(20);

        // the other tests share this database: put the row right again, and the check agrees again
        jdbc.sql("update stock set reserved_units = reserved_units - 5 where chain_id = ? and clinic_id = ?")
                .params(Fixtures.CHAIN, clinic).update();
        assertThat(check("alice.admin", clinic).json().get("differences")).isEmpty();
    }

    @Test
    void onlyTheChainsAdminsMayAsk() {
        String clinic = "clinic-north";
        assertThat(check("mark.manager", clinic).status()).isEqualTo(403);
        assertThat(check("nina.nurse", clinic).status()).isEqualTo(403);
        assertThat(check("partner-demo", clinic).status()).isEqualTo(403);
        assertThat(api.get(null, "/api/inventory/admin/consistency").status()).isEqualTo(401);
        assertThat(api.get(token("alice.admin"), "/api/inventory/admin/consistency").status()).isEqualTo(200);
        assertThat(api.get(token("alice.admin"), "/api/inventory/admin/consistency?clinicId=").status())
                .isEqualTo(400);
    }
}
