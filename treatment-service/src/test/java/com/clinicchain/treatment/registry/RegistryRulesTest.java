package com.clinicchain.treatment.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.clinicchain.treatment.refusal.Checked;
import com.clinicchain.treatment.refusal.InvalidField;

class RegistryRulesTest {

    private static final ClinicRequest.Address ADDRESS = new ClinicRequest.Address(List.of(" 1 High Street "),
            "LS1 4AP", "Leeds", "GB");

    @Test
    void aClinicIsTakenAsGivenWithItsHoursMondayFirstAndRevisionsCountChanges() {
        Clinic clinic = RegistryRules.clinic("chain", null, request("clinic-east", "Europe/London",
                List.of(hours(DayOfWeek.SATURDAY, "10:00", "14:00"), hours(DayOfWeek.MONDAY, "13:00", "18:00"),
                        hours(DayOfWeek.MONDAY, "09:00", "12:30")), null), null).value();
        assertThat(clinic.timeZone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(clinic.address().lines()).containsExactly("1 High Street");
        assertThat(clinic.openingHours()).extracting(Clinic.OpeningHours::day, Clinic.OpeningHours::opens)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DayOfWeek.MONDAY, LocalTime.of(9, 0)),
                        org.assertj.core.groups.Tuple.tuple(DayOfWeek.MONDAY, LocalTime.of(13, 0)),
                        org.assertj.core.groups.Tuple.tuple(DayOfWeek.SATURDAY, LocalTime.of(10, 0)));
        assertThat(clinic.active()).isTrue();
        assertThat(clinic.revision()).isEqualTo(1);

        Clinic closed = RegistryRules.clinic("chain", "clinic-east", request(null, "Europe/Paris", List.of(), false),
                clinic).value();
        assertThat(closed.clinicId()).isEqualTo("clinic-east");
        assertThat(closed.active()).isFalse();
        assertThat(closed.revision()).isEqualTo(2);
        assertThat(RegistryRules.clinic("chain", "clinic-east", request(null, "Europe/Paris", List.of(), null), closed)
                .value().active()).as("left out: unchanged").isFalse();
    }

    @Test
    void everyWrongFieldOfAClinicIsNamedAtOnce() {
        assertThat(fields(RegistryRules.clinic("chain", null, request("a b", "+01:00",
                List.of(hours(DayOfWeek.MONDAY, "9:00", "17:00"), hours(DayOfWeek.TUESDAY, "17:00", "09:00"),
                        hours(DayOfWeek.FRIDAY, "09:00", "24:00")), null), null)))
                .containsExactly("clinicId", "timeZone", "openingHours[0].opens", "openingHours[1].closes",
                        "openingHours[2].closes");
        assertThat(fields(RegistryRules.clinic("chain", null, request("c", "Europe/London",
                List.of(hours(DayOfWeek.MONDAY, "09:00", "13:00"), hours(DayOfWeek.MONDAY, "12:59", "18:00")), null),
                null))).containsExactly("openingHours");
        assertThat(fields(RegistryRules.clinic("chain", "c", request("d", "Europe/London", List.of(), null),
                null))).as("the body names another clinic than the path").containsExactly("clinicId");
    }

    @Test
    void aPractitionerWorksOnlyAtOpenClinicsOfTheChainEachNamedOnce() {
        PractitionerRequest request = new PractitionerRequest("nina.nurse", "Nina Nurse",
                List.of("clinic-south", "clinic-north"), Qualification.NURSE, null);
        Practitioner nina = RegistryRules.practitioner("chain", null, request, null,
                Set.of("clinic-north", "clinic-south")).value();
        assertThat(nina.clinicIds()).containsExactly("clinic-north", "clinic-south");
        assertThat(nina.worksAt("clinic-north")).isTrue();
        assertThat(nina.revision()).isEqualTo(1);

        assertThat(fields(RegistryRules.practitioner("chain", null, new PractitionerRequest("Nina", "Nina",
                List.of("clinic-north", "clinic-gone", "clinic-north"), Qualification.NURSE, null), null,
                Set.of("clinic-north")))).containsExactly("username", "clinicIds[1]", "clinicIds[2]");
        Practitioner left = RegistryRules.practitioner("chain", "nina.nurse", new PractitionerRequest(null, "Nina",
                List.of("clinic-north"), Qualification.NURSE, false), nina, Set.of("clinic-north")).value();
        assertThat(left.worksAt("clinic-north")).as("a practitioner who has left works nowhere").isFalse();
        assertThat(left.revision()).isEqualTo(2);
    }

    @Test
    void aBookingNamesAnOpenClinicOfTheRegistryAndAPractitionerRegisteredThere() {
        Clinic north = new Clinic("chain", "clinic-north", "Clinic North", null, null, ZoneId.of("Europe/London"),
                List.of(), true, 1);
        Clinic closed = new Clinic("chain", "clinic-old", "Clinic Old", null, null, ZoneId.of("Europe/London"),
                List.of(), false, 2);
        Practitioner nina = new Practitioner("chain", "nina.nurse", "Nina Nurse", List.of("clinic-north"),
                Qualification.NURSE, true, 1);
        Practitioner gone = new Practitioner("chain", "old.nurse", "Old Nurse", List.of("clinic-north"),
                Qualification.NURSE, false, 2);

        assertThat(RegistryRules.bookingNames("clinic-north", Optional.of(north), "nina.nurse", Optional.of(nina)))
                .isEmpty();
        assertThat(RegistryRules.bookingNames("clinic-north", Optional.of(north), null, Optional.empty()))
                .as("no practitioner chosen yet").isEmpty();
        assertThat(RegistryRules.bookingNames("clinic-nowhere", Optional.empty(), "nina.nurse", Optional.of(nina)))
                .extracting(InvalidField::field).containsExactly("clinicId", "practitioner");
        assertThat(RegistryRules.bookingNames("clinic-old", Optional.of(closed), null, Optional.empty()))
                .extracting(InvalidField::field).containsExactly("clinicId");
        assertThat(RegistryRules.bookingNames("clinic-north", Optional.of(north), "dr.madeup", Optional.empty()))
                .extracting(InvalidField::field).containsExactly("practitioner");
        assertThat(RegistryRules.bookingNames("clinic-north", Optional.of(north), "old.nurse", Optional.of(gone)))
                .extracting(InvalidField::field).containsExactly("practitioner");
    }

    private static ClinicRequest request(String id, String zone, List<ClinicRequest.Hours> hours, Boolean active) {
        return new ClinicRequest(id, "Clinic East", ADDRESS, "+44 113 496 0000", zone, hours, active);
    }

    private static ClinicRequest.Hours hours(DayOfWeek day, String opens, String closes) {
        return new ClinicRequest.Hours(day, opens, closes);
    }

    private static List<String> fields(Checked<?> checked) {
        assertThat(checked.isValid()).as("refused").isFalse();
        return checked.invalid().stream().map(InvalidField::field).toList();
    }
}
