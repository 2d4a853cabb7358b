package com.clinicchain.patient.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.clinicchain.kit.problem.ProblemException;

class PatientDetailsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void aPhoneNumberTypedTwoWaysComparesEqual() {
        assertThat(PatientDetails.normalisePhone("+47 912-34 567")).isEqualTo(PatientDetails.normalisePhone("+47(912)34567"))
                .isEqualTo("+4791234567");
        assertThat(PatientDetails.normalisePhone("0701 23 45")).isEqualTo("07012345");
        assertThat(PatientDetails.normalisePhone("  ")).isNull();
    }

    @Test
    void dateOfBirthMustBePlausible() {
        assertThatCode(() -> PatientDetails.checkDateOfBirth(TODAY, TODAY)).doesNotThrowAnyException();
        assertThatCode(() -> PatientDetails.checkDateOfBirth(LocalDate.of(1900, 1, 1), TODAY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> PatientDetails.checkDateOfBirth(LocalDate.of(1899, 12, 31), TODAY))
                .isInstanceOf(ProblemException.class).hasMessageContaining("dateOfBirth");
        assertThatThrownBy(() -> PatientDetails.checkDateOfBirth(TODAY.plusDays(1), TODAY))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void anAddressIsTrimmedAndNeedsARealCountry() {
        PostalAddress typed = new PostalAddress(List.of(" Storgata 1 ", "3rd floor"), "  0155  ", " Oslo ", "no");

        assertThat(PatientDetails.checkAddress(typed))
                .isEqualTo(new PostalAddress(List.of("Storgata 1", "3rd floor"), "0155", "Oslo", "NO"));
        assertThat(PatientDetails.checkAddress(new PostalAddress(List.of("Main St 1"), " ", "Dublin", "IE"))
                .postalCode()).isNull();
        assertThat(PatientDetails.checkAddress(null)).isNull();
        assertThatThrownBy(() -> PatientDetails.checkAddress(new PostalAddress(List.of("x"), null, "y", "XX")))
                .isInstanceOf(ProblemException.class).hasMessageContaining("address.countryCode");
    }
}
