package com.clinicchain.inventory.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class SessionTallyTest {

    @Test
    void chartedIsWhatWasDrawnPlusWhatCouldNotBe() {
        SessionTally tally = new SessionTally();
        tally.drawn(20, 80);
        tally.drawn(4, 0);
        UUID unknown = UUID.randomUUID();
        tally.notDrawn(unknown, "F9", 12, DiscrepancyKind.UNKNOWN_VIAL, "no such vial in the chain");

        assertThat(tally.unitsCharted()).isEqualTo(36);
        assertThat(tally.unitsConsumed()).isEqualTo(24);
        assertThat(tally.vialsDepleted()).as("only the vial drawn to zero").isEqualTo(1);
        assertThat(tally.discrepancies()).containsExactly(new SessionTally.Discrepancy(unknown, "F9", 12,
                DiscrepancyKind.UNKNOWN_VIAL, "no such vial in the chain"));
    }

    @Test
    void negativeUnitsAreListedButNotCountedAsCharted() {
        SessionTally tally = new SessionTally();
        tally.notDrawn(UUID.randomUUID(), null, -5, DiscrepancyKind.INVALID_UNITS, null);
        assertThat(tally.unitsCharted()).isZero();
        assertThat(tally.discrepancies()).singleElement().extracting(SessionTally.Discrepancy::unitsCharted)
                .isEqualTo(-5);
    }
}
