package com.clinicchain.inventory.vial;

import static com.clinicchain.inventory.Fixtures.BOTOX;
import static com.clinicchain.inventory.Fixtures.receive;
import static com.clinicchain.inventory.Fixtures.send;
import static com.clinicchain.inventory.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.contracts.treatment.SessionCompleted;
import com.clinicchain.inventory.Fixtures;
import com.clinicchain.inventory.Fixtures.Lot;
import com.clinicchain.inventory.InventoryServiceTest;
import com.clinicchain.testsupport.ApiClient.Reply;

/**
 * A lot's last day is the clinic's: whether its vials may be drawn from, shown usable or sent away is judged on the
 * calendar of the clinic holding them, not on UTC's or the database's. The integration tests share the real clock,
 * so the clinic is placed in a zone whose date differs from UTC's right now, and the lot expires on the later of the
 * two dates: ahead of UTC it is already waste at the clinic, behind UTC it is still good there.
 */
class ClinicDayApiTest extends InventoryServiceTest {

    @Test
    void aLotExpiringOnTheLaterOfTheClinicsAndUtcsDatesIsJudgedOnTheClinicsDay() {
        Fixtures.FarAwayClinic farAway = Fixtures.farAwayClinic();
        String clinic = farAway.clinicId();
        ZoneId zone = farAway.zone();
        String admin = token("alice.admin");
        Lot lot = receive(api, clinic, 3);
        LocalDate local = LocalDate.now(zone);
        LocalDate utc = LocalDate.now(ZoneOffset.UTC);
        LocalDate lastDay = local.isAfter(utc) ? local : utc;
        jdbc.sql("update lot set expiry_date = ? where id = ?").params(lastDay, lot.id()).update();
        boolean expiredAtTheClinic = !lastDay.isAfter(local);
        assertThat(expiredAtTheClinic).as("expired at the clinic exactly when it is ahead of UTC")
                .isEqualTo(local.isAfter(utc));

        Reply vial = api.get(admin, "/api/inventory/vials/" + lot.vialIds().get(0));
        assertThat(vial.json().get("usable").asBoolean()).as(vial.toString()).isEqualTo(!expiredAtTheClinic);

        UUID session = UUID.randomUUID();
        send(session, new SessionCompleted(session, UUID.randomUUID(), clinic, BOTOX,
                List.of(new SessionCompleted.VialUse(lot.vialIds().get(0), "X", 10))));
        await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.sql(
                "select count(*) from session_usage where session_id = ?").param(session).query(Long.class).single() == 1);
        assertThat(jdbc.sql("select kind from usage_discrepancy where session_id = ?").param(session)
                .query(String.class).list()).isEqualTo(expiredAtTheClinic ? List.of("LOT_EXPIRED") : List.of());
        assertThat(jdbc.sql("select units_remaining from vial where id = ?").param(lot.vialIds().get(0))
                .query(Integer.class).single()).isEqualTo(expiredAtTheClinic ? 100 : 90);

        Reply transfer = api.post(admin, "/api/inventory/transfers", Map.of("fromClinicId", clinic,
                "toClinicId", Fixtures.newClinic(), "vialIds", List.of(lot.vialIds().get(1))));
        assertThat(transfer.status()).as(transfer.toString()).isEqualTo(expiredAtTheClinic ? 409 : 201);
    }
}
