package com.clinicchain.patient.consent;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Consents {

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

    Optional<Consent> find(String chainId, UUID patientId, UUID consentId) {
        return jdbc.sql("select * from consent where chain_id = ? and patient_id = ? and id = ?")
                .params(chainId, patientId, consentId).query(Consent.class).optional();
    }

    /** The withdrawal is written once beside the grant; a second one finds nothing to write. */
    boolean withdraw(UUID consentId, Instant at, String by, String reason) {
        return jdbc.sql("""
                update consent set withdrawn_at = ?, withdrawn_by = ?, withdrawal_reason = ?
                where id = ? and withdrawn_at is null""")
                .params(Timestamp.from(at), by, reason, consentId).update() == 1;
    }

    /** A grant of this type valid at {@code at}, if any: the latest signed one. */
    public Optional<Consent> validAt(String chainId, UUID patientId, ConsentType type, Instant at) {
        Timestamp when = Timestamp.from(at);
        return jdbc.sql("""
                select * from consent
                where chain_id = ? and patient_id = ? and consent_type = ? and signed_at <= ?
                  and (expires_at is null or expires_at > ?) and (withdrawn_at is null or withdrawn_at > ?)
                order by signed_at desc, id limit 1""")
                .params(chainId, patientId, type.name(), when, when, when).query(Consent.class).optional();
    }

    public List<Consent> history(String chainId, UUID patientId) {
        return jdbc.sql("select * from consent where chain_id = ? and patient_id = ? order by signed_at desc, id")
                .params(chainId, patientId).query(Consent.class).list();
    }
}
