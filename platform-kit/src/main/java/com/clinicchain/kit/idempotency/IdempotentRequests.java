package com.clinicchain.kit.idempotency;

import java.time.Duration;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The stored answers to requests sent with an {@code Idempotency-Key}, one row per caller and key. */
class IdempotentRequests {

    /** A first request that has not finished after this long is taken to have died with its process. */
    static final Duration ABANDONED_AFTER = Duration.ofSeconds(60);

    private final JdbcClient jdbc;
    private final Duration retention;

    IdempotentRequests(JdbcClient jdbc, Duration retention) {
        this.jdbc = jdbc;
        this.retention = retention;
    }

    /** @return true if this request is the first with the key (or takes over an expired or abandoned one) */
    boolean claim(String caller, String key, String requestHash, String requestPath) {
        jdbc.sql("""
                delete from idempotent_request where caller = ? and idempotency_key = ?
                 and (created_at < now() - make_interval(secs => ?)
                      or (status is null and created_at < now() - make_interval(secs => ?)))""")
                .params(caller, key, retention.toSeconds(), ABANDONED_AFTER.toSeconds()).update();
        return jdbc.sql("""
                insert into idempotent_request (caller, idempotency_key, request_hash, request_path)
                values (?, ?, ?, ?) on conflict do nothing""")
                .params(caller, key, requestHash, requestPath).update() == 1;
    }

    Optional<StoredRequest> find(String caller, String key) {
        return jdbc.sql("""
                select request_hash, status, content_type, location, etag, body from idempotent_request
                 where caller = ? and idempotency_key = ?""")
                .params(caller, key)
                .query((rs, row) -> new StoredRequest(rs.getString("request_hash"),
                        (Integer) rs.getObject("status"), rs.getString("content_type"), rs.getString("location"),
                        rs.getString("etag"), rs.getBytes("body")))
                .optional();
    }

    void complete(String caller, String key, StoredRequest.Answer answer) {
        jdbc.sql("""
                update idempotent_request set status = ?, content_type = ?, location = ?, etag = ?, body = ?
                 where caller = ? and idempotency_key = ?""")
                .params(answer.status(), answer.contentType(), answer.location(), answer.etag(), answer.body(),
                        caller, key)
                .update();
    }

    /** A refused or failed request created nothing: the client may correct it and retry with the same key. */
    void release(String caller, String key) {
        jdbc.sql("delete from idempotent_request where caller = ? and idempotency_key = ? and status is null")
                .params(caller, key).update();
    }

    int purgeExpired() {
        return jdbc.sql("delete from idempotent_request where created_at < now() - make_interval(secs => ?)")
                .param(retention.toSeconds()).update();
    }

    record StoredRequest(String requestHash, Integer status, String contentType, String location, String etag,
                         byte[] body) {

        boolean finished() {
            return status != null;
        }

        Answer answer() {
            return new Answer(status, contentType, location, etag, body);
        }

        record Answer(int status, String contentType, String location, String etag, byte[] body) {
        }
    }
}
