package com.clinicchain.treatment.adverse;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.treatment.AdverseEventReported;
import com.clinicchain.kit.outbox.Outbox;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.treatment.refusal.Refusals;

/**
 * Side effects recorded against completed sessions, with the lots the patient received in that session; the rows are
 * {@link AdverseEventRecords}'.
 */
@Service
public class AdverseEvents {

    private final AdverseEventRecords records;
    private final Outbox outbox;
    private final Clock clock;

    AdverseEvents(AdverseEventRecords records, Outbox outbox, Clock clock) {
        this.clock = clock;
        this.records = records;
        this.outbox = outbox;
    }

    @Transactional
    AdverseEvent report(Caller caller, UUID sessionId, ReportAdverseEventRequest request) {
        AdverseEventRecords.SessionFacts session = records.session(caller.chainId(), sessionId)
                .orElseThrow(() -> ProblemException.notFound("session " + sessionId));
        caller.requireActAt(session.clinicId());
        Instant now = clock.instant();
        if (!"COMPLETED".equals(session.status())) {
            throw ProblemException.conflict("session-not-completed", "Session not completed",
                    "adverse events are recorded against completed sessions");
        }
        Instant onset = request.onsetAt().toInstant();
        Refusals.requireValid(Onset.invalid(onset, session.startsAt(), session.completedAt(), now).stream().toList());
        List<String> lots = records.lotsOf(sessionId);
        UUID id = UUID.randomUUID();
        boolean serious = request.type().serious();
        records.insert(id, caller.chainId(), session.clinicId(), sessionId, session.patientId(), request, onset, lots,
                caller.username(), now);
        outbox.append(Events.TREATMENT_TOPIC, sessionId, caller.chainId(), new AdverseEventReported(id, sessionId,
                session.patientId(), session.clinicId(), request.type().name(), request.severity().name(), serious,
                onset, lots));
        return find(caller.chainId(), id);
    }

    private AdverseEvent find(String chainId, UUID id) {
        return records.find(chainId, id).orElseThrow();
    }

    /** Another chain's event answers 404; one of another clinic 403, as the clinic's other records. */
    AdverseEvent one(Caller caller, UUID id) {
        AdverseEvent event = records.find(caller.chainId(), id)
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
        records.closed(id, request.outcome().name(), caller.username(), at);
        return find(caller.chainId(), event.id());
    }

    /** Serialises notes and closings of one event, so that it is closed once even when two clinicians try at once. */
    private AdverseEvent lockOpen(Caller caller, UUID id) {
        AdverseEvent event = records.lock(caller.chainId(), id)
                .orElseThrow(() -> ProblemException.notFound("adverse event " + id));
        caller.requireActAt(event.clinicId());
        event.requireOpen();
        return event;
    }

    private Instant write(AdverseEvent event, String kind, String outcome, String notes, String by) {
        Instant at = clock.instant();
        records.addEntry(event.id(), kind, outcome, notes == null || notes.isBlank() ? null : notes.strip(), by, at);
        return at;
    }

    /** The course of each event, oldest step first, in one query for a page of events. */
    Map<UUID, List<AdverseEventEntry>> historyOf(List<AdverseEvent> events) {
        return records.historyOf(events);
    }

    /** Another chain's session answers 404 like a missing one, not an empty list. */
    List<AdverseEvent> ofSession(String chainId, UUID sessionId) {
        if (!records.sessionExists(chainId, sessionId)) {
            throw ProblemException.notFound("session " + sessionId);
        }
        return records.ofSession(chainId, sessionId);
    }

    /** The events of several sessions of the chain in one query, in the order they were reported. */
    public List<AdverseEvent> ofSessions(String chainId, Collection<UUID> sessionIds) {
        return records.ofSessions(chainId, sessionIds);
    }

    /** Admins see the whole chain, managers their clinics; newest first so that the latest alert is on top. */
    PageResponse<AdverseEvent> list(Caller caller, Boolean serious, PageRequest page) {
        return records.list(caller.chainId(), serious,
                caller.hasRole(Caller.ADMIN) ? null : caller.clinicIds().toArray(String[]::new), page);
    }
}
