package com.clinicchain.staffweb.followups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.staffweb.patients.PatientView;

class WorklistTest {

    @Test
    void overdueComeFirstThenDueThenComingUpEachWithThePhoneToCall() {
        UUID anna = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        var due = new FollowUpsController.FollowUp(UUID.randomUUID(), "c", null, anna, "REVIEW",
                LocalDate.parse("2026-12-07"), "OPEN");
        var overdue = new FollowUpsController.FollowUp(UUID.randomUUID(), "c", null, unknown, "REPEAT_REMINDER",
                LocalDate.parse("2026-11-01"), "OPEN");
        Map<UUID, PatientView> patients = new HashMap<>();
        patients.put(anna, new PatientView(anna, "MRN-1", "Anna", "Hansen", null, null, "+47 912 34 567", null, null,
                "c", null, false));
        patients.put(unknown, null);

                var later = new FollowUpsController.FollowUp(UUID.randomUUID(), "c", null, anna, "REVIEW",
                LocalDate.parse("2026-12-21"), "OPEN");

        List<Worklist.Row> rows = Worklist.of(List.of(overdue), List.of(due), List.of(overdue, due, later), patients)
                .rows();

        assertThat(rows).extracting(Worklist.Row::overdue).containsExactly(true, false, false);
        assertThat(rows).extracting(Worklist.Row::whenInWords).containsExactly("overdue", "due", "coming up");
        assertThat(rows.get(0).phone()).isNull();
        assertThat(rows.get(0).patient()).isEqualTo("patient record");
        assertThat(rows.get(0).kindInWords()).startsWith("Repeat reminder");
        assertThat(rows.get(1).phone()).isEqualTo("+47 912 34 567");
        assertThat(rows.get(1).kindInWords()).isEqualTo("Review (two weeks after treatment)");
    }

    @Test
    void aRecallContactSaysWhyToCall() {
        var recall = new FollowUpsController.FollowUp(UUID.randomUUID(), "c", null, UUID.randomUUID(),
                "RECALL_CONTACT", LocalDate.parse("2026-12-07"), "OPEN");

        assertThat(Worklist.of(List.of(), List.of(recall), List.of(recall), Map.of()).rows().get(0).kindInWords())
                .isEqualTo("Recall contact (a lot they were treated with is recalled: call today)");
    }
}
