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
}
