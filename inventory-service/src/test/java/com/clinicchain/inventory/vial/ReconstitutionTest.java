package com.clinicchain.inventory.vial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.clinicchain.inventory.vialstate.VialUsability;
import com.clinicchain.kit.problem.ProblemException;

class ReconstitutionTest {

    private static final Instant MIXED = Instant.parse("2026-03-15T09:00:00Z");

    @Test
    void strengthIsUnitsPerTenthOfAMillilitre() {
        assertThat(Reconstitution.unitsPerTenthMl(100, new BigDecimal("2.5"))).isEqualByComparingTo("4");
        assertThat(Reconstitution.unitsPerTenthMl(100, new BigDecimal("1"))).isEqualByComparingTo("10");
        assertThat(Reconstitution.unitsPerTenthMl(50, new BigDecimal("1.25"))).isEqualByComparingTo("4");
        assertThat(Reconstitution.unitsPerTenthMl(200, new BigDecimal("5"))).isEqualByComparingTo("4");
        assertThat(Reconstitution.unitsPerTenthMl(100, new BigDecimal("3"))).isEqualByComparingTo("3.33");
    }

    @Test
    void nothingCannotBeMixed() {
        assertThatThrownBy(() -> Reconstitution.unitsPerTenthMl(0, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reconstitution.unitsPerTenthMl(100, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reconstitution.unitsPerTenthMl(100, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMixedVialIsUsableForLessThanTwentyFourHours() {
        assertThat(VialUsability.usableUntil(MIXED)).isEqualTo(Instant.parse("2026-03-16T09:00:00Z"));
        assertThat(VialUsability.usableAt(MIXED, MIXED)).isTrue();
        assertThat(VialUsability.usableAt(MIXED, MIXED.plus(Duration.ofHours(24)).minusSeconds(1))).isTrue();
        assertThat(VialUsability.usableAt(MIXED, MIXED.plus(Duration.ofHours(24)))).isFalse();
        assertThat(VialUsability.usableAt(MIXED, MIXED.plus(Duration.ofDays(3)))).isFalse();
    }

    @Test
    void aMixingRecordedAfterwardsKeepsItsTimeWithinTheTwentyFourHours() {
        Instant now = MIXED.plus(Duration.ofHours(3));

        assertThat(Reconstitution.mixedAt(null, now)).as("none stated: now").isEqualTo(now);
        assertThat(Reconstitution.mixedAt(MIXED, now)).isEqualTo(MIXED);
        assertThat(Reconstitution.mixedAt(now, now)).isEqualTo(now);
        assertThatThrownBy(() -> Reconstitution.mixedAt(now.plusSeconds(1), now))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage()).contains("future"));
        assertThatThrownBy(() -> Reconstitution.mixedAt(now.minus(Duration.ofHours(24)), now))
                .isInstanceOf(ProblemException.class);
        assertThat(Reconstitution.mixedAt(now.minus(Duration.ofHours(24)).plusSeconds(1), now)).isNotNull();
    }
}
