package com.clinicchain.staffweb.recalls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.staffweb.csv.Csv;
import com.clinicchain.staffweb.patients.PatientView;
import com.clinicchain.staffweb.recalls.ExposedRow.Contact;
import com.clinicchain.staffweb.recalls.ExposedRow.Exposure;

class ExposedRowTest {

    private static final UUID LIV = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    private static final UUID ERASED = UUID.fromString("00000000-0000-4000-8000-00000000000b");
    private static final UUID S1 = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID S2 = UUID.fromString("00000000-0000-4000-8000-000000000002");
    private static final UUID S3 = UUID.fromString("00000000-0000-4000-8000-000000000003");
    private static final UUID F1 = UUID.fromString("00000000-0000-4000-8000-0000000000f1");

    private static final PatientView LIV_VIEW = new PatientView(LIV, "MRN-7", "Liv", "Strand",
            LocalDate.of(1986, 6, 6), "FEMALE", "+4791234567", "liv@example.org", null, "clinic-north", null, false);

    private static Exposure exposure(UUID patient, UUID session, int units) {
        return new Exposure(patient, session, "clinic-north", Instant.parse("2026-12-01T09:30:00Z"), units,
                LocalDate.of(2029, 6, 30));
    }

    @Test
    void oneRowPerExposedSessionWithThePatientsContactAndTheirRecallContact() {
        List<ExposedRow> rows = ExposedRow.of(List.of(exposure(LIV, S1, 20), exposure(LIV, S2, 24)),
                Map.of(LIV, LIV_VIEW), List.of(
                        new Contact(UUID.randomUUID(), S1, "REVIEW", LocalDate.of(2026, 12, 15), "OPEN"),
                        new Contact(F1, S1, "RECALL_CONTACT", LocalDate.of(2026, 12, 8), "OPEN")));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).cells()).containsExactly("MRN-7", "Liv Strand", "1986-06-06", "+4791234567",
                "liv@example.org", "clinic-north", S1.toString(), "2026-12-01 09:30", "20", "2029-06-30",
                "to contact by 2026-12-08");
        assertThat(rows.get(0).followUpId()).as("the review is not the recall's follow-up").isEqualTo(F1);
        assertThat(rows.get(0).contactOpen()).isTrue();
        assertThat(rows.get(1).awaitingFollowUp()).isTrue();
        assertThat(rows.get(1).cells().get(10)).isEqualTo("not yet opened");
        assertThat(rows.get(0).cells()).hasSameSizeAs(ExposedRow.HEADERS);
    }

    @Test
    void aPatientThePatientServiceDidNotReturnIsStillARow() {
        List<ExposedRow> rows = ExposedRow.of(List.of(exposure(ERASED, S3, 20)), Map.of(),
                List.of(new Contact(F1, S3, "RECALL_CONTACT", LocalDate.of(2026, 12, 8), "DONE")));

        assertThat(rows.get(0).name()).isEqualTo("patient " + ERASED);
        assertThat(rows.get(0).cells().get(0)).isEmpty();
        assertThat(rows.get(0).cells().get(10)).isEqualTo("contacted");
        assertThat(rows.get(0).contactOpen()).isFalse();
    }

    @Test
    void theCsvHoldsTheSameCellsAsThePageGuarded() {
        PatientView sly = new PatientView(LIV, "MRN-8", "=cmd|' /C calc'!A0", "Strand", LocalDate.of(1990, 1, 1),
                "FEMALE", null, null, null, "clinic-north", null, false);
        List<ExposedRow> rows = ExposedRow.of(List.of(exposure(LIV, S1, 20)), Map.of(LIV, sly), List.of());

        String csv = Csv.document(ExposedRow.HEADERS, rows.stream().map(ExposedRow::cells).toList());

        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv.split("\r\n")[1]).startsWith("MRN-8,'=cmd|' /C calc'!A0 Strand,1990-01-01,,,clinic-north,");
    }
}
