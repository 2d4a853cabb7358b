package com.clinicchain.treatment.followup;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.treatment.FollowUpScheduled;
import com.clinicchain.kit.outbox.Outbox;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.kit.web.Pages;
import com.clinicchain.treatment.registry.ClinicTimeZones;

/** Follow-ups of completed sessions, on days of the clinic's own calendar (its time zone). */
@Service
public class FollowUps {

    public static final String REVIEW = "REVIEW";
    public static final String REPEAT_REMINDER = "REPEAT_REMINDER";
    /** Contact a patient who received a recalled lot. */
    public static final String RECALL_CONTACT = "RECALL_CONTACT";

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final FollowUpSettings settings;
    private final ClinicTimeZones zones;

    FollowUps(JdbcClient jdbc, Outbox outbox, FollowUpSettings settings, ClinicTimeZones zones) {
        this.jdbc = jdbc;
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
        int created = jdbc.sql("""
                insert into follow_up (id, chain_id, clinic_id, session_id, patient_id, kind, due_on, status)
                values (?, ?, ?, ?, ?, ?, ?, 'OPEN') on conflict (session_id, kind) do nothing""")
                .params(id, chainId, clinicId, sessionId, patientId, kind, dueOn).update();
        if (created == 0) {
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
        LocalDate today = zones.today(chainId, clinicId, now);
        String where = " where chain_id = ? and clinic_id = ? and status = 'OPEN'";
        List<Object> params = new ArrayList<>(List.of(chainId, clinicId));
        if (due == Due.DUE) {
            where += " and due_on <= ? and due_on >= ?";
            params.addAll(List.of(today, FollowUpDates.oldestStillDue(today)));
        } else if (due == Due.OVERDUE) {
            where += " and due_on < ?";
            params.add(FollowUpDates.oldestStillDue(today));
        }
        return Pages.of(jdbc, page, "select * from follow_up" + where + " order by due_on, id",
                "select count(*) from follow_up" + where, params, FollowUp.class);
    }

    enum Due {
        DUE, OVERDUE
    }

    /** The follow-ups of several sessions of the chain in one query, by due date. */
    public List<FollowUp> ofSessions(String chainId, Collection<UUID> sessionIds) {
        return jdbc.sql("select * from follow_up where chain_id = ? and session_id = any (?) order by due_on, kind, id")
                .params(chainId, sessionIds.toArray(UUID[]::new)).query(FollowUp.class).list();
    }

    /** The patient's open follow-ups at every clinic of the chain, the soonest due first. */
    public List<FollowUp> openOfPatient(String chainId, UUID patientId) {
        return jdbc.sql("""
                select * from follow_up where chain_id = ? and patient_id = ? and status = 'OPEN'
                order by due_on, kind, id""").params(chainId, patientId).query(FollowUp.class).list();
    }

    Optional<FollowUp> find(String chainId, UUID id) {
        return jdbc.sql("select * from follow_up where chain_id = ? and id = ?").params(chainId, id)
                .query(FollowUp.class).optional();
    }

    Optional<FollowUp> findForUpdate(String chainId, UUID id) {
        return jdbc.sql("select * from follow_up where chain_id = ? and id = ? for update").params(chainId, id)
                .query(FollowUp.class).optional();
    }

    void close(UUID id, String status, String by, Instant at, String note) {
        jdbc.sql("update follow_up set status = ?, closed_by = ?, closed_at = ?, note = ? where id = ?")
                .params(status, by, Timestamp.from(at), note, id).update();
    }

    /** An erased patient's follow-ups stay (the clinic's work was done), without what staff wrote of them. */
    public void erased(String chainId, UUID patientId) {
        jdbc.sql("update follow_up set note = null where chain_id = ? and patient_id = ?").params(chainId, patientId)
                .update();
    }
}
