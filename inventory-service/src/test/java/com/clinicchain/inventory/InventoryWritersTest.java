package com.clinicchain.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.clinicchain.kit.security.Caller;

class InventoryWritersTest {

    private static Caller staff(String role, String... clinics) {
        return new Caller("id", "user", "demo-chain", Set.of(clinics), Set.of(role), Set.of(), false);
    }

    @Test
    void practitionersAndManagersHandleVialsAtTheirClinicsAdminsEverywhere() {
        assertThat(InventoryWriters.mayHandleVials(staff("practitioner", "clinic-north"), "clinic-north")).isTrue();
        assertThat(InventoryWriters.mayHandleVials(staff("practitioner", "clinic-north"), "clinic-south")).isFalse();
        assertThat(InventoryWriters.mayHandleVials(staff("manager", "clinic-north"), "clinic-north")).isTrue();
        assertThat(InventoryWriters.mayHandleVials(staff("manager", "clinic-north"), "clinic-south")).isFalse();
        assertThat(InventoryWriters.mayHandleVials(staff("admin"), "clinic-south")).isTrue();
        assertThat(InventoryWriters.mayHandleVials(staff("receptionist", "clinic-north"), "clinic-north")).isFalse();
    }

    @Test
    void onlyManagersAtTheClinicAndAdminsManage() {
        assertThat(InventoryWriters.mayManage(staff("manager", "clinic-north"), "clinic-north")).isTrue();
        assertThat(InventoryWriters.mayManage(staff("manager", "clinic-north"), "clinic-south")).isFalse();
        assertThat(InventoryWriters.mayManage(staff("practitioner", "clinic-north"), "clinic-north")).isFalse();
        assertThat(InventoryWriters.mayManage(staff("admin"), "clinic-south")).isTrue();
    }

    @Test
    void partnersChangeNothingWhateverTheirRoles() {
        Caller partner = new Caller("id", "partner-demo", "demo-chain", Set.of("clinic-north"), Set.of("admin"),
                Set.of("inventory.write"), true);
        assertThat(InventoryWriters.mayHandleVials(partner, "clinic-north")).isFalse();
        assertThat(InventoryWriters.mayManage(partner, "clinic-north")).isFalse();
    }

    @Test
    void sensorsWithTheWriteScopeAndVialHandlersRecordTemperatures() {
        Caller sensor = new Caller("id", "fridge-sensors", "demo-chain", Set.of(), Set.of(), Set.of("inventory.write"),
                true);
        Caller reader = new Caller("id", "partner-demo", "demo-chain", Set.of(), Set.of(), Set.of("inventory.read"),
                true);
        assertThat(InventoryWriters.mayRecordTemperature(sensor, "clinic-south")).isTrue();
        assertThat(InventoryWriters.mayRecordTemperature(reader, "clinic-south")).isFalse();
        assertThat(InventoryWriters.mayRecordTemperature(staff("practitioner", "clinic-north"), "clinic-north")).isTrue();
        assertThat(InventoryWriters.mayRecordTemperature(staff("practitioner", "clinic-north"), "clinic-south")).isFalse();
        assertThat(InventoryWriters.mayRecordTemperature(staff("receptionist", "clinic-north"), "clinic-north")).isFalse();
    }
}
