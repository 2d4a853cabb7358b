package com.clinicchain.inventory.coldchain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;

/** Fridges, the lots in them and their readings. Every statement names the chain. */
@Repository
class Fridges {

    private final JdbcClient jdbc;

    Fridges(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    void place(UUID lotId, UUID fridgeId) {
        jdbc.sql("update lot set fridge_id = ? where id = ?").params(fridgeId, lotId).update();
    }

    List<UUID> lotsIn(UUID fridgeId) {
        return jdbc.sql("select id from lot where fridge_id = ? order by id").param(fridgeId).query(UUID.class).list();
    }

    void addReading(UUID fridgeId, String chainId, BigDecimal celsius, Instant at, String by) {
        jdbc.sql("""
                insert into temperature_reading (id, fridge_id, chain_id, celsius, measured_at, recorded_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), fridgeId, chainId, celsius, Timestamp.from(at), by).update();
    }

    void moveState(UUID fridgeId, Instant excursionStartedAt, Instant lastReadingAt) {
        jdbc.sql("update fridge set excursion_started_at = ?, last_reading_at = ? where id = ?")
                .params(excursionStartedAt == null ? null : Timestamp.from(excursionStartedAt),
                        Timestamp.from(lastReadingAt), fridgeId)
                .update();
    }

    /** Newest first. */
    PageResponse<TemperatureReading> readings(String chainId, UUID fridgeId, PageRequest page) {
        List<TemperatureReading> items = jdbc.sql("""
                select id, fridge_id, celsius, measured_at, recorded_by, recorded_at,
                       celsius between 2 and 8 as in_range
                from temperature_reading where chain_id = ? and fridge_id = ?
                order by measured_at desc, id limit ? offset ?""")
                .params(chainId, fridgeId, page.size(), page.offset()).query(TemperatureReading.class).list();
        long total = jdbc.sql("select count(*) from temperature_reading where chain_id = ? and fridge_id = ?")
                .params(chainId, fridgeId).query(Long.class).single();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }
}
