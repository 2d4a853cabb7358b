package com.clinicchain.staffweb.coldchain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.staffweb.coldchain.ColdChainReadings.Fridge;
import com.clinicchain.staffweb.coldchain.ColdChainReadings.Page;
import com.clinicchain.staffweb.coldchain.ColdChainReadings.Reading;
import com.clinicchain.staffweb.coldchain.ColdChainReadings.Vial;

class ColdChainViewTest {

    static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    static Fridge fridge(String name) {
        return new Fridge(UUID.randomUUID(), "clinic-north", name, false, null, null, false, null);
    }

    static Vial vial(UUID fridgeId) {
        return new Vial(UUID.randomUUID(), "clinic-north", UUID.randomUUID(), "L1", "2027-06-30", "SEALED", 100,
                fridgeId, NOW.minusSeconds(600), "Fridge A was outside 2-8 °C for 40 min");
    }

    @Test
    void eachFridgeShowsItsNewestReadingStateAndTheVialsItsExcursionQuarantined() {
        Fridge warm = fridge("Fridge A");
        Fridge quiet = fridge("Fridge B");
        UUID gone = UUID.randomUUID();
        Vial inA = vial(warm.id());
        Vial moved = vial(gone);

        ColdChainView view = ColdChainView.of(List.of("clinic-north"), Map.of("clinic-north", List.of(warm, quiet)),
                Map.of(warm.id(), Optional.of(new Reading(new BigDecimal("11.0"), NOW.minusSeconds(120), false))),
                Map.of("clinic-north", new Page<>(List.of(inA, moved), 3)), NOW, Duration.ofMinutes(30));

        ColdChainView.Clinic clinic = view.clinics().get(0);
        ColdChainView.FridgeLine a = clinic.fridges().get(0);
        assertThat(a.celsius()).isEqualTo("11.0 °C");
        assertThat(a.age()).isEqualTo("2 min ago");
        assertThat(a.state()).isEqualTo(FridgeState.OUT_OF_RANGE);
        assertThat(a.quarantined()).extracting(ColdChainView.VialLine::id).containsExactly(inA.id());
        ColdChainView.FridgeLine b = clinic.fridges().get(1);
        assertThat(b.state()).isEqualTo(FridgeState.SILENT);
        assertThat(b.celsius()).isEqualTo("no reading yet");
        assertThat(b.quarantined()).isEmpty();
        assertThat(clinic.elsewhere()).extracting(ColdChainView.VialLine::id).containsExactly(moved.id());
        assertThat(clinic.more()).isEqualTo(1);
    }
}
