package com.clinicchain.inventory.threshold;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Thresholds {

    private final JdbcClient jdbc;
    private final Clock clock;

    Thresholds(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Locked so that two changes of one stock level decide the crossing one after the other. */
    Optional<Threshold> lock(String chainId, String clinicId, UUID productId) {
        return jdbc.sql("""
                select * from stock_threshold where chain_id = ? and clinic_id = ? and product_id = ? for update""")
                .params(chainId, clinicId, productId).query(Threshold.class).optional();
    }

    /** A new minimum starts on the "fine" side, so that stock already below it is announced at once. */
    void set(String chainId, String clinicId, UUID productId, int minUnits, String setBy) {
        jdbc.sql("""
                insert into stock_threshold (chain_id, clinic_id, product_id, min_units, below, set_by, set_at)
                values (?, ?, ?, ?, false, ?, ?)
                on conflict (chain_id, clinic_id, product_id)
                do update set min_units = excluded.min_units, set_by = excluded.set_by, set_at = excluded.set_at""")
                .params(chainId, clinicId, productId, minUnits, setBy, Timestamp.from(clock.instant())).update();
    }

    void markBelow(String chainId, String clinicId, UUID productId, boolean below) {
        jdbc.sql("update stock_threshold set below = ? where chain_id = ? and clinic_id = ? and product_id = ?")
                .params(below, chainId, clinicId, productId).update();
    }
}
