package com.clinicchain.treatment.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;

/** Idempotency keys of bookings, per caller: a retry gets the first answer, a reused key with another body a 409. */
@Repository
class BookingRequests {

    static final int MAX_KEY_LENGTH = 100;

    private final JdbcClient jdbc;

    BookingRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for a concurrent request with the same key to finish, then answers the session it booked, if any. */
    Optional<UUID> previous(Caller caller, String key, BookSessionRequest request) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid("Idempotency-Key", "must be 1–" + MAX_KEY_LENGTH + " characters");
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(caller.chainId() + "/" + caller.id() + "/" + key)
                .query((rs, row) -> 1).single();
        record Previous(String requestHash, UUID sessionId) {
        }
        Optional<Previous> previous = jdbc.sql("""
                select request_hash, session_id from booking_request
                where chain_id = ? and caller_id = ? and idempotency_key = ?""")
                .params(caller.chainId(), caller.id(), key)
                .query((rs, row) -> new Previous(rs.getString(1), rs.getObject(2, UUID.class))).optional();
        if (previous.isPresent() && !previous.get().requestHash().equals(hash(request))) {
            throw ProblemException.conflict("idempotency-key-reused", "Idempotency key reused",
                    "this Idempotency-Key was used for another booking");
        }
        return previous.map(Previous::sessionId);
    }

    void remember(Caller caller, String key, BookSessionRequest request, UUID sessionId) {
        jdbc.sql("""
                insert into booking_request (chain_id, caller_id, idempotency_key, request_hash, session_id)
                values (?, ?, ?, ?, ?)""").params(caller.chainId(), caller.id(), key, hash(request), sessionId).update();
    }

    private static String hash(BookSessionRequest request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(request.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
