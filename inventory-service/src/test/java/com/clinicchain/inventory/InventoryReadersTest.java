package com.clinicchain.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;

class InventoryReadersTest {

    private static Caller staff(String role, String... clinics) {
        return new Caller("id", "user", "demo-chain", Set.of(clinics), Set.of(role), Set.of(), false);
    }

    private static Caller partner(String... scopes) {
        return new Caller("id", "partner-demo", "demo-chain", Set.of(), Set.of(), Set.of(scopes), true);
    }

    @Test
    void staffReadOnlyTheirClinics() {
        for (String role : new String[] { "manager", "practitioner", "receptionist" }) {
            Caller caller = staff(role, "clinic-north");
            assertThat(InventoryReaders.mayRead(caller, "clinic-north")).isTrue();
            assertThat(InventoryReaders.mayRead(caller, "clinic-south")).isFalse();
            assertThat(InventoryReaders.visibleClinics(caller)).contains(Set.of("clinic-north"));
        }
    }

    @Test
    void adminsReadTheWholeChain() {
        Caller admin = staff("admin");
        assertThat(InventoryReaders.mayRead(admin, "clinic-south")).isTrue();
        assertThat(InventoryReaders.visibleClinics(admin)).isEmpty();
    }

    @Test
    void partnersNeedTheReadScope() {
        assertThat(InventoryReaders.mayRead(partner("inventory.read"), "clinic-south")).isTrue();
        assertThat(InventoryReaders.mayRead(partner("patients.read"), "clinic-south")).isFalse();
        assertThat(InventoryReaders.visibleClinics(partner("patients.read"))).contains(Set.of());
    }

    @Test
    void staffHoldingTheScopeStillReadOnlyTheirClinics() {
        Caller nurse = new Caller("id", "nina", "demo-chain", Set.of("clinic-north"), Set.of("practitioner"),
                Set.of("inventory.read"), false);
        assertThat(InventoryReaders.mayRead(nurse, "clinic-south")).isFalse();
    }

    @Test
    void aViewNarrowedToOneClinicNeedsThatClinic() {
        Caller manager = staff("manager", "clinic-north", "clinic-south");
        assertThat(InventoryReaders.narrowedTo(manager, null)).contains(Set.of("clinic-north", "clinic-south"));
        assertThat(InventoryReaders.narrowedTo(manager, "clinic-north")).contains(Set.of("clinic-north"));
        assertThatThrownBy(() -> InventoryReaders.narrowedTo(manager, "clinic-east"))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).status().value()).isEqualTo(403));
        assertThat(InventoryReaders.narrowedTo(partner("inventory.read"), null)).isEmpty();
        assertThat(InventoryReaders.narrowedTo(staff("admin"), "clinic-east")).contains(Set.of("clinic-east"));
    }
}
