package com.clinicchain.kit.idempotency;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The answers kept for {@code Idempotency-Key} retries hold what the request created, personal data included:
 * a service erasing a resource forgets them too, in its own transaction.
 */
public class IdempotentAnswers {

    private final JdbcClient jdbc;

    IdempotentAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Forgets every kept answer of a request to, or creating, {@code path} or anything below it. */
    public int forgetAbout(String path) {
        String below = path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%";
        return jdbc.sql("""
                delete from idempotent_request
                 where request_path = :path or request_path like :below
                    or location = :path or location like :below""")
                .param("path", path).param("below", below).update();
    }
}
