package com.clinicchain.treatment.adverse;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.kit.web.Pages;

/**
 * The adverse_event and adverse_event_entry tables' one home, with the two facts of a session an event is recorded
 * against (the session feature lists adverse events, so this reads them here rather than asking it).
 */
@Repository
class AdverseEventRecords {

    record SessionFacts(String clinicId, UUID patientId, String status, Instant startsAt, Instant completedAt) {
    }

    private final JdbcClient jdbc;

    AdverseEventRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Shared-locked until the transaction ends, so the session cannot change under the report. */
    Optional<SessionFacts> session(String chainId, UUID sessionId) {
        return jdbc.sql("""
                select clinic_id, patient_id, status, starts_at, completed_at from injection_session
                where chain_id = ? and id = ? for share""").params(chainId, sessionId)
                .query(SessionFacts.class).optional();
    }

    boolean sessionExists(String chainId, UUID sessionId) {
        return jdbc.sql("select exists (select 1 from injection_session where chain_id = ? and id = ?)")
                .params(chainId, sessionId).query(Boolean.class).single();
    }

    List<String> lotsOf(UUID sessionId) {
        return jdbc.sql("select distinct lot_number from injection where session_id = ? order by lot_number")
                .param(sessionId).query(String.class).list();
    }

    void insert(UUID id, String chainId, String clinicId, UUID sessionId, UUID patientId,
                ReportAdverseEventRequest request, Instant onset, List<String> lots, String reportedBy,
                Instant reportedAt) {
        jdbc.sql("""
                insert into adverse_event (id, chain_id, clinic_id, session_id, patient_id, type, severity, serious,
                                           onset_at, notes, lot_numbers, reported_by, reported_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, chainId, clinicId, sessionId, patientId, request.type().name(),
                        request.severity().name(), request.type().serious(), Timestamp.from(onset), request.notes(),
                        String.join(",", lots), reportedBy, Timestamp.from(reportedAt))
                .update();
    }

    Optional<AdverseEvent> find(String chainId, UUID id) {
        return jdbc.sql("select * from adverse_event where chain_id = ? and id = ?").params(chainId, id)
                .query(AdverseEvent.class).optional();
    }

    /** Locked until the transaction ends, so that notes and closings of one event queue up. */
    Optional<AdverseEvent> lock(String chainId, UUID id) {
        return jdbc.sql("select * from adverse_event where chain_id = ? and id = ? for update").params(chainId, id)
                .query(AdverseEvent.class).optional();
    }

    void closed(UUID id, String outcome, String by, Instant at) {
        jdbc.sql("update adverse_event set outcome = ?, closed_by = ?, closed_at = ? where id = ?")
                .params(outcome, by, Timestamp.from(at), id).update();
    }

    void addEntry(UUID eventId, String kind, String outcome, String notes, String by, Instant at) {
        jdbc.sql("""
                insert into adverse_event_entry (adverse_event_id, kind, outcome, notes, written_by, written_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(eventId, kind, outcome, notes, by, Timestamp.from(at)).update();
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

    List<AdverseEvent> ofSession(String chainId, UUID sessionId) {
        return jdbc.sql("select * from adverse_event where chain_id = ? and session_id = ? order by reported_at, id")
                .params(chainId, sessionId).query(AdverseEvent.class).list();
    }

    List<AdverseEvent> ofSessions(String chainId, Collection<UUID> sessionIds) {
        return jdbc.sql("select * from adverse_event where chain_id = ? and session_id = any (?) order by reported_at, id")
                .params(chainId, sessionIds.toArray(UUID[]::new)).query(AdverseEvent.class).list();
    }

    /** @param clinicIds the clinics to list, or null for the whole chain */
    PageResponse<AdverseEvent> list(String chainId, Boolean serious, String[] clinicIds, PageRequest page) {
        String where = " where chain_id = ?";
        List<Object> params = new ArrayList<>(List.of(chainId));
        if (serious != null) {
            where += " and serious = ?";
            params.add(serious);
        }
        if (clinicIds != null) {
            where += " and clinic_id = any (?)";
            params.add(clinicIds);
        }
        return Pages.of(jdbc, page, "select * from adverse_event" + where + " order by reported_at desc, id",
                "select count(*) from adverse_event" + where, params, AdverseEvent.class);
    }
}
