package com.clinicchain.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;

class InventoryReadPolicyTest {

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
            assertThat(InventoryReadPolicy.mayRead(caller, "clinic-north")).isTrue();
            assertThat(InventoryReadPolicy.mayRead(caller, "clinic-south")).isFalse();
            assertThat(InventoryReadPolicy.visibleClinics(caller)).contains(Set.of("clinic-north"));
        }
    }

    @Test
    void adminsReadTheWholeChain() {
        Caller admin = staff("admin");
        assertThat(InventoryReadPolicy.mayRead(admin, "clinic-south")).isTrue();
        assertThat(InventoryReadPolicy.visibleClinics(admin)).isEmpty();
    }

    @Test
    void partnersNeedTheReadScope() {
        assertThat(InventoryReadPolicy.mayRead(partner("inventory.read"), "clinic-south")).isTrue();
        assertThat(InventoryReadPolicy.mayRead(partner("patients.read"), "clinic-south")).isFalse();
        assertThat(InventoryReadPolicy.visibleClinics(partner("patients.read"))).contains(Set.of());
    }

    @Test
    void staffHoldingTheScopeStillReadOnlyTheirClinics() {
        Caller nurse = new Caller("id", "nina", "demo-chain", Set.of("clinic-north"), Set.of("practitioner"),
                Set.of("inventory.read"), false);
        assertThat(InventoryReadPolicy.mayRead(nurse, "clinic-south")).isFalse();
    }

    @Test
    void aViewNarrowedToOneClinicNeedsThatClinic() {
        Caller manager = staff("manager", "clinic-north", "clinic-south");
        assertThat(InventoryReadPolicy.narrowedTo(manager, null)).contains(Set.of("clinic-north", "clinic-south"));
        assertThat(InventoryReadPolicy.narrowedTo(manager, "clinic-north")).contains(Set.of("clinic-north"));
        assertThatThrownBy(() -> InventoryReadPolicy.narrowedTo(manager, "clinic-east"))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).status().value()).isEqualTo(403));
        assertThat(InventoryReadPolicy.narrowedTo(partner("inventory.read"), null)).isEmpty();
        assertThat(InventoryReadPolicy.narrowedTo(staff("admin"), "clinic-east")).contains(Set.of("clinic-east"));
    }
}
