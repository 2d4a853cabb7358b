package com.clinicchain.inventory.report;

import static com.clinicchain.inventory.Fixtures.receive;
import static com.clinicchain.inventory.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.inventory.Fixtures;
import com.clinicchain.inventory.Fixtures.Lot;
import com.clinicchain.inventory.InventoryServiceTest;
import com.clinicchain.testsupport.ApiClient.Reply;

/** Issue 11, defect 12: every report's {@code from} and {@code to} are days included, on the clinic's calendar. */
class ReportDaysApiTest extends InventoryServiceTest {

    Reply get(String path) {
        return api.get(token("alice.admin"), path);
    }

    void discard(UUID vial) {
        Reply reply = api.post(token("alice.admin"), "/api/inventory/vials/" + vial + "/discard",
                Map.of("reason", "DROPPED", "note", "test"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    int wasted(String clinic, LocalDate from, LocalDate to) {
        Reply waste = get("/api/inventory/reports/waste?clinicId=" + clinic + "&from=" + from + "&to=" + to);
        assertThat(waste.status()).as(waste.toString()).isEqualTo(200);
        return waste.json().get("totalUnits").asInt();
    }

    @Test
    void fromEqualToIsOneDayAndFromAfterToIsRefusedNamingFrom() {
        String clinic = Fixtures.newClinic();  // announced in UTC: its days are UTC days
        Lot lot = receive(api, clinic, 1);
        discard(lot.vialIds().get(0));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        assertThat(wasted(clinic, today, today)).isEqualTo(100);
        assertThat(wasted(clinic, today.minusDays(1), today.minusDays(1))).isZero();
        Reply waste = get("/api/inventory/reports/waste?clinicId=" + clinic);
        assertThat(waste.json().get("to").asString()).isEqualTo(today.toString());
        assertThat(waste.json().get("totalUnits").asInt()).isEqualTo(100);
        for (String report : List.of("waste", "usage", "reconciliation", "reconciliation/sessions")) {
            ManagerReportsApiTest.assertRefused(get("/api/inventory/reports/" + report + "?from=" + today.plusDays(1)
                    + "&to=" + today), "from");
            assertThat(get("/api/inventory/reports/" + report + "?from=" + today + "&to=" + today).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void aClinicsDaysAreTheDaysOnItsOwnCalendar() {
        Fixtures.FarAwayClinic farAway = Fixtures.farAwayClinic();
        String clinic = farAway.clinicId();
        ZoneId zone = farAway.zone();
        Lot lot = receive(api, clinic, 1);
        discard(lot.vialIds().get(0));
        LocalDate local = LocalDate.now(zone);
        LocalDate utc = LocalDate.now(ZoneOffset.UTC);

        assertThat(wasted(clinic, local, local)).isEqualTo(100);
        assertThat(wasted(clinic, utc, utc)).isZero();
        for (String report : List.of("waste", "usage", "reconciliation")) {
            assertThat(get("/api/inventory/reports/" + report + "?clinicId=" + clinic).json().get("to").asString())
                    .as(report).isEqualTo(local.toString());
        }
    }
}
