package com.clinicchain.staffweb.followups;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.clinicchain.staffweb.layout.Words;
import com.clinicchain.staffweb.patients.PatientView;

/** The rows of the follow-up worklist, overdue first, each with whom to call. Plain Java. */
public record Worklist(List<Row> rows) {

    public record Row(UUID id, UUID patientId, String patient, String phone, String kind, LocalDate dueOn, boolean overdue) {

        public String kindInWords() {
            return switch (kind) {
                case "REVIEW" -> "Review (two weeks after treatment)";
                case "REPEAT_REMINDER" -> "Repeat reminder (effect wears off from three months)";
                default -> Words.sentence(kind);
            };
        }
    }

    static Worklist of(List<FollowUpsController.FollowUp> overdue, List<FollowUpsController.FollowUp> due,
                       Map<UUID, PatientView> patients) {
        List<Row> rows = new ArrayList<>();
        overdue.forEach(f -> rows.add(row(f, patients.get(f.patientId()), true)));
        due.forEach(f -> rows.add(row(f, patients.get(f.patientId()), false)));
        return new Worklist(List.copyOf(rows));
    }

    private static Row row(FollowUpsController.FollowUp f, PatientView patient, boolean overdue) {
        String name = patient == null ? "patient record" : patient.fullName();
        String phone = patient == null || patient.phone() == null || patient.phone().isBlank() ? null : patient.phone();
        return new Row(f.id(), f.patientId(), name, phone, f.kind(), f.dueOn(), overdue);
    }
}
