package com.clinicchain.inventory.reservation;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Reservations {

    private final JdbcClient jdbc;
    private final Clock clock;

    Reservations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Locks the session's reservation until the transaction ends, so two events of one session queue up. */
    Optional<Reservation> lock(String chainId, UUID sessionId) {
        return jdbc.sql("select * from reservation where chain_id = ? and session_id = ? for update")
                .params(chainId, sessionId).query(Reservation.class).optional();
    }

    /**
     * The reservations waiting for stock at the clinic, oldest booking first (created first; the session id breaks
     * ties), locked until the transaction ends. Rows another transaction has locked are skipped, not waited for:
     * that transaction is cancelling, completing or re-reading the session, and takes the reservation's lock before
     * the stock row's, while stock arrivals hold the stock row's first, so waiting would deadlock. A skipped one
     * stays waiting for the next arrival.
     */
    List<Reservation> lockWaiting(String chainId, String clinicId, UUID productId) {
        return jdbc.sql("""
                select * from reservation
                where chain_id = ? and clinic_id = ? and product_id = ? and status = 'REJECTED' and reason = ?
                order by created_at, session_id
                for update skip locked""")
                .params(chainId, clinicId, productId, Reservation.INSUFFICIENT_STOCK).query(Reservation.class).list();
    }

    void insert(Reservation reservation) {
        jdbc.sql("""
                insert into reservation (session_id, chain_id, clinic_id, product_id, units, status, reason, starts_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(reservation.sessionId(), reservation.chainId(), reservation.clinicId(),
                        reservation.productId(), reservation.units(), reservation.status().name(), reservation.reason(),
                        reservation.startsAt() == null ? null : Timestamp.from(reservation.startsAt()))
                .update();
    }

    /** Takes a waiting reservation off its clinic's list; it stays refused, now for {@code reason}. */
    void endWaiting(String chainId, UUID sessionId, String reason) {
        jdbc.sql("update reservation set reason = ?, updated_at = ? where chain_id = ? and session_id = ?")
                .params(reason, Timestamp.from(clock.instant()), chainId, sessionId).update();
    }

    void changeStatus(String chainId, UUID sessionId, ReservationStatus status) {
        jdbc.sql("update reservation set status = ?, updated_at = ? where chain_id = ? and session_id = ?")
                .params(status.name(), Timestamp.from(clock.instant()), chainId, sessionId).update();
    }
}
