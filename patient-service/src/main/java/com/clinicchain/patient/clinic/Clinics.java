package com.clinicchain.patient.clinic;

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

    /** Locks the kept copy until the transaction ends, so that two copies of one clinic's events queue up. */
    Optional<Clinic> lock(String chainId, String clinicId) {
        return jdbc.sql("select * from clinic where chain_id = ? and clinic_id = ? for update")
                .params(chainId, clinicId).query(Clinic.class).optional();
    }

    void save(Clinic clinic) {
        jdbc.sql("""
                insert into clinic (chain_id, clinic_id, active, revision) values (?, ?, ?, ?)
                on conflict (chain_id, clinic_id) do update
                set active = excluded.active, revision = excluded.revision, updated_at = now()""")
                .params(clinic.chainId(), clinic.clinicId(), clinic.active(), clinic.revision())
                .update();
    }
}
