package com.clinicchain.staffweb.schedule;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import com.clinicchain.staffweb.patients.PatientView;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A clinic's day as the schedule shows it, put together from the session list and one batch of patients. */
final class DaySchedule {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private DaySchedule() {
    }

    /** What the patient service answers for {@code GET /api/patients/batch}: the patients it lets us see. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Patients(List<PatientView> items) {

        Map<UUID, PatientView> byId() {
            return items.stream().collect(Collectors.toMap(PatientView::id, patient -> patient, (a, b) -> a));
        }
    }

    /** Each patient of the day once, in the order of their first session: the ids of one batch read. */
    static List<UUID> patientIds(Collection<ScheduleController.SessionLine> sessions) {
        return List.copyOf(sessions.stream().map(ScheduleController.SessionLine::patientId)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** A row per session, its start on the clinic's clock; a patient the batch did not answer stays null. */
    static List<ScheduleController.Row> rows(List<ScheduleController.SessionLine> sessions,
                                             Map<UUID, PatientView> patients, ZoneId zone) {
        return sessions.stream().map(session -> new ScheduleController.Row(session,
                TIME.format(session.startsAt().atZone(zone)), patients.get(session.patientId()))).toList();
    }

    /** Each practitioner's day on its own, by name; sessions booked without a practitioner last. */
    static Map<String, List<ScheduleController.Row>> byPractitioner(List<ScheduleController.Row> rows) {
        Map<String, List<ScheduleController.Row>> days = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        rows.forEach(row -> days.computeIfAbsent(row.session().practitioner(), practitioner -> new ArrayList<>())
                .add(row));
        return days;
    }
}
