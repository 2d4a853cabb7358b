package com.clinicchain.treatment.followup;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.kit.web.Pages;

/** The follow_up table's one home. Every statement names the chain or a row found through it. */
@Repository
class FollowUpRecords {

    private final JdbcClient jdbc;

    FollowUpRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether it was added: a session has one follow-up of each kind */
    boolean insertIfAbsent(UUID id, String chainId, String clinicId, UUID sessionId, UUID patientId, String kind,
                           LocalDate dueOn) {
        return jdbc.sql("""
                insert into follow_up (id, chain_id, clinic_id, session_id, patient_id, kind, due_on, status)
                values (?, ?, ?, ?, ?, ?, ?, 'OPEN') on conflict (session_id, kind) do nothing""")
                .params(id, chainId, clinicId, sessionId, patientId, kind, dueOn).update() == 1;
    }

    /** @param today the clinic's today, from which DUE and OVERDUE are counted */
    PageResponse<FollowUp> open(String chainId, String clinicId, FollowUps.Due due, LocalDate today,
                                PageRequest page) {
        String where = " where chain_id = ? and clinic_id = ? and status = 'OPEN'";
        List<Object> params = new ArrayList<>(List.of(chainId, clinicId));
        if (due == FollowUps.Due.DUE) {
            where += " and due_on <= ? and due_on >= ?";
            params.addAll(List.of(today, FollowUpDates.oldestStillDue(today)));
        } else if (due == FollowUps.Due.OVERDUE) {
            where += " and due_on < ?";
            params.add(FollowUpDates.oldestStillDue(today));
        }
        return Pages.of(jdbc, page, "select * from follow_up" + where + " order by due_on, id",
                "select count(*) from follow_up" + where, params, FollowUp.class);
    }

    List<FollowUp> ofSessions(String chainId, Collection<UUID> sessionIds) {
        return jdbc.sql("select * from follow_up where chain_id = ? and session_id = any (?) order by due_on, kind, id")
                .params(chainId, sessionIds.toArray(UUID[]::new)).query(FollowUp.class).list();
    }

    List<FollowUp> openOfPatient(String chainId, UUID patientId) {
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

    void eraseNotes(String chainId, UUID patientId) {
        jdbc.sql("update follow_up set note = null where chain_id = ? and patient_id = ?").params(chainId, patientId)
                .update();
    }
}
