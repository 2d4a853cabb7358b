package com.clinicchain.inventory.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.clinicchain.contracts.registry.ClinicChanged;
import com.clinicchain.kit.inbox.PoisonEventException;

class ClinicTest {

    static ClinicChanged north(String name, long revision) {
        return new ClinicChanged("clinic-north", name, null, null, "Europe/London", List.of(), true, revision);
    }

    @Test
    void theFirstCopyOfAClinicIsKept() {
        assertThat(Clinic.apply(Optional.empty(), "demo-chain", north("North", 1)))
                .contains(new Clinic("demo-chain", "clinic-north", "North", "Europe/London", true, 1));
    }

    @Test
    void aNewerRevisionReplacesTheKeptCopy() {
        Clinic kept = Clinic.of("demo-chain", north("North", 1));
        assertThat(Clinic.apply(Optional.of(kept), "demo-chain", north("North Leeds", 2)))
                .map(Clinic::name).contains("North Leeds");
    }

    @Test
    void anOlderOrRepeatedRevisionChangesNothing() {
        Clinic kept = Clinic.of("demo-chain", north("North Leeds", 2));
        assertThat(Clinic.apply(Optional.of(kept), "demo-chain", north("North", 1))).isEmpty();
        assertThat(Clinic.apply(Optional.of(kept), "demo-chain", north("North", 2))).isEmpty();
    }

    @Test
    void aCopyWithoutARealTimeZoneCanNeverBeUsed() {
        ClinicChanged moon = new ClinicChanged("clinic-north", "North", null, null, "Moon/Base", List.of(), true, 1);
        assertThatThrownBy(() -> Clinic.apply(Optional.empty(), "demo-chain", moon))
                .isInstanceOf(PoisonEventException.class);
    }
}
