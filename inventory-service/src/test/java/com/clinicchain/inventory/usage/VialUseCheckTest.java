package com.clinicchain.inventory.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.inventory.vialstate.LotStatus;
import com.clinicchain.inventory.vialstate.VialState;

class VialUseCheckTest {

    static final UUID BOTOX = UUID.randomUUID();
    static final UUID OTHER_PRODUCT = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-26");
    static final UUID VIAL = UUID.randomUUID();

    static VialState vial(String status, int left, LotStatus lot, LocalDate expiry, Instant reconstituted) {
        return new VialState(VIAL, "north", BOTOX, "F123", status, left, lot, expiry, reconstituted, false);
    }

    static VialState usable() {
        return vial("RECONSTITUTED", 80, LotStatus.AVAILABLE, TODAY.plusMonths(6), NOW.minus(Duration.ofHours(2)));
    }

    static Optional<DiscrepancyKind> check(UUID vialId, int units, VialState state) {
        return VialUseCheck.problem(vialId, units, Optional.ofNullable(state), "north", BOTOX, NOW, TODAY);
    }

    @Test
    void aUsableVialHoldingEnoughHasNoProblem() {
        assertThat(check(VIAL, 80, usable())).isEmpty();
        assertThat(check(VIAL, 20, vial("SEALED", 100, LotStatus.AVAILABLE, TODAY.plusDays(1), null))).isEmpty();
    }

    @Test
    void whatTheChartSaysIsCheckedFirst() {
        assertThat(check(null, 20, usable())).contains(DiscrepancyKind.NO_VIAL);
        assertThat(check(VIAL, 0, usable())).contains(DiscrepancyKind.INVALID_UNITS);
        assertThat(check(VIAL, -4, null)).contains(DiscrepancyKind.INVALID_UNITS);
        assertThat(check(VIAL, 20, null)).contains(DiscrepancyKind.UNKNOWN_VIAL);
    }

    @Test
    void aVialElsewhereOrOfAnotherProductIsNotTheSessions() {
        VialState south = new VialState(VIAL, "south", BOTOX, "F123", "SEALED", 100, LotStatus.AVAILABLE,
                TODAY.plusMonths(6), null, false);
        VialState dysport = new VialState(VIAL, "north", OTHER_PRODUCT, "F123", "SEALED", 100, LotStatus.AVAILABLE,
                TODAY.plusMonths(6), null, false);
        assertThat(check(VIAL, 20, south)).contains(DiscrepancyKind.OTHER_CLINIC);
        assertThat(check(VIAL, 20, dysport)).contains(DiscrepancyKind.OTHER_PRODUCT);
    }

    @Test
    void aVialOffTheShelfIsSaidSoBeforeItsLot() {
        for (String status : new String[] { "DEPLETED", "DISCARDED", "IN_TRANSIT" }) {
            assertThat(check(VIAL, 20, vial(status, 0, LotStatus.RECALLED, TODAY.plusMonths(6), null)))
                    .as(status).contains(DiscrepancyKind.NOT_ON_SHELF);
        }
    }

    @Test
    void aBlockedOrExpiredLotRefusesItsVials() {
        assertThat(check(VIAL, 20, vial("SEALED", 100, LotStatus.RECALLED, TODAY.plusMonths(6), null)))
                .contains(DiscrepancyKind.LOT_RECALLED);
        assertThat(check(VIAL, 20, vial("SEALED", 100, LotStatus.QUARANTINED, TODAY.plusMonths(6), null)))
                .contains(DiscrepancyKind.LOT_QUARANTINED);
        assertThat(check(VIAL, 20, vial("SEALED", 100, LotStatus.AVAILABLE, TODAY, null)))
                .as("a lot is unusable on its expiry day").contains(DiscrepancyKind.LOT_EXPIRED);
    }

    @Test
    void aReconstitutedVialServesTwentyFourHours() {
        assertThat(check(VIAL, 20, vial("RECONSTITUTED", 100, LotStatus.AVAILABLE, TODAY.plusMonths(6),
                NOW.minus(Duration.ofHours(24))))).contains(DiscrepancyKind.PAST_24_HOURS);
        assertThat(check(VIAL, 20, vial("RECONSTITUTED", 100, LotStatus.AVAILABLE, TODAY.plusMonths(6),
                NOW.minus(Duration.ofHours(24)).plusSeconds(1)))).isEmpty();
    }

    @Test
    void moreUnitsThanTheVialHoldsAreNotDrawn() {
        assertThat(check(VIAL, 81, usable())).contains(DiscrepancyKind.NOT_ENOUGH_UNITS);
    }

    @Test
    void theDescriptionNamesStateNotPeople() {
        assertThat(VialUseCheck.describe(Optional.of(usable()))).contains("RECONSTITUTED", "80 U left", "F123",
                "AVAILABLE");
        assertThat(VialUseCheck.describe(Optional.empty())).isEqualTo("no such vial in the chain");
    }

    @Test
    void aQuarantinedVialOfAUsableLotIsNamedAsSuch() {
        VialState warm = new VialState(VIAL, "north", BOTOX, "F123", "SEALED", 100, LotStatus.AVAILABLE,
                TODAY.plusMonths(6), null, true);
        assertThat(check(VIAL, 20, warm)).contains(DiscrepancyKind.VIAL_QUARANTINED);
    }
}
