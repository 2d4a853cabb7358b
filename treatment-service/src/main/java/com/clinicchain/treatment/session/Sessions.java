package com.clinicchain.treatment.session;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Sessions {

    private final JdbcClient jdbc;

    Sessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<InjectionSession> find(String chainId, UUID id) {
        return jdbc.sql("select * from injection_session where chain_id = ? and id = ?").params(chainId, id)
                .query(InjectionSession.class).optional();
    }

    /** Locks the session row so that two completions of one session cannot both pass. */
    Optional<InjectionSession> findForUpdate(String chainId, UUID id) {
        return jdbc.sql("select * from injection_session where chain_id = ? and id = ? for update")
                .params(chainId, id).query(InjectionSession.class).optional();
    }

    void insert(InjectionSession s) {
        jdbc.sql("""
                insert into injection_session (id, chain_id, clinic_id, patient_id, practitioner, product_id, starts_at,
                                               duration_minutes, expected_units, status, stock_status, booked_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id(), s.chainId(), s.clinicId(), s.patientId(), s.practitioner(), s.productId(),
                        Timestamp.from(s.startsAt()), s.durationMinutes(), s.expectedUnits(), s.status().name(),
                        s.stockStatus().name(), s.bookedBy())
                .update();
    }

    void markCompleted(InjectionSession s, String completedBy, List<Injection> injections) {
        jdbc.sql("""
                update injection_session set status = 'COMPLETED', completed_by = ?, completed_at = now(),
                       version = version + 1 where id = ?""").params(completedBy, s.id()).update();
        for (Injection i : injections) {
            jdbc.sql("""
                    insert into injection (id, session_id, area, units, vial_id, lot_number, expiry_date)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(i.id(), i.sessionId(), i.area().name(), i.units(), i.vialId(), i.lotNumber(), i.expiryDate())
                    .update();
        }
    }

    List<Injection> injections(UUID sessionId) {
        return jdbc.sql("select * from injection where session_id = ? order by area, id").param(sessionId)
                .query(Injection.class).list();
    }

    /** Only a pending answer is overwritten: a late duplicate cannot undo what inventory said first. */
    void stockAnswered(String chainId, UUID sessionId, StockStatus answer) {
        jdbc.sql("update injection_session set stock_status = ? where chain_id = ? and id = ? and stock_status = 'PENDING'")
                .params(answer.name(), chainId, sessionId).update();
    }
}
