package com.clinicchain.inventory.vial;

import static com.clinicchain.inventory.vial.VialTransitionsTest.quarantined;
import static com.clinicchain.inventory.vial.VialTransitionsTest.sealed;
import static com.clinicchain.inventory.vial.VialTransitionsTest.vial;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import com.clinicchain.inventory.vialstate.LotStatus;
import com.clinicchain.inventory.vialstate.VialStatus;
import com.clinicchain.inventory.vialstate.VialUsability.Facts;
import com.clinicchain.inventory.vialstate.VialUsability.Unusable;
import com.clinicchain.inventory.vialstate.VialUsability;

class VialUsabilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final Instant NOW = Instant.parse("2026-03-15T12:00:00Z");

    private static boolean usable(Vial vial) {
        return VialUsability.usable(vial.facts(), NOW, TODAY);
    }

    @Test
    void aVialIsUsableUnlessBlockedExpiredGoneOrPastItsDay() {
        assertThat(usable(sealed())).isTrue();
        Instant mixed = NOW.minus(Duration.ofHours(23));
        assertThat(usable(vial(VialStatus.RECONSTITUTED, LotStatus.AVAILABLE, TODAY.plusDays(1), mixed))).isTrue();
        assertThat(usable(vial(VialStatus.RECONSTITUTED, LotStatus.AVAILABLE, TODAY.plusDays(1),
                NOW.minus(Duration.ofHours(25))))).isFalse();
        assertThat(usable(vial(VialStatus.SEALED, LotStatus.QUARANTINED, TODAY.plusDays(1), null))).isFalse();
        assertThat(usable(vial(VialStatus.SEALED, LotStatus.AVAILABLE, TODAY, null))).isFalse();
        assertThat(usable(vial(VialStatus.DISCARDED, LotStatus.AVAILABLE, TODAY.plusDays(1), null))).isFalse();
        assertThat(usable(quarantined(VialStatus.SEALED))).isFalse();
    }

    @Test
    void everyReasonIsGivenInTheOrderAManagerLooks() {
        Facts everythingWrong = new Facts(VialStatus.IN_TRANSIT, LotStatus.RECALLED, true, TODAY,
                NOW.minus(Duration.ofDays(2)), 10);
        assertThat(VialUsability.reasonsNotToDraw(everythingWrong, 20, NOW, TODAY)).containsExactly(
                Unusable.NOT_ON_SHELF, Unusable.LOT_RECALLED, Unusable.VIAL_QUARANTINED, Unusable.LOT_EXPIRED,
                Unusable.PAST_24_HOURS, Unusable.NOT_ENOUGH_UNITS);
        Facts quarantinedLot = new Facts(VialStatus.SEALED, LotStatus.QUARANTINED, false, TODAY.plusDays(1), null, 100);
        assertThat(VialUsability.reasons(quarantinedLot, NOW, TODAY)).containsExactly(Unusable.LOT_QUARANTINED);
    }

    @Test
    void unitsLeftMatterOnlyToADraw() {
        Facts drawnFrom = new Facts(VialStatus.IN_USE, LotStatus.AVAILABLE, false, TODAY.plusDays(1), null, 20);
        assertThat(VialUsability.reasons(drawnFrom, NOW, TODAY)).isEmpty();
        assertThat(VialUsability.reasonsNotToDraw(drawnFrom, 20, NOW, TODAY)).isEmpty();
        assertThat(VialUsability.reasonsNotToDraw(drawnFrom, 21, NOW, TODAY)).containsExactly(Unusable.NOT_ENOUGH_UNITS);
    }

    @Test
    void aLotExpiringTodayIsExpiredWhereTheClinicsDayHasAlreadyTurned() {
        // 12:00 UTC on 15 March is already 16 March on Kiritimati (UTC+14): a lot expiring on the 16th is waste there
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        LocalDate kiritimati = LocalDate.now(clock.withZone(ZoneId.of("Pacific/Kiritimati")));
        LocalDate utc = LocalDate.now(clock);
        Facts sealedExpiringOn16th = new Facts(VialStatus.SEALED, LotStatus.AVAILABLE, false, TODAY.plusDays(1), null,
                100);
        assertThat(kiritimati).isEqualTo(TODAY.plusDays(1));
        assertThat(VialUsability.reasons(sealedExpiringOn16th, NOW, kiritimati)).containsExactly(Unusable.LOT_EXPIRED);
        assertThat(VialUsability.reasons(sealedExpiringOn16th, NOW, utc)).isEmpty();
    }

    @Test
    void theQueriesCountTheSameHoursAndShelf() {
        assertThat(VialUsability.Sql.ON_THE_SHELF).isEqualTo("('SEALED', 'RECONSTITUTED', 'IN_USE')");
        assertThat(VialUsability.Sql.parameters(NOW, TODAY)).containsEntry("today", TODAY)
                .containsEntry("usableIfMixedAfter", Timestamp.from(NOW.minus(VialUsability.MIXED_USABLE_FOR)));
        assertThat(VialUsability.Sql.usable("v", "l")).contains("v.reconstituted_at > :usableIfMixedAfter")
                .contains("l.expiry_date > :today").contains("l.status = 'AVAILABLE'");
    }
}
