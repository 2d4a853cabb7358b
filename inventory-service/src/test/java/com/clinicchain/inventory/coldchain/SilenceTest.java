package com.clinicchain.inventory.coldchain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SilenceTest {

    private static final Duration AFTER = Duration.ofMinutes(30);
    private static final Instant T0 = Instant.parse("2026-03-15T02:00:00Z");

    @Test
    void aSensorQuietLongerThanAllowedIsSilentSinceItsLastReading() {
        Instant created = T0.minus(Duration.ofDays(3));
        assertThat(Silence.since(T0, created, T0.plus(AFTER), AFTER)).isEmpty();
        assertThat(Silence.since(T0, created, T0.plus(AFTER).plusSeconds(1), AFTER)).contains(T0);
    }

    @Test
    void aFridgeThatNeverSentAReadingIsSilentSinceItWasAdded() {
        assertThat(Silence.since(null, T0, T0.plus(Duration.ofMinutes(10)), AFTER)).isEmpty();
        assertThat(Silence.since(null, T0, T0.plus(Duration.ofMinutes(31)), AFTER)).contains(T0);
    }

    @Test
    void theSettingDefaultsToThirtyMinutesAndMustBePositive() {
        assertThat(new ColdChainSettings(null).silentAfter()).isEqualTo(AFTER);
        assertThat(new ColdChainSettings(Duration.ofMinutes(5)).silentAfter()).isEqualTo(Duration.ofMinutes(5));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ColdChainSettings(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
