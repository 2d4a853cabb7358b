package com.clinicchain.inventory.threshold;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrossingTest {

    @Test
    void fallingBelowTheMinimumIsACrossing() {
        assertThat(Crossing.of(false, 49, 50)).isEqualTo(Crossing.FELL_BELOW);
        assertThat(Crossing.of(false, 0, 1)).isEqualTo(Crossing.FELL_BELOW);
    }

    @Test
    void stayingBelowIsNotAnotherCrossing() {
        assertThat(Crossing.of(true, 10, 50)).isEqualTo(Crossing.NONE);
        assertThat(Crossing.of(true, 49, 50)).isEqualTo(Crossing.NONE);
    }

    @Test
    void reachingTheMinimumAgainRecovers() {
        assertThat(Crossing.of(true, 50, 50)).isEqualTo(Crossing.RECOVERED);
        assertThat(Crossing.of(true, 500, 50)).isEqualTo(Crossing.RECOVERED);
    }

    @Test
    void atOrAboveTheMinimumIsFine() {
        assertThat(Crossing.of(false, 50, 50)).isEqualTo(Crossing.NONE);
        assertThat(Crossing.of(false, 0, 0)).isEqualTo(Crossing.NONE);
    }
}
