package com.clinicchain.staffweb.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.clinicchain.staffweb.registry.Registry.Clinic;
import com.clinicchain.staffweb.registry.Registry.Hours;
import com.clinicchain.staffweb.registry.Registry.Practitioner;

class RegistryTest {

    private static Clinic clinic(String id) {
        return new Clinic(id, id, new Registry.Address(List.of("Storgata 1"), "0155", "Oslo", "NO"), null,
                "Europe/Oslo", List.of(new Hours("MONDAY", "08:00", "16:00"), new Hours("TUESDAY", "09:00", "17:30")),
                true);
    }

    @Test
    void eachClinicListsThePractitionersWhoWorkThereAndNobodyIsLost() {
        Practitioner nina = new Practitioner("nina.nurse", "Nina Nurse", List.of("clinic-north"), "NURSE", true);
        Practitioner both = new Practitioner("bo.both", "Bo Both", List.of("clinic-north", "clinic-south"), "DOCTOR", true);
        Practitioner gone = new Practitioner("gus.gone", "Gus Gone", List.of("clinic-closed"), "NURSE", false);

        Registry registry = Registry.of(List.of(clinic("clinic-south"), clinic("clinic-north")), List.of(nina, both, gone));

        assertThat(registry.clinics()).extracting(line -> line.clinic().clinicId())
                .containsExactly("clinic-north", "clinic-south");
        assertThat(registry.clinics().get(0).practitioners()).extracting(Practitioner::username)
                .containsExactly("bo.both", "nina.nurse");
        assertThat(registry.clinics().get(1).practitioners()).extracting(Practitioner::username)
                .containsExactly("bo.both");
        assertThat(registry.elsewhere()).extracting(Practitioner::username).containsExactly("gus.gone");
    }

    @Test
    void addressAndHoursInWords() {
        Registry.ClinicLine line = Registry.of(List.of(clinic("clinic-north")), List.of()).clinics().get(0);

        assertThat(line.clinic().address().inWords()).isEqualTo("Storgata 1, 0155 Oslo, NO");
        assertThat(line.hoursInWords()).isEqualTo("Mon 08:00–16:00; Tue 09:00–17:30");
    }
}
