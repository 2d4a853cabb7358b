package com.clinicchain.inventory.usage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes the usage ledger: one row per completed session and one per discrepancy, in the caller's transaction. */
@Repository
public class SessionUsages {

    private final JdbcClient jdbc;

    SessionUsages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param practitioner who gave the injections; null when the event does not say */
    public void record(String chainId, UUID sessionId, String clinicId, UUID productId, String practitioner,
                       Instant completedAt, SessionTally tally) {
        Timestamp at = Timestamp.from(completedAt);
        int fresh = jdbc.sql("""
                insert into session_usage (session_id, chain_id, clinic_id, product_id, practitioner, completed_at,
                                           units_charted, units_consumed, vials_depleted)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (session_id) do nothing""")
                .params(sessionId, chainId, clinicId, productId, practitioner(practitioner), at, tally.unitsCharted(),
                        tally.unitsConsumed(), tally.vialsDepleted())
                .update();
        if (fresh == 0) {
            return;
        }
        for (SessionTally.Discrepancy line : tally.discrepancies()) {
            jdbc.sql("""
                    insert into usage_discrepancy (id, session_id, chain_id, clinic_id, product_id, vial_id, lot_number,
                                                   units_charted, kind, detail, completed_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), sessionId, chainId, clinicId, productId, line.vialId(),
                            truncate(line.lotNumber(), 40), line.unitsCharted(), line.kind().name(),
                            truncate(line.detail(), 300), at)
                    .update();
        }
    }

    /** Blank is not a name; an over-long one is cut rather than refused, as the session did happen. */
    private static String practitioner(String name) {
        return name == null || name.isBlank() ? null : truncate(name.strip(), 255);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
