package com.clinicchain.staffweb.schedule;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.clinicchain.staffweb.patients.PatientView;

/** A clinic's day as the schedule shows it, put together from the session list and the patients of one batch read. */
final class DaySchedule {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private DaySchedule() {
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
