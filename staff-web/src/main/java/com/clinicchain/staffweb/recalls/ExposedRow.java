package com.clinicchain.staffweb.recalls;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.clinicchain.staffweb.patients.PatientView;

/**
 * One exposed session: the patient who received units of the recalled lot, how to reach them, and the recall-contact
 * follow-up the treatment service opened for it. The page and the regulator's CSV are made of the same rows and the
 * same {@link #cells()}, so that they cannot differ.
 *
 * @param followUpId null while the treatment service has not yet heard of the recall
 */
public record ExposedRow(UUID patientId, String medicalRecordNumber, String name, LocalDate dateOfBirth, String phone,
                         String email, UUID sessionId, String clinicId, Instant completedAt, int units,
                         LocalDate expiryDate, UUID followUpId, String followUpStatus, LocalDate followUpDueOn) {

    public static final List<String> HEADERS = List.of("Record number", "Patient", "Date of birth", "Phone", "Email",
            "Clinic", "Session", "Completed (UTC)", "Units from the lot", "Lot expiry", "Recall contact");

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** An exposed session as the treatment service traces it. */
    public record Exposure(UUID patientId, UUID sessionId, String clinicId, Instant completedAt, int units,
                           LocalDate expiryDate) {
    }

    /** A follow-up of a session, as the patient's history lists it. */
    public record Contact(UUID id, UUID sessionId, String kind, LocalDate dueOn, String status) {
    }

    /**
     * The rows, in the order the treatment service traced them (by completion). A patient the patient service did not
     * return (erased, or refused) is still a row, named by id: the regulator must see every exposure.
     */
    public static List<ExposedRow> of(List<Exposure> exposures, Map<UUID, PatientView> patients,
                                      Collection<Contact> contacts) {
        List<ExposedRow> rows = new ArrayList<>();
        for (Exposure exposure : exposures) {
            PatientView patient = patients.get(exposure.patientId());
            Contact contact = contacts.stream()
                    .filter(c -> "RECALL_CONTACT".equals(c.kind()) && exposure.sessionId().equals(c.sessionId()))
                    .min(Comparator.comparing(Contact::dueOn, Comparator.nullsLast(Comparator.naturalOrder())))
                    .orElse(null);
            rows.add(new ExposedRow(exposure.patientId(),
                    patient == null ? null : patient.medicalRecordNumber(),
                    patient == null ? "patient " + exposure.patientId() : patient.fullName(),
                    patient == null ? null : patient.dateOfBirth(),
                    patient == null ? null : patient.phone(),
                    patient == null ? null : patient.email(),
                    exposure.sessionId(), exposure.clinicId(), exposure.completedAt(), exposure.units(),
                    exposure.expiryDate(),
                    contact == null ? null : contact.id(), contact == null ? null : contact.status(),
                    contact == null ? null : contact.dueOn()));
        }
        return List.copyOf(rows);
    }

    public boolean awaitingFollowUp() {
        return followUpId == null;
    }

    public boolean contactOpen() {
        return "OPEN".equals(followUpStatus);
    }

    /** The row's cells under {@link #HEADERS}, as the page shows them and the CSV holds them. */
    public List<String> cells() {
        return List.of(text(medicalRecordNumber), name, text(dateOfBirth), text(phone), text(email), clinicId,
                sessionId.toString(), completedAt == null ? "" : UTC.format(completedAt), String.valueOf(units),
                text(expiryDate), contactInWords());
    }

    String contactInWords() {
        if (followUpId == null) {
            return "not yet opened";
        }
        return switch (followUpStatus) {
            case "OPEN" -> "to contact" + (followUpDueOn == null ? "" : " by " + followUpDueOn);
            case "DONE" -> "contacted";
            case "SKIPPED" -> "skipped";
            default -> followUpStatus.toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
