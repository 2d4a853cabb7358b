package com.clinicchain.inventory.vial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.inventory.vialstate.LotStatus;
import com.clinicchain.inventory.vialstate.VialStatus;
import com.clinicchain.kit.problem.ProblemException;

class VialTransitionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final Instant NOW = Instant.parse("2026-03-15T12:00:00Z");

    static Vial vial(VialStatus status, LotStatus lotStatus, LocalDate expiry, Instant mixedAt) {
        return new Vial(UUID.randomUUID(), "chain", "clinic", UUID.randomUUID(), UUID.randomUUID(), "C1", expiry,
                lotStatus, status, 100, mixedAt, null, mixedAt == null ? null : new BigDecimal("2.5"), null, null,
                null, null, null, null, null);
    }

    static Vial quarantined(VialStatus status) {
        return new Vial(UUID.randomUUID(), "chain", "clinic", UUID.randomUUID(), UUID.randomUUID(), "C1",
                TODAY.plusYears(1), LotStatus.AVAILABLE, status, 100, null, null, null, null, null, null, null, null,
                NOW.minus(Duration.ofHours(1)), "fridge A outside 2-8 °C");
    }

    static Vial sealed() {
        return vial(VialStatus.SEALED, LotStatus.AVAILABLE, TODAY.plusYears(1), null);
    }

    private static void assertConflict(Runnable step, String kind) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.status().value()).isEqualTo(409);
            assertThat(problem.toProblemDetail().getType().toString()).isEqualTo("/problems/" + kind);
        });
    }

    @Test
    void onlyASealedVialOfAUsableLotIsMixed() {
        assertThatCode(() -> VialTransitions.checkReconstitute(sealed(), NOW, TODAY)).doesNotThrowAnyException();
        for (VialStatus status : new VialStatus[] { VialStatus.RECONSTITUTED, VialStatus.IN_USE, VialStatus.DEPLETED,
                VialStatus.DISCARDED }) {
            assertConflict(() -> VialTransitions.checkReconstitute(
                    vial(status, LotStatus.AVAILABLE, TODAY.plusYears(1), null), NOW, TODAY), "vial-state");
        }
        assertConflict(() -> VialTransitions.checkReconstitute(
                vial(VialStatus.SEALED, LotStatus.QUARANTINED, TODAY.plusYears(1), null), NOW, TODAY), "lot-blocked");
        assertConflict(() -> VialTransitions.checkReconstitute(
                vial(VialStatus.SEALED, LotStatus.RECALLED, TODAY.plusYears(1), null), NOW, TODAY), "lot-blocked");
        assertConflict(() -> VialTransitions.checkReconstitute(
                vial(VialStatus.SEALED, LotStatus.AVAILABLE, TODAY, null), NOW, TODAY), "lot-expired");
    }

    @Test
    void anyVialStillHoldingUnitsMayBeDiscardedOnce() {
        for (VialStatus status : new VialStatus[] { VialStatus.SEALED, VialStatus.RECONSTITUTED, VialStatus.IN_USE }) {
            assertThatCode(() -> VialTransitions.checkDiscard(vial(status, LotStatus.RECALLED, TODAY, null)))
                    .doesNotThrowAnyException();
        }
        assertConflict(() -> VialTransitions.checkDiscard(vial(VialStatus.DISCARDED, LotStatus.AVAILABLE, TODAY, null)),
                "vial-state");
        assertConflict(() -> VialTransitions.checkDiscard(vial(VialStatus.DEPLETED, LotStatus.AVAILABLE, TODAY, null)),
                "vial-state");
    }

    @Test
    void aQuarantinedVialIsNotMixedUntilReleased() {
        assertConflict(() -> VialTransitions.checkReconstitute(quarantined(VialStatus.SEALED), NOW, TODAY),
                "vial-quarantined");
    }

    @Test
    void onlyAQuarantinedVialStillHoldingUnitsIsReleased() {
        assertThatCode(() -> VialTransitions.checkRelease(quarantined(VialStatus.SEALED))).doesNotThrowAnyException();
        assertConflict(() -> VialTransitions.checkRelease(sealed()), "vial-state");
        assertConflict(() -> VialTransitions.checkRelease(quarantined(VialStatus.DISCARDED)), "vial-state");
    }
}
