package com.clinicchain.staffweb.treatmentroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.staffweb.scanning.Gs1;

class VialChoiceTest {

    private static final UUID BOTOX = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Gs1 SCAN = new Gs1("09506000100012", LocalDate.of(2029, 6, 30), "c3709c3 ", "1");
    private static final VialChoice.LotElsewhere NOWHERE = new VialChoice.LotElsewhere(List.of(), null);

    private static Vial vial(String status, String lotStatus, boolean usable, Instant until) {
        return new Vial(UUID.randomUUID(), "clinic-north", BOTOX, "C3709C3", LocalDate.of(2029, 6, 30), lotStatus,
                status, 100, usable, until == null ? null : new BigDecimal("2.5"),
                until == null ? null : new BigDecimal("4.0"), until, null, null);
    }

    private static VialChoice choose(List<Vial> vials, VialChoice.LotElsewhere elsewhere) {
        return VialChoice.of(SCAN, Optional.of(BOTOX), "clinic-north", vials, elsewhere, TODAY, NOW);
    }

    @Test
    void theReconstitutedVialThatRunsOutFirstIsSelectedWhateverTheLotsCase() {
        Vial later = vial("RECONSTITUTED", "AVAILABLE", true, NOW.plusSeconds(20 * 3600));
        Vial sooner = vial("IN_USE", "AVAILABLE", true, NOW.plusSeconds(3 * 3600));
        VialChoice choice = choose(List.of(vial("SEALED", "AVAILABLE", true, null), later, sooner), NOWHERE);

        assertThat(choice.selected()).isTrue();
        assertThat(choice.vialId()).isEqualTo(sooner.id());
    }

    @Test
    void aSealedVialIsChosenToBeReconstitutedFirst() {
        Vial sealed = vial("SEALED", "AVAILABLE", true, null);
        VialChoice choice = choose(List.of(sealed), NOWHERE);

        assertThat(choice.selected()).isFalse();
        assertThat(choice.vialId()).isEqualTo(sealed.id());
        assertThat(choice.message()).contains("Reconstitute one before charting");
    }

    @Test
    void eachReasonWhyNoVialMayBeUsedIsSaid() {
        assertThat(VialChoice.of(SCAN, Optional.empty(), "clinic-north", List.of(), NOWHERE, TODAY, NOW).message())
                .contains("No product carries GTIN 09506000100012");
        assertThat(choose(List.of(), NOWHERE).message()).startsWith("Unknown lot c3709c3");
        assertThat(choose(List.of(), new VialChoice.LotElsewhere(List.of("clinic-south"), null)).message())
                .contains("at another clinic (clinic-south)");
        assertThat(choose(List.of(vial("SEALED", "RECALLED", false, null)),
                new VialChoice.LotElsewhere(List.of("clinic-north"), "manufacturer recall 2026-11")).message())
                .isEqualTo("Lot c3709c3 is recalled (manufacturer recall 2026-11): it may not be used.");
        assertThat(choose(List.of(vial("SEALED", "QUARANTINED", false, null)), NOWHERE).message())
                .contains("is quarantined");
        Vial expired = new Vial(UUID.randomUUID(), "clinic-north", BOTOX, "C3709C3", TODAY, "AVAILABLE", "SEALED", 100,
                false, null, null, null, null, null);
        assertThat(choose(List.of(expired), NOWHERE).message()).isEqualTo("Lot c3709c3 expired on 2026-12-07.");
        Vial heldVial = new Vial(UUID.randomUUID(), "clinic-north", BOTOX, "C3709C3", LocalDate.of(2029, 6, 30),
                "AVAILABLE", "SEALED", 100, false, null, null, null, NOW, "fridge 2 at 11 °C");
        assertThat(choose(List.of(heldVial), NOWHERE).message()).contains("quarantined (fridge 2 at 11 °C)");
        assertThat(choose(List.of(vial("IN_TRANSIT", "AVAILABLE", false, null)), NOWHERE).message())
                .contains("in transit");
        assertThat(choose(List.of(vial("RECONSTITUTED", "AVAILABLE", false, NOW.minusSeconds(60))), NOWHERE)
                .message()).contains("more than 24 h ago");
        assertThat(choose(List.of(vial("DEPLETED", "AVAILABLE", false, null)), NOWHERE).message())
                .contains("used up or discarded");
    }

    @Test
    void theLastTwoHoursOfAVialAreMarked() {
        assertThat(vial("RECONSTITUTED", "AVAILABLE", true, NOW.plusSeconds(7200)).inLastHours(NOW)).isTrue();
        assertThat(vial("RECONSTITUTED", "AVAILABLE", true, NOW.plusSeconds(7201)).inLastHours(NOW)).isFalse();
        assertThat(vial("RECONSTITUTED", "AVAILABLE", true, NOW.plusSeconds(5 * 3600 + 7 * 60)).timeLeft(NOW))
                .isEqualTo("5 h 07 min");
    }
}
