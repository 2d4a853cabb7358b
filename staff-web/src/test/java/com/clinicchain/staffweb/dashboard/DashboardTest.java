package com.clinicchain.staffweb.dashboard;

import static com.clinicchain.staffweb.dashboard.StockFingerprintTest.BOTOX;
import static com.clinicchain.staffweb.dashboard.StockFingerprintTest.DYSPORT;
import static com.clinicchain.staffweb.dashboard.StockFingerprintTest.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.expression.spel.standard.SpelExpressionParser;

import com.clinicchain.staffweb.dashboard.StockReadings.BlockedLot;
import com.clinicchain.staffweb.dashboard.StockReadings.ExpiringLot;
import com.clinicchain.staffweb.dashboard.StockReadings.LowStock;
import com.clinicchain.staffweb.dashboard.StockReadings.Page;

class DashboardTest {

    private static <T> Page<T> page(List<T> items, long total) {
        return new Page<>(items, 0, 100, total);
    }

    private static ExpiringLot expiring(String clinic, String lot, int daysLeft) {
        return new ExpiringLot(UUID.randomUUID(), lot, BOTOX, "Botox", clinic, LocalDate.of(2026, 12, 7)
                .plusDays(daysLeft), daysLeft, "USABLE", 2, 200);
    }

    private static BlockedLot blocked(String clinic, String lot) {
        return new BlockedLot(UUID.randomUUID(), lot, BOTOX, "Botox", clinic, "QUARANTINED", "fridge door open",
                "mark.manager", Instant.parse("2026-12-07T09:30:00Z"), 2, 200);
    }

    @Test
    void eachClinicHasItsOwnLinesAndOnlyTheLinesUnderTheMinimumAreMarked() {
        var dashboard = Dashboard.of(List.of("clinic-north", "clinic-south"),
                List.of(line("clinic-south", BOTOX, 100, 0, 0, 1), line("clinic-north", DYSPORT, 300, 0, 0, 1),
                        line("clinic-north", BOTOX, 400, 20, 0, 4)),
                List.of(new LowStock("clinic-south", BOTOX, "Botox", 100, 150)),
                page(List.of(expiring("clinic-north", "L-EXP", 12)), 1),
                page(List.of(blocked("clinic-south", "L-BLK")), 1));

        assertThat(dashboard.clinics()).extracting(Dashboard.Clinic::clinicId)
                .containsExactly("clinic-north", "clinic-south");
        var north = dashboard.clinics().get(0);
        assertThat(north.stock()).extracting(Dashboard.Line::brand).containsExactly("Botox", "Dysport");
        assertThat(north.stock()).noneMatch(Dashboard.Line::below);
        assertThat(north.expiring()).extracting(ExpiringLot::lotNumber).containsExactly("L-EXP");
        assertThat(north.blocked()).isEmpty();
        var south = dashboard.clinics().get(1);
        assertThat(south.stock()).singleElement().satisfies(botox -> {
            assertThat(botox.below()).isTrue();
            assertThat(botox.minUnits()).isEqualTo(150);
        });
        assertThat(south.blocked()).extracting(BlockedLot::lotNumber).containsExactly("L-BLK");
        assertThat(south.blocked().get(0).changedAtInUtc()).isEqualTo("2026-12-07 09:30 UTC");
        assertThat(south.expiring()).isEmpty();
    }

    @Test
    void aClinicOfTheTokenWithNothingYetIsShownEmpty() {
        var dashboard = Dashboard.of(List.of("clinic-north"), List.of(), List.of(), page(List.of(), 0),
                page(List.of(), 0));

        assertThat(dashboard.clinics()).singleElement().satisfies(clinic -> {
            assertThat(clinic.clinicId()).isEqualTo("clinic-north");
            assertThat(clinic.empty()).isTrue();
        });
    }

    @Test
    void linesBeyondThePlatformsPageAreCounted() {
        var dashboard = Dashboard.of(List.of("clinic-north"), List.of(), List.of(),
                page(List.of(expiring("clinic-north", "L1", 3)), 101), page(List.of(), 0));

        assertThat(dashboard.expiringLeftOut()).isEqualTo(100);
        assertThat(dashboard.blockedLeftOut()).isZero();
    }

