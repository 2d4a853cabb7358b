package com.clinicchain.inventory.vialstate;

import static com.clinicchain.inventory.vialstate.LotStatus.AVAILABLE;
import static com.clinicchain.inventory.vialstate.LotStatus.QUARANTINED;
import static com.clinicchain.inventory.vialstate.LotStatus.RECALLED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LotStatusTest {

    @Test
    void anAvailableLotIsQuarantinedAndReleased() {
        assertThat(AVAILABLE.mayBecome(QUARANTINED)).isTrue();
        assertThat(QUARANTINED.mayBecome(AVAILABLE)).isTrue();
        assertThat(QUARANTINED.mayBecome(QUARANTINED)).isFalse();
        assertThat(AVAILABLE.mayBecome(AVAILABLE)).isFalse();
    }

    @Test
    void aRecallOverridesQuarantineAndIsFinal() {
        assertThat(AVAILABLE.mayBecome(RECALLED)).isTrue();
        assertThat(QUARANTINED.mayBecome(RECALLED)).isTrue();
        assertThat(RECALLED.mayBecome(RECALLED)).isFalse();
        assertThat(RECALLED.mayBecome(AVAILABLE)).isFalse();
        assertThat(RECALLED.mayBecome(QUARANTINED)).isFalse();
    }

    @Test
    void onlyAvailableLotsAreUsable() {
        assertThat(AVAILABLE.blocked()).isFalse();
        assertThat(QUARANTINED.blocked()).isTrue();
        assertThat(RECALLED.blocked()).isTrue();
    }
}
