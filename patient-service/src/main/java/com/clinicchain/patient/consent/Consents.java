package com.clinicchain.patient.consent;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Consents {

    private final JdbcClient jdbc;

    Consents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Consent consent) {
        jdbc.sql("""
                insert into consent (id, patient_id, chain_id, consent_type, template_version, method, signed_at,
                                     witnessed_by, expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(consent.id(), consent.patientId(), consent.chainId(), consent.consentType().name(),
                        consent.templateVersion(), consent.method().name(), Timestamp.from(consent.signedAt()),
                        consent.witnessedBy(), consent.expiresAt() == null ? null : Timestamp.from(consent.expiresAt()))
                .update();
    }

    List<Consent> history(String chainId, UUID patientId) {
        return jdbc.sql("select * from consent where chain_id = ? and patient_id = ? order by signed_at desc, id")
                .params(chainId, patientId).query(Consent.class).list();
    }
}
