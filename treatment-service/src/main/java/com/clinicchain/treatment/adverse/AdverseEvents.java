package com.clinicchain.treatment.adverse;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.treatment.AdverseEventReported;
import com.clinicchain.kit.outbox.Outbox;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.kit.web.Pages;
import com.clinicchain.treatment.refusal.Refusals;

/** Side effects recorded against completed sessions, with the lots the patient received in that session. */
@Service
public class AdverseEvents {

    private record SessionFacts(String clinicId, UUID patientId, String status, Instant startsAt, Instant completedAt) {
    }

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Clock clock;

    AdverseEvents(JdbcClient jdbc, Outbox outbox, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Transactional
    AdverseEvent report(Caller caller, UUID sessionId, ReportAdverseEventRequest request) {
        SessionFacts session = jdbc.sql("""
                select clinic_id, patient_id, status, starts_at, completed_at from injection_session
                where chain_id = ? and id = ? for share""").params(caller.chainId(), sessionId)
                .query(SessionFacts.class).optional()
                .orElseThrow(() -> ProblemException.notFound("session " + sessionId));
        caller.requireActAt(session.clinicId());
        Instant now = clock.instant();
        if (!"COMPLETED".equals(session.status())) {
            throw ProblemException.conflict("session-not-completed", "Session not completed",
                    "adverse events are recorded against completed sessions");
        }
        Instant onset = request.onsetAt().toInstant();
        Refusals.requireValid(Onset.invalid(onset, session.startsAt(), session.completedAt(), now).stream().toList());
        List<String> lots = jdbc.sql("select distinct lot_number from injection where session_id = ? order by lot_number")
                .param(sessionId).query(String.class).list();
        UUID id = UUID.randomUUID();
        boolean serious = request.type().serious();
        jdbc.sql("""
                insert into adverse_event (id, chain_id, clinic_id, session_id, patient_id, type, severity, serious,
                                           onset_at, notes, lot_numbers, reported_by, reported_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, caller.chainId(), session.clinicId(), sessionId, session.patientId(), request.type().name(),
                        request.severity().name(), serious, Timestamp.from(onset), request.notes(),
                        String.join(",", lots), caller.username(), Timestamp.from(now))
                .update();
        outbox.append(Events.TREATMENT_TOPIC, sessionId, caller.chainId(), new AdverseEventReported(id, sessionId,
                session.patientId(), session.clinicId(), request.type().name(), request.severity().name(), serious,
                onset, lots));
        return find(caller.chainId(), id);
    }

    private AdverseEvent find(String chainId, UUID id) {
        return jdbc.sql("select * from adverse_event where chain_id = ? and id = ?").params(chainId, id)
                .query(AdverseEvent.class).single();
    }

    /** Another chain's event answers 404; one of another clinic 403, as the clinic's other records. */
    AdverseEvent one(Caller caller, UUID id) {
        AdverseEvent event = jdbc.sql("select * from adverse_event where chain_id = ? and id = ?")
                .params(caller.chainId(), id).query(AdverseEvent.class).optional()
                .orElseThrow(() -> ProblemException.notFound("adverse event " + id));
        caller.requireActAt(event.clinicId());
        return event;
    }

    @Transactional
    AdverseEvent note(Caller caller, UUID id, AdverseEventNoteRequest request) {
        AdverseEvent event = lockOpen(caller, id);
        write(event, AdverseEventEntry.NOTE, null, request.notes(), caller.username());
        return find(caller.chainId(), event.id());
    }

    @Transactional
    AdverseEvent close(Caller caller, UUID id, CloseAdverseEventRequest request) {
        AdverseEvent event = lockOpen(caller, id);
        Instant at = write(event, AdverseEventEntry.CLOSED, request.outcome().name(), request.notes(),
                caller.username());
        jdbc.sql("update adverse_event set outcome = ?, closed_by = ?, closed_at = ? where id = ?")
                .params(request.outcome().name(), caller.username(), Timestamp.from(at), id).update();
        return find(caller.chainId(), event.id());
    }

    /** Serialises notes and closings of one event, so that it is closed once even when two clinicians try at once. */
    private AdverseEvent lockOpen(Caller caller, UUID id) {
        AdverseEvent event = jdbc.sql("select * from adverse_event where chain_id = ? and id = ? for update")
                .params(caller.chainId(), id).query(AdverseEvent.class).optional()
                .orElseThrow(() -> ProblemException.notFound("adverse event " + id));
        caller.requireActAt(event.clinicId());
        event.requireOpen();
        return event;
    }

    private Instant write(AdverseEvent event, String kind, String outcome, String notes, String by) {
        Instant at = clock.instant();
        jdbc.sql("""
                insert into adverse_event_entry (adverse_event_id, kind, outcome, notes, written_by, written_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(event.id(), kind, outcome, notes == null || notes.isBlank() ? null : notes.strip(), by,
                        Timestamp.from(at)).update();
        return at;
    }

    /** The course of each event, oldest step first, in one query for a page of events. */
    Map<UUID, List<AdverseEventEntry>> historyOf(List<AdverseEvent> events) {
        if (events.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from adverse_event_entry where adverse_event_id = any (?) order by seq")
                .param(events.stream().map(AdverseEvent::id).toArray(UUID[]::new))
                .query(AdverseEventEntry.class).list().stream()
                .collect(Collectors.groupingBy(AdverseEventEntry::adverseEventId));
    }

    /** Another chain's session answers 404 like a missing one, not an empty list. */
    List<AdverseEvent> ofSession(String chainId, UUID sessionId) {
        if (!jdbc.sql("select exists (select 1 from injection_session where chain_id = ? and id = ?)")
                .params(chainId, sessionId).query(Boolean.class).single()) {
            throw ProblemException.notFound("session " + sessionId);
        }
        return jdbc.sql("select * from adverse_event where chain_id = ? and session_id = ? order by reported_at, id")
                .params(chainId, sessionId).query(AdverseEvent.class).list();
    }

    /** The events of several sessions of the chain in one query, in the order they were reported. */
    public List<AdverseEvent> ofSessions(String chainId, Collection<UUID> sessionIds) {
        return jdbc.sql("select * from adverse_event where chain_id = ? and session_id = any (?) order by reported_at, id")
                .params(chainId, sessionIds.toArray(UUID[]::new)).query(AdverseEvent.class).list();
    }

    /** Admins see the whole chain, managers their clinics; newest first so that the latest alert is on top. */
    PageResponse<AdverseEvent> list(Caller caller, Boolean serious, PageRequest page) {
        String where = " where chain_id = ?";
        List<Object> params = new ArrayList<>(List.of(caller.chainId()));
        if (serious != null) {
            where += " and serious = ?";
            params.add(serious);
        }
        if (!caller.hasRole(Caller.ADMIN)) {
            where += " and clinic_id = any (?)";
            params.add(caller.clinicIds().toArray(String[]::new));
        }
        return Pages.of(jdbc, page, "select * from adverse_event" + where + " order by reported_at desc, id",
                "select count(*) from adverse_event" + where, params, AdverseEvent.class);
    }
}
