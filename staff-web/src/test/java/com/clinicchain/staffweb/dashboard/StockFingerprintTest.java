package com.clinicchain.staffweb.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.staffweb.dashboard.StockReadings.StockLine;

class StockFingerprintTest {

    static final UUID BOTOX = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final UUID DYSPORT = UUID.fromString("00000000-0000-4000-8000-000000000002");

    static StockLine line(String clinic, UUID product, int onHand, int reserved, int unusable, int sealed) {
        return new StockLine(clinic, product, product.equals(BOTOX) ? "Botox" : "Dysport", onHand, reserved, unusable,
                Math.max(onHand - reserved - unusable, 0), sealed);
    }

    @Test
    void theSameNumbersInAnotherOrderGiveTheSameFingerprint() {
        var north = line("clinic-north", BOTOX, 400, 20, 0, 4);
        var south = line("clinic-south", BOTOX, 100, 0, 0, 1);
        var dysport = line("clinic-north", DYSPORT, 300, 0, 0, 1);

        assertThat(StockFingerprint.of(List.of(north, south, dysport)))
                .isEqualTo(StockFingerprint.of(List.of(dysport, south, north)));
    }

    @Test
    void aDeliveryACompletionAQuarantineAReservationEachChangeIt() {
        var before = StockFingerprint.of(List.of(line("clinic-north", BOTOX, 400, 20, 0, 4)));

        assertThat(StockFingerprint.of(List.of(line("clinic-north", BOTOX, 600, 20, 0, 6)))).as("delivery")
                .isNotEqualTo(before);
        assertThat(StockFingerprint.of(List.of(line("clinic-north", BOTOX, 380, 0, 0, 4)))).as("completion")
                .isNotEqualTo(before);
        assertThat(StockFingerprint.of(List.of(line("clinic-north", BOTOX, 400, 20, 100, 4)))).as("quarantine")
                .isNotEqualTo(before);
        assertThat(StockFingerprint.of(List.of(line("clinic-north", BOTOX, 400, 40, 0, 4)))).as("reservation")
                .isNotEqualTo(before);
        assertThat(StockFingerprint.of(List.of(line("clinic-north", BOTOX, 400, 20, 0, 4),
                line("clinic-south", BOTOX, 0, 0, 0, 0)))).as("a clinic's first line").isNotEqualTo(before);
    }

    @Test
    void itNamesNoClinicAndIsShort() {
        String fingerprint = StockFingerprint.of(List.of(line("clinic-north", BOTOX, 400, 20, 0, 4)));

        assertThat(fingerprint).matches("[0-9a-f]{24}").doesNotContain("north");
        assertThat(StockFingerprint.of(List.of())).matches("[0-9a-f]{24}");
    }

    static StockReadings.WaitingSession waiting(String id, int units) {
        return new StockReadings.WaitingSession(UUID.fromString(id), BOTOX, "nina.practitioner",
                java.time.Instant.parse("2026-12-07T10:00:00Z"), units, "BOOKED");
    }

    static LiveReadings readings(List<StockReadings.WaitingSession> waitingAtNorth, long quarantinedAtNorth) {
        return new LiveReadings(List.of(line("clinic-north", BOTOX, 400, 20, 0, 4)),
                java.util.Map.of("clinic-north", new StockReadings.Page<>(waitingAtNorth, 0, 100, waitingAtNorth.size())),
                java.util.Map.of("clinic-north", quarantinedAtNorth));
    }

    /** A session that cannot get stock reserves nothing: the stock alone would not tell the page. */
    @Test
    void aSessionWaitingForStockOrServedAndAQuarantinedVialEachChangeIt() {
        String one = "00000000-0000-4000-8000-00000000000a";
        String before = readings(List.of(), 0).fingerprint();

        assertThat(readings(List.of(), 0).fingerprint()).isEqualTo(before);
        String waitingOne = readings(List.of(waiting(one, 20)), 0).fingerprint();
        assertThat(waitingOne).as("a session waits").isNotEqualTo(before);
        assertThat(readings(List.of(waiting(one, 30)), 0).fingerprint()).as("its units changed")
                .isNotEqualTo(waitingOne);
        assertThat(readings(List.of(waiting("00000000-0000-4000-8000-00000000000b", 20)), 0).fingerprint())
                .as("another session").isNotEqualTo(waitingOne);
        assertThat(readings(List.of(), 3).fingerprint()).as("vials quarantined").isNotEqualTo(before);
        assertThat(readings(List.of(), 3).fingerprint()).isNotEqualTo(readings(List.of(), 2).fingerprint());
    }
}
