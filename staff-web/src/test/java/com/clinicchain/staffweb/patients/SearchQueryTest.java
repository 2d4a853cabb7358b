package com.clinicchain.staffweb.patients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void aNameIsSearchedAsTyped() {
        assertThat(SearchQuery.parse("  halvorsen ingrid ")).isEqualTo(new SearchQuery("halvorsen ingrid", null, null,
                null));
    }

    @Test
    void aRecordNumberIsSearchedAsOneWhateverItsSpelling() {
        assertThat(SearchQuery.parse("mrn-123").medicalRecordNumber()).isEqualTo("MRN-000123");
        assertThat(SearchQuery.parse("MRN-000042").medicalRecordNumber()).isEqualTo("MRN-000042");
    }

    @Test
    void datesOfBirthInIsoOrEuropeanOrder() {
        assertThat(SearchQuery.parse("1984-03-02").dateOfBirth()).isEqualTo(LocalDate.of(1984, 3, 2));
        assertThat(SearchQuery.parse("2.3.1984").dateOfBirth()).isEqualTo(LocalDate.of(1984, 3, 2));
        assertThat(SearchQuery.parse("02/03/1984").dateOfBirth()).isEqualTo(LocalDate.of(1984, 3, 2));
    }

    @Test
    void anImpossibleDateIsNoDate() {
        assertThat(SearchQuery.parse("31.02.1984").dateOfBirth()).isNull();
    }

    @Test
    void phoneNumbersHaveAtLeastSixDigits() {
        assertThat(SearchQuery.parse("+47 912 34 567").phone()).isEqualTo("+47 912 34 567");
        assertThat(SearchQuery.parse("12345").phone()).isNull();
    }

    @Test
    void nothingTypedIsAnEmptySearch() {
        assertThat(SearchQuery.parse("   ").isEmpty()).isTrue();
        assertThat(SearchQuery.parse(null).isEmpty()).isTrue();
    }
}
