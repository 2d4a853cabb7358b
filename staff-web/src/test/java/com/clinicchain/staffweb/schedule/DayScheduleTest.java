package com.clinicchain.staffweb.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.staffweb.patients.PatientView;

class DayScheduleTest {

    private static final UUID ANNA = UUID.randomUUID();
    private static final UUID BERIT = UUID.randomUUID();

    private static ScheduleController.SessionLine session(UUID patient, String startsAt,
                                                          ScheduleController.Area... areas) {
        return new ScheduleController.SessionLine(UUID.randomUUID(), patient, "nina.nurse", UUID.randomUUID(),
                Instant.parse(startsAt), 30, 40, "BOOKED", "RESERVED", false, List.of(areas));
    }

    private static PatientView patient(UUID id, String given) {
        return new PatientView(id, "MRN-1", given, "Hansen", null, "FEMALE", null, null, null, "clinic-north", null,
                false);
    }

    @Test
    void rowsTakeTheirPatientFromTheBatchAndTheirTimeFromTheClinicsClock() {
        List<ScheduleController.SessionLine> day = List.of(session(BERIT, "2026-12-08T09:00:00Z"),
                session(ANNA, "2026-06-08T09:30:00Z"));
        // the batch leaves out a patient the person may not see: that row keeps its session alone
        Map<UUID, PatientView> batch = Map.of(ANNA, patient(ANNA, "Anna"));

        List<ScheduleController.Row> rows = DaySchedule.rows(day, batch, ZoneId.of("Europe/London"));

        assertThat(rows).extracting(ScheduleController.Row::time).containsExactly("09:00", "10:30");
        assertThat(rows.get(0).patient()).isNull();
        assertThat(rows.get(1).patient().fullName()).isEqualTo("Anna Hansen");
    }

    @Test
    void aSessionsPlanReadsAsAreasWithTheirUnits() {
        var planned = session(ANNA, "2026-12-08T09:00:00Z", new ScheduleController.Area("GLABELLAR_LINES", 20),
                new ScheduleController.Area("FOREHEAD_LINES", 20));

        assertThat(planned.planInWords()).isEqualTo("Glabellar lines 20 U, Forehead lines 20 U");
        assertThat(session(ANNA, "2026-12-08T09:00:00Z").planInWords()).isEmpty();
        assertThat(new ScheduleController.SessionLine(UUID.randomUUID(), ANNA, null, null,
                Instant.parse("2026-12-08T09:00:00Z"), 30, 20, "BOOKED", null, false, null).planInWords()).isEmpty();
    }
}
