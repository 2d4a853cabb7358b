package com.clinicchain.patient.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.clinicchain.contracts.registry.ClinicChanged;
import com.clinicchain.kit.inbox.PoisonEventException;

class ClinicTest {

    static ClinicChanged changed(String clinicId, boolean active, long revision) {
        return new ClinicChanged(clinicId, "North", new ClinicChanged.Address(List.of("1 High Street"), "LS1 1AA",
                "Leeds", "GB"), "+44 113 000 0000", "Europe/London", List.of(), active, revision);
    }

    @Test
    void theFirstCopyOfAClinicIsKept() {
        assertThat(Clinic.apply(Optional.empty(), "demo-chain", changed("north", true, 1)))
                .contains(new Clinic("demo-chain", "north", true, 1));
    }

    @Test
    void aNewerRevisionReplacesTheCopyAndAnOlderOrTheSameDoesNot() {
        Optional<Clinic> kept = Optional.of(new Clinic("demo-chain", "north", true, 2));

        assertThat(Clinic.apply(kept, "demo-chain", changed("north", false, 3)))
                .contains(new Clinic("demo-chain", "north", false, 3));
        assertThat(Clinic.apply(kept, "demo-chain", changed("north", false, 2))).isEmpty();
        assertThat(Clinic.apply(kept, "demo-chain", changed("north", false, 1))).isEmpty();
    }

    @Test
    void aCopyWithoutChainOrClinicIdIsPoison() {
        assertThatThrownBy(() -> Clinic.apply(Optional.empty(), null, changed("north", true, 1)))
                .isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> Clinic.apply(Optional.empty(), "demo-chain", changed(" ", true, 1)))
                .isInstanceOf(PoisonEventException.class);
    }
}
