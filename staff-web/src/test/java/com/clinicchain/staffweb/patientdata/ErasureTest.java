package com.clinicchain.staffweb.patientdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.staffweb.patients.PatientView;

class ErasureTest {

    @Test
    void theErasedRecordSaysWhatWasKeptAndWhyAndWhatWasRemoved() {
        PatientView after = new PatientView(UUID.randomUUID(), "MRN-7", "Erased", "Erased", LocalDate.of(1986, 1, 1),
                "FEMALE", null, null, null, "clinic-north", null, true);

        Erasure erasure = Erasure.of(after);

        assertThat(erasure.kept()).extracting(Erasure.Kept::what)
                .containsExactly("Record number", "Name", "Date of birth", "Sex", "Home clinic");
        assertThat(erasure.kept().get(0).value()).isEqualTo("MRN-7");
        assertThat(erasure.kept().get(0).why()).contains("treatment records").contains("access log");
        assertThat(erasure.kept().get(2).why()).startsWith("only the year is kept");
        assertThat(erasure.removed()).containsExactly("Phone", "Email", "Address", "Preferred language");
    }

    @Test
    void whatTheServiceStillHoldsIsListedAsKeptNotClaimedRemoved() {
        PatientView after = new PatientView(UUID.randomUUID(), "MRN-7", "Erased", "Erased", LocalDate.of(1986, 3, 2),
                "FEMALE", "+4791234567", null, null, "clinic-north", null, true);

        Erasure erasure = Erasure.of(after);

        assertThat(erasure.kept()).extracting(Erasure.Kept::what).contains("Phone");
        assertThat(erasure.kept().get(2).why()).isEqualTo("kept by the patient service");
        assertThat(erasure.removed()).doesNotContain("Phone");
    }
}