    /** The template asks these through Spring's expression language, which calls only public methods. */
    @Test
    void theTemplateCanAskTheQuestions() {
        var dashboard = Dashboard.of(List.of("clinic-north"), List.of(line("clinic-north", BOTOX, 100, 0, 0, 1)),
                List.of(new LowStock("clinic-north", BOTOX, "Botox", 100, 150)), page(List.of(), 0),
                page(List.of(blocked("clinic-north", "L-BLK")), 1));
        var spel = new SpelExpressionParser();

        assertThat(spel.parseExpression("clinics[0].empty()").getValue(dashboard)).isEqualTo(false);
        assertThat(spel.parseExpression("clinics[0].stock[0].below()").getValue(dashboard)).isEqualTo(true);
        assertThat(spel.parseExpression("clinics[0].blocked[0].changedAtInUtc()").getValue(dashboard))
                .isEqualTo("2026-12-07 09:30 UTC");
    }

    @Test
    void theFingerprintIsTheStocks() {
        var stock = List.of(line("clinic-north", BOTOX, 400, 20, 0, 4));

        assertThat(Dashboard.of(List.of("clinic-north"), stock, List.of(), page(List.of(), 0), page(List.of(), 0))
                .fingerprint()).isEqualTo(StockFingerprint.of(stock));
    }

    @Test
    void aClinicListsItsSessionsWaitingForStockSoonestFirstInItsTimeAndCountsItsQuarantinedVials() {
        UUID later = UUID.fromString("00000000-0000-4000-8000-00000000000a");
        UUID sooner = UUID.fromString("00000000-0000-4000-8000-00000000000b");
        UUID unknownProduct = UUID.fromString("00000000-0000-4000-8000-0000000000ff");
        var readings = new LiveReadings(List.of(line("clinic-north", BOTOX, 100, 0, 0, 1)), java.util.Map.of(
                "clinic-north", new Page<>(List.of(
                        new StockReadings.WaitingSession(later, BOTOX, "nina.practitioner",
                                Instant.parse("2026-07-07T15:30:00Z"), 40, "BOOKED"),
                        new StockReadings.WaitingSession(sooner, DYSPORT, "nina.practitioner",
                                Instant.parse("2026-07-07T09:00:00Z"), 60, "CHECKED_IN"),
                        new StockReadings.WaitingSession(UUID.randomUUID(), unknownProduct, "nina.practitioner",
                                Instant.parse("2026-07-08T09:00:00Z"), 10, "BOOKED")), 0, 3, 5)),
                java.util.Map.of("clinic-north", 3L, "clinic-south", 0L));

        var dashboard = Dashboard.of(List.of("clinic-north", "clinic-south"), readings, List.of(),
                page(List.of(), 0), page(List.of(), 0), java.util.Map.of(DYSPORT, "Dysport"),
                clinic -> java.time.ZoneId.of("Europe/London"));

        var north = dashboard.clinics().get(0);
        assertThat(north.waiting()).extracting(Dashboard.Waiting::sessionId).startsWith(sooner, later);
        assertThat(north.waiting()).extracting(Dashboard.Waiting::brand)
                .containsExactly("Dysport", "Botox", unknownProduct.toString());
        assertThat(north.waiting()).extracting(Dashboard.Waiting::startsAtLocal).as("London is on summer time")
                .startsWith("7 Jul 2026 10:00", "7 Jul 2026 16:30");
        assertThat(north.waiting()).extracting(Dashboard.Waiting::expectedUnits).containsExactly(60, 40, 10);
        assertThat(north.waitingLeftOut()).isEqualTo(2);
        assertThat(north.quarantinedVials()).isEqualTo(3);
        var south = dashboard.clinics().get(1);
        assertThat(south.waiting()).isEmpty();
        assertThat(south.empty()).isTrue();
        assertThat(dashboard.fingerprint()).isEqualTo(readings.fingerprint());
    }

    @Test
    void theClinicsWatchedAreTheOneAskedForElseTheTokensAndThoseWithStock() {
        var stock = List.of(line("clinic-east", BOTOX, 100, 0, 0, 1));
        assertThat(StockPoll.clinics("clinic-north", List.of("clinic-north", "clinic-south"), stock))
                .containsExactly("clinic-north");
        assertThat(StockPoll.clinics(null, List.of("clinic-south", "clinic-north"), stock))
                .containsExactly("clinic-east", "clinic-north", "clinic-south");
    }
}
