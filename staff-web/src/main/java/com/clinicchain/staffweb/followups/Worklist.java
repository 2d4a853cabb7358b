package com.clinicchain.staffweb.followups;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.clinicchain.staffweb.layout.Words;
import com.clinicchain.staffweb.patients.PatientView;

/** The rows of the follow-up worklist, overdue first, then due, then coming up, each with whom to call. Plain Java. */
public record Worklist(List<Row> rows) {

    public enum When { OVERDUE, DUE, LATER }

    public record Row(UUID id, UUID patientId, String patient, String phone, String kind, LocalDate dueOn, When when) {

        public boolean overdue() {
            return when == When.OVERDUE;
        }

        public String whenInWords() {
            return Words.of(when == When.LATER ? "COMING_UP" : when.name());
        }

        public String kindInWords() {
            return switch (kind) {
                case "REVIEW" -> "Review (two weeks after treatment)";
                case "REPEAT_REMINDER" -> "Repeat reminder (effect wears off from three months)";
                case "RECALL_CONTACT" -> "Recall contact (a lot they were treated with is recalled: call today)";
                default -> Words.sentence(kind);
            };
        }
    }

    /** {@code open} is every open follow-up; those neither overdue nor due are coming up. */
    static Worklist of(List<FollowUpsController.FollowUp> overdue, List<FollowUpsController.FollowUp> due,
                       List<FollowUpsController.FollowUp> open, Map<UUID, PatientView> patients) {
        List<Row> rows = new ArrayList<>();
        overdue.forEach(f -> rows.add(row(f, patients.get(f.patientId()), When.OVERDUE)));
        due.forEach(f -> rows.add(row(f, patients.get(f.patientId()), When.DUE)));
        java.util.Set<UUID> listed = rows.stream().map(Row::id).collect(java.util.stream.Collectors.toSet());
        open.stream().filter(f -> !listed.contains(f.id()))
                .forEach(f -> rows.add(row(f, patients.get(f.patientId()), When.LATER)));
        return new Worklist(List.copyOf(rows));
    }

    private static Row row(FollowUpsController.FollowUp f, PatientView patient, When when) {
        String name = patient == null ? "patient record" : patient.fullName();
        String phone = patient == null || patient.phone() == null || patient.phone().isBlank() ? null : patient.phone();
        return new Row(f.id(), f.patientId(), name, phone, f.kind(), f.dueOn(), when);
    }
}
