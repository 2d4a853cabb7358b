package com.clinicchain.inventory.lot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.clinicchain.inventory.vialstate.LotStatus;

class HeldLotStatusTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void anAvailableLotBeforeItsExpiryDateIsUsable() {
        assertThat(HeldLotStatus.of(LotStatus.AVAILABLE, TODAY.plusDays(1), TODAY)).isEqualTo(HeldLotStatus.USABLE);
    }

    @Test
    void aLotIsExpiredOnItsExpiryDate() {
        assertThat(HeldLotStatus.of(LotStatus.AVAILABLE, TODAY, TODAY)).isEqualTo(HeldLotStatus.EXPIRED);
        assertThat(HeldLotStatus.of(LotStatus.QUARANTINED, TODAY.minusDays(3), TODAY))
                .isEqualTo(HeldLotStatus.EXPIRED);
    }

    @Test
    void aQuarantinedLotInDateIsQuarantined() {
        assertThat(HeldLotStatus.of(LotStatus.QUARANTINED, TODAY.plusYears(1), TODAY))
                .isEqualTo(HeldLotStatus.QUARANTINED);
    }

    @Test
    void aRecallOutranksExpiry() {
        assertThat(HeldLotStatus.of(LotStatus.RECALLED, TODAY.minusDays(1), TODAY)).isEqualTo(HeldLotStatus.RECALLED);
    }
}
