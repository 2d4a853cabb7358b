package com.clinicchain.staffweb.coldchain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class FridgeStateTest {

    static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    static final Duration SILENT_AFTER = Duration.ofMinutes(30);

    static FridgeState state(String celsius, Duration age, boolean flagged) {
        return FridgeState.of(age == null ? null : NOW.minus(age), celsius == null ? null : new BigDecimal(celsius),
                flagged, NOW, SILENT_AFTER);
    }

    @Test
    void aRecentReadingInsideTwoToEightIsCold() {
        assertThat(state("5.0", Duration.ofMinutes(3), false)).isEqualTo(FridgeState.COLD);
        assertThat(state("2.0", Duration.ofMinutes(3), false)).isEqualTo(FridgeState.COLD);
        assertThat(state("8.0", Duration.ofMinutes(3), false)).isEqualTo(FridgeState.COLD);
    }

    @Test
    void aRecentReadingOutsideTwoToEightIsOutOfRange() {
        assertThat(state("8.1", Duration.ofMinutes(3), false)).isEqualTo(FridgeState.OUT_OF_RANGE);
        assertThat(state("1.9", Duration.ofMinutes(3), false)).isEqualTo(FridgeState.OUT_OF_RANGE);
        assertThat(state("-0.5", Duration.ZERO, false)).isEqualTo(FridgeState.OUT_OF_RANGE);
    }

    @Test
    void noReadingAFlagOrAReadingOlderThanTheSettingIsSilentWhateverItsTemperature() {
        assertThat(state(null, null, false)).isEqualTo(FridgeState.SILENT);
        assertThat(state("5.0", Duration.ofMinutes(3), true)).isEqualTo(FridgeState.SILENT);
        assertThat(state("5.0", Duration.ofMinutes(31), false)).isEqualTo(FridgeState.SILENT);
        assertThat(state("11.0", Duration.ofMinutes(31), false)).isEqualTo(FridgeState.SILENT);
        // exactly the setting's age is still heard from
        assertThat(state("5.0", Duration.ofMinutes(30), false)).isEqualTo(FridgeState.COLD);
    }

    @Test
    void theAgeIsSaidInTheLargestUnitThatFits() {
        assertThat(FridgeState.age(NOW.minusSeconds(40), NOW)).isEqualTo("40 s ago");
        assertThat(FridgeState.age(NOW.minusSeconds(12 * 60 + 5), NOW)).isEqualTo("12 min ago");
        assertThat(FridgeState.age(NOW.minus(Duration.ofMinutes(185)), NOW)).isEqualTo("3 h 05 min ago");
        assertThat(FridgeState.age(NOW.minus(Duration.ofDays(3)), NOW)).isEqualTo("3 days ago");
        assertThat(FridgeState.age(NOW.plusSeconds(30), NOW)).isEqualTo("0 s ago");
    }
}
