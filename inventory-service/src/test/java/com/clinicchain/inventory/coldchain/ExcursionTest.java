package com.clinicchain.inventory.coldchain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ExcursionTest {

    private static final Duration ALLOWED = Duration.ofMinutes(30);
    private static final Instant T0 = Instant.parse("2026-03-15T02:00:00Z");

    private static BigDecimal c(String celsius) {
        return new BigDecimal(celsius);
    }

    @Test
    void twoToEightDegreesIsInRangeBoundsIncluded() {
        assertThat(Excursion.inRange(c("2.0"))).isTrue();
        assertThat(Excursion.inRange(c("8.0"))).isTrue();
        assertThat(Excursion.inRange(c("5"))).isTrue();
        assertThat(Excursion.inRange(c("1.9"))).isFalse();
        assertThat(Excursion.inRange(c("8.1"))).isFalse();
        assertThat(Excursion.inRange(c("-3"))).isFalse();
    }

    @Test
    void aReadingInRangeEndsAnyExcursion() {
        assertThat(Excursion.after(T0, c("5"), T0.plus(ALLOWED), ALLOWED)).isEqualTo(new Excursion(null, false));
        assertThat(Excursion.after(null, c("5"), T0, ALLOWED)).isEqualTo(new Excursion(null, false));
    }

    @Test
    void aFridgeIsOutOfRangeUntilAReadingSaysOtherwiseSoTheReadingThatEndsALongExcursionQuarantines() {
        assertThat(Excursion.after(T0, c("5"), T0.plus(Duration.ofHours(2)), ALLOWED)).isEqualTo(new Excursion(null, true));
    }

    @Test
    void withNoReadingSinceAnExcursionGoesOnAndCountsOnceLongerThanAllowed() {
        assertThat(Excursion.outTooLongBy(T0, T0.plus(ALLOWED), ALLOWED)).isFalse();
        assertThat(Excursion.outTooLongBy(T0, T0.plus(ALLOWED).plusSeconds(1), ALLOWED)).isTrue();
        assertThat(Excursion.outTooLongBy(null, T0.plus(Duration.ofDays(1)), ALLOWED)).isFalse();
    }

    @Test
    void theFirstReadingOutOfRangeStartsTheExcursion() {
        assertThat(Excursion.after(null, c("9.5"), T0, ALLOWED)).isEqualTo(new Excursion(T0, false));
    }

    @Test
    void anExcursionQuarantinesOnlyOnceLongerThanAllowed() {
        assertThat(Excursion.after(T0, c("10"), T0.plus(ALLOWED), ALLOWED)).isEqualTo(new Excursion(T0, false));
        assertThat(Excursion.after(T0, c("10"), T0.plus(ALLOWED).plusSeconds(1), ALLOWED))
                .isEqualTo(new Excursion(T0, true));
        assertThat(Excursion.after(T0, c("0.5"), T0.plus(Duration.ofHours(3)), ALLOWED))
                .isEqualTo(new Excursion(T0, true));
    }

    @Test
    void tooWarmThenTooColdIsStillOneExcursion() {
        Excursion warm = Excursion.after(null, c("12"), T0, ALLOWED);
        Excursion cold = Excursion.after(warm.startedAt(), c("-1"), T0.plus(Duration.ofMinutes(45)), ALLOWED);
        assertThat(cold).isEqualTo(new Excursion(T0, true));
    }
}
