package com.clinicchain.treatment.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.treatment.FollowUpScheduled;
import com.clinicchain.kit.outbox.Outbox;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.treatment.registry.ClinicTimeZones;

/**
 * Follow-ups of completed sessions, on days of the clinic's own calendar (its time zone): scheduled with their event,
 * listed and closed; the rows are {@link FollowUpRecords}'.
 */
@Service
public class FollowUps {

    public static final String REVIEW = "REVIEW";
    public static final String REPEAT_REMINDER = "REPEAT_REMINDER";
    /** Contact a patient who received a recalled lot. */
    public static final String RECALL_CONTACT = "RECALL_CONTACT";

    private final FollowUpRecords records;
    private final Outbox outbox;
    private final FollowUpSettings settings;
    private final ClinicTimeZones zones;

    FollowUps(FollowUpRecords records, Outbox outbox, FollowUpSettings settings, ClinicTimeZones zones) {
        this.records = records;
        this.outbox = outbox;
        this.settings = settings;
        this.zones = zones;
    }

    /** Part of the completion's transaction: the follow-ups exist if and only if the session is completed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void scheduleAfter(String chainId, String clinicId, UUID sessionId, UUID patientId, Instant completedAt) {
        FollowUpDates dates = FollowUpDates.after(completedAt, zones.zoneOf(chainId, clinicId),
                settings.reviewAfterDays(), settings.repeatReminderMonths());
        schedule(chainId, clinicId, sessionId, patientId, REVIEW, dates.review());
        schedule(chainId, clinicId, sessionId, patientId, REPEAT_REMINDER, dates.repeatReminder());
    }

    /** A completed session that used a recalled lot: whom to contact, and which clinic does it. */
    public record Exposed(String clinicId, UUID sessionId, UUID patientId) {
    }

    /**
     * A contact task for every completed session that used the recalled lot (once per session), due on the day of
     * the recall at the clinic that treated the patient.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recallContacts(String chainId, List<Exposed> exposed, Instant recalledAt) {
        Map<String, LocalDate> todayAt = new HashMap<>();
        exposed.forEach(e -> schedule(chainId, e.clinicId(), e.sessionId(), e.patientId(), RECALL_CONTACT,
                todayAt.computeIfAbsent(e.clinicId(), clinic -> zones.today(chainId, clinic, recalledAt))));
    }

    private void schedule(String chainId, String clinicId, UUID sessionId, UUID patientId, String kind, LocalDate dueOn) {
        UUID id = UUID.randomUUID();
        if (!records.insertIfAbsent(id, chainId, clinicId, sessionId, patientId, kind, dueOn)) {
            return;
        }
        outbox.append(Events.TREATMENT_TOPIC, sessionId, chainId,
                new FollowUpScheduled(id, sessionId, patientId, clinicId, kind, dueOn));
    }

    /**
     * @param due null for every open follow-up, DUE (date reached, up to a week late) or OVERDUE (later than that),
     *            by the clinic's calendar at {@code now}
     */
    PageResponse<FollowUp> open(String chainId, String clinicId, Due due, Instant now, PageRequest page) {
        return records.open(chainId, clinicId, due, zones.today(chainId, clinicId, now), page);
    }

    enum Due {
        DUE, OVERDUE
    }

    /** The follow-ups of several sessions of the chain in one query, by due date. */
    public List<FollowUp> ofSessions(String chainId, Collection<UUID> sessionIds) {
        return records.ofSessions(chainId, sessionIds);
    }

    /** The patient's open follow-ups at every clinic of the chain, the soonest due first. */
    public List<FollowUp> openOfPatient(String chainId, UUID patientId) {
        return records.openOfPatient(chainId, patientId);
    }

    Optional<FollowUp> find(String chainId, UUID id) {
        return records.find(chainId, id);
    }

    Optional<FollowUp> findForUpdate(String chainId, UUID id) {
        return records.findForUpdate(chainId, id);
    }

    void close(UUID id, String status, String by, Instant at, String note) {
        records.close(id, status, by, at, note);
    }

    /** An erased patient's follow-ups stay (the clinic's work was done), without what staff wrote of them. */
    public void erased(String chainId, UUID patientId) {
        records.eraseNotes(chainId, patientId);
    }
}
