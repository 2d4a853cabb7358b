package com.clinicchain.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.clinicchain.kit.security.Caller;

class InventoryWritePolicyTest {

    private static Caller staff(String role, String... clinics) {
        return new Caller("id", "user", "demo-chain", Set.of(clinics), Set.of(role), Set.of(), false);
    }

    @Test
    void practitionersAndManagersHandleVialsAtTheirClinicsAdminsEverywhere() {
        assertThat(InventoryWritePolicy.mayHandleVials(staff("practitioner", "clinic-north"), "clinic-north")).isTrue();
        assertThat(InventoryWritePolicy.mayHandleVials(staff("practitioner", "clinic-north"), "clinic-south")).isFalse();
        assertThat(InventoryWritePolicy.mayHandleVials(staff("manager", "clinic-north"), "clinic-north")).isTrue();
        assertThat(InventoryWritePolicy.mayHandleVials(staff("manager", "clinic-north"), "clinic-south")).isFalse();
        assertThat(InventoryWritePolicy.mayHandleVials(staff("admin"), "clinic-south")).isTrue();
        assertThat(InventoryWritePolicy.mayHandleVials(staff("receptionist", "clinic-north"), "clinic-north")).isFalse();
    }

    @Test
    void onlyManagersAtTheClinicAndAdminsManage() {
        assertThat(InventoryWritePolicy.mayManage(staff("manager", "clinic-north"), "clinic-north")).isTrue();
        assertThat(InventoryWritePolicy.mayManage(staff("manager", "clinic-north"), "clinic-south")).isFalse();
        assertThat(InventoryWritePolicy.mayManage(staff("practitioner", "clinic-north"), "clinic-north")).isFalse();
        assertThat(InventoryWritePolicy.mayManage(staff("admin"), "clinic-south")).isTrue();
    }

    @Test
    void partnersChangeNothingWhateverTheirRoles() {
        Caller partner = new Caller("id", "partner-demo", "demo-chain", Set.of("clinic-north"), Set.of("admin"),
                Set.of("inventory.write"), true);
        assertThat(InventoryWritePolicy.mayHandleVials(partner, "clinic-north")).isFalse();
        assertThat(InventoryWritePolicy.mayManage(partner, "clinic-north")).isFalse();
    }

    @Test
    void sensorsWithTheWriteScopeAndVialHandlersRecordTemperatures() {
        Caller sensor = new Caller("id", "fridge-sensors", "demo-chain", Set.of(), Set.of(), Set.of("inventory.write"),
                true);
        Caller reader = new Caller("id", "partner-demo", "demo-chain", Set.of(), Set.of(), Set.of("inventory.read"),
                true);
        assertThat(InventoryWritePolicy.mayRecordTemperature(sensor, "clinic-south")).isTrue();
        assertThat(InventoryWritePolicy.mayRecordTemperature(reader, "clinic-south")).isFalse();
        assertThat(InventoryWritePolicy.mayRecordTemperature(staff("practitioner", "clinic-north"), "clinic-north")).isTrue();
        assertThat(InventoryWritePolicy.mayRecordTemperature(staff("practitioner", "clinic-north"), "clinic-south")).isFalse();
        assertThat(InventoryWritePolicy.mayRecordTemperature(staff("receptionist", "clinic-north"), "clinic-north")).isFalse();
    }
}
