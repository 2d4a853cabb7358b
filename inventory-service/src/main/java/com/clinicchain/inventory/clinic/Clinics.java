package com.clinicchain.inventory.clinic;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The clinic read model. Every statement names the chain: another chain's clinic is simply not found. */
@Repository
public class Clinics {

    private final JdbcClient jdbc;

    Clinics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Clinic> find(String chainId, String clinicId) {
        return jdbc.sql("select * from clinic where chain_id = ? and clinic_id = ?").params(chainId, clinicId)
                .query(Clinic.class).optional();
    }

    /**
     * Refuses (422 {@code /problems/not-registered}, naming each field) a write naming a clinic the registry does
     * not have as {@link ClinicNames} says it must; call it once the caller's right to act there is checked.
     */
    public void require(String chainId, ClinicNames.Named... named) {
        ClinicNames.require(List.of(named), clinicId -> find(chainId, clinicId));
    }

    /** Where the clinic's days begin and end; UTC for a clinic the registry has not announced yet. */
    private ZoneId zoneOf(String chainId, String clinicId) {
        return find(chainId, clinicId).map(Clinic::zone).orElse(ZoneOffset.UTC);
    }

    /** Today on the clinic's calendar; on UTC's for the whole chain (no clinic) or a clinic not announced yet. */
    public LocalDate today(String chainId, String clinicId, Clock clock) {
        return LocalDate.now(clock.withZone(clinicId == null ? ZoneOffset.UTC : zoneOf(chainId, clinicId)));
    }

    /** Locks the kept copy until the transaction ends, so that two copies of one clinic's events queue up. */
    Optional<Clinic> lock(String chainId, String clinicId) {
        return jdbc.sql("select * from clinic where chain_id = ? and clinic_id = ? for update")
                .params(chainId, clinicId).query(Clinic.class).optional();
    }

    void save(Clinic clinic) {
        jdbc.sql("""
                insert into clinic (chain_id, clinic_id, name, time_zone, active, revision)
                values (?, ?, ?, ?, ?, ?)
                on conflict (chain_id, clinic_id) do update
                set name = excluded.name, time_zone = excluded.time_zone, active = excluded.active,
                    revision = excluded.revision, updated_at = now()""")
                .params(clinic.chainId(), clinic.clinicId(), clinic.name(), clinic.timeZone(), clinic.active(),
                        clinic.revision())
                .update();
    }
}
