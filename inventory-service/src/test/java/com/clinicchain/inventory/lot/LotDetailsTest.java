package com.clinicchain.inventory.lot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.inventory.vialstate.LotStatus;
import com.clinicchain.kit.problem.ProblemException;

class LotDetailsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Test
    void refusesALotThatExpiresTodayOrEarlier() {
        for (LocalDate expiry : new LocalDate[] { TODAY, TODAY.minusDays(1), TODAY.minusYears(2) }) {
            assertThatThrownBy(() -> LotDetails.checkExpiry(expiry, TODAY))
                    .isInstanceOfSatisfying(ProblemException.class, problem -> {
                        assertThat(problem.status().value()).isEqualTo(400);
                        assertThat(problem.getMessage()).startsWith("expiryDate");
                    });
        }
    }

    @Test
    void acceptsALotThatExpiresLater() {
        assertThatCode(() -> LotDetails.checkExpiry(TODAY.plusDays(1), TODAY)).doesNotThrowAnyException();
    }

    @Test
    void lotNumbersCompareAsPrinted() {
        assertThat(LotDetails.normaliseLotNumber("  c3709c3 ")).isEqualTo("C3709C3");
    }

    static Lot lot(LotStatus status, LocalDate expiry) {
        return new Lot(UUID.randomUUID(), "demo-chain", "clinic-north", UUID.randomUUID(), "C3709C3", expiry,
                "Allergan", 10, "mark.manager", Instant.now(), status, null);
    }

    @Test
    void aDeliveryOfAKnownLotWithTheSameExpiryJoinsIt() {
        assertThatCode(() -> LotDetails.checkJoins(lot(LotStatus.AVAILABLE, TODAY.plusYears(1)), TODAY.plusYears(1)))
                .doesNotThrowAnyException();
        assertThatCode(() -> LotDetails.checkJoins(lot(LotStatus.QUARANTINED, TODAY.plusYears(1)), TODAY.plusYears(1)))
                .doesNotThrowAnyException();
    }

    @Test
    void aDeliveryOfAKnownLotWithAnotherExpiryIsRefusedNamingTheField() {
        assertThatThrownBy(() -> LotDetails.checkJoins(lot(LotStatus.AVAILABLE, TODAY.plusYears(1)), TODAY.plusYears(2)))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status().value()).isEqualTo(400);
                    assertThat(problem.getMessage()).startsWith("expiryDate");
                });
    }

    @Test
    void aRecalledLotTakesNoMoreVials() {
        assertThatThrownBy(() -> LotDetails.checkJoins(lot(LotStatus.RECALLED, TODAY.plusYears(1)), TODAY.plusYears(1)))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.status().value()).isEqualTo(409));
    }
}
