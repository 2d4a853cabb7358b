package com.clinicchain.inventory.coldchain;

import java.time.Clock;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicchain.inventory.vialstate.VialUsability;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.kit.web.Pages;

/** Fridges, the lots in them and their readings. Every statement names the chain. */
@Repository
class Fridges {

    private final JdbcClient jdbc;
    private final Clock clock;

    Fridges(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void insert(Fridge fridge) {
        jdbc.sql("insert into fridge (id, chain_id, clinic_id, name, created_by, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(fridge.id(), fridge.chainId(), fridge.clinicId(), fridge.name(), fridge.createdBy(),
                        Timestamp.from(fridge.createdAt()))
                .update();
    }

    Optional<Fridge> find(String chainId, UUID id) {
        return jdbc.sql("select * from fridge where chain_id = ? and id = ?").params(chainId, id).query(Fridge.class)
                .optional();
    }

    /** Readings of one fridge queue up here, so each sees the excursion state the one before left. */
    Optional<Fridge> lock(String chainId, UUID id) {
        return jdbc.sql("select * from fridge where chain_id = ? and id = ? for update").params(chainId, id)
                .query(Fridge.class).optional();
    }

    List<Fridge> atClinic(String chainId, String clinicId) {
        return jdbc.sql("select * from fridge where chain_id = ? and clinic_id = ? order by name, id")
                .params(chainId, clinicId).query(Fridge.class).list();
    }

    /**
     * Puts the lot's vials that are on the shelf at the fridge's clinic into the fridge (moving them from another
     * fridge there); vials of the lot at other clinics stay where they are.
     *
     * @return how many vials were placed
     */
    int place(UUID lotId, Fridge fridge) {
        return jdbc.sql("""
                update vial set fridge_id = ?
                where lot_id = ? and chain_id = ? and clinic_id = ? and status in %s""".formatted(VialUsability.Sql.ON_THE_SHELF))
                .params(fridge.id(), lotId, fridge.chainId(), fridge.clinicId()).update();
    }

    record QuarantinedVial(UUID id, UUID lotId) {
    }

    /**
     * Puts aside the vials on the shelf in the fridge that are not already: only these were warm. Vials of the same
     * lots in other fridges or clinics are not touched.
     */
    List<QuarantinedVial> quarantineVialsIn(UUID fridgeId, String reason, String by) {
        return jdbc.sql("""
                with put_aside as (
                    update vial set quarantined_at = ?, quarantined_by = ?, quarantine_reason = ?
                    where fridge_id = ? and status in %s and quarantined_at is null
                    returning id, lot_id)
                select id, lot_id from put_aside order by lot_id, id""".formatted(VialUsability.Sql.ON_THE_SHELF))
                .params(Timestamp.from(clock.instant()), by, reason, fridgeId).query(QuarantinedVial.class).list();
    }

    /** The lots with vials on the shelf in the fridge. */
    List<UUID> lotsIn(UUID fridgeId) {
        return jdbc.sql("""
                select distinct lot_id from vial
                where fridge_id = ? and status in %s order by lot_id""".formatted(VialUsability.Sql.ON_THE_SHELF))
                .param(fridgeId).query(UUID.class).list();
    }

    void addReading(UUID fridgeId, String chainId, BigDecimal celsius, Instant at, String by) {
        jdbc.sql("""
                insert into temperature_reading (id, fridge_id, chain_id, celsius, measured_at, recorded_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), fridgeId, chainId, celsius, Timestamp.from(at), by).update();
    }

    /** A reading newer than all before it: the excursion state moves, and any silence is over. */
    void moveState(UUID fridgeId, Instant excursionStartedAt, Instant lastReadingAt) {
        jdbc.sql("update fridge set excursion_started_at = ?, last_reading_at = ?, silent_since = null where id = ?")
                .params(excursionStartedAt == null ? null : Timestamp.from(excursionStartedAt),
                        Timestamp.from(lastReadingAt), fridgeId)
                .update();
    }

    /**
     * The fridges, of every chain, that the silence check has to look at: quiet since before {@code quietBefore} and
     * not yet announced, or in an excursion begun before {@code warmBefore}. Locked, so that a reading arriving now
     * waits (and instances running the check at once take different fridges).
     */
    List<Fridge> lockWatched(Instant quietBefore, Instant warmBefore) {
        return jdbc.sql("""
                select * from fridge
                where (silent_since is null and coalesce(last_reading_at, created_at) < ?)
                   or excursion_started_at < ?
                order by id for update skip locked""")
                .params(Timestamp.from(quietBefore), Timestamp.from(warmBefore)).query(Fridge.class).list();
    }

    void markSilent(UUID fridgeId, Instant silentSince) {
        jdbc.sql("update fridge set silent_since = ? where id = ?").params(Timestamp.from(silentSince), fridgeId)
                .update();
    }

    /** Newest first. */
    PageResponse<TemperatureReading> readings(String chainId, UUID fridgeId, PageRequest page) {
        return Pages.of(jdbc, page, """
                select id, fridge_id, celsius, measured_at, recorded_by, recorded_at,
                       celsius between 2 and 8 as in_range
                from temperature_reading where chain_id = ? and fridge_id = ?
                order by measured_at desc, id""",
                "select count(*) from temperature_reading where chain_id = ? and fridge_id = ?",
                List.of(chainId, fridgeId), TemperatureReading.class);
    }

    /** The window's readings, newest first, at most {@code window.size()} of them; the total counts the whole window. */
    PageResponse<TemperatureReading> readings(String chainId, UUID fridgeId, ReadingWindow window) {
        Timestamp from = Timestamp.from(window.from());
        Timestamp to = Timestamp.from(window.to());
        List<TemperatureReading> items = jdbc.sql("""
                select id, fridge_id, celsius, measured_at, recorded_by, recorded_at,
                       celsius between 2 and 8 as in_range
                from temperature_reading
                where chain_id = ? and fridge_id = ? and measured_at >= ? and measured_at < ?
                order by measured_at desc, id limit ?""")
                .params(chainId, fridgeId, from, to, window.size()).query(TemperatureReading.class).list();
        long total = jdbc.sql("""
                select count(*) from temperature_reading
                where chain_id = ? and fridge_id = ? and measured_at >= ? and measured_at < ?""")
                .params(chainId, fridgeId, from, to).query(Long.class).single();
        return new PageResponse<>(items, 0, window.size(), total);
    }
}
