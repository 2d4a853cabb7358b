package com.clinicchain.inventory.reservation;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Reservations {

    private final JdbcClient jdbc;

    Reservations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the session's reservation until the transaction ends, so two events of one session queue up. */
    Optional<Reservation> lock(String chainId, UUID sessionId) {
        return jdbc.sql("select * from reservation where chain_id = ? and session_id = ? for update")
                .params(chainId, sessionId).query(Reservation.class).optional();
    }

    void insert(Reservation reservation) {
        jdbc.sql("""
                insert into reservation (session_id, chain_id, clinic_id, product_id, units, status, reason)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(reservation.sessionId(), reservation.chainId(), reservation.clinicId(),
                        reservation.productId(), reservation.units(), reservation.status().name(), reservation.reason())
                .update();
    }

    void changeStatus(String chainId, UUID sessionId, ReservationStatus status) {
        jdbc.sql("update reservation set status = ?, updated_at = now() where chain_id = ? and session_id = ?")
                .params(status.name(), chainId, sessionId).update();
    }
}
