package com.clinicchain.patient.consent;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Consents {

    /** A grant as the service sees it: the row as signed, with its withdrawal if there is one. */
    private static final String WITH_WITHDRAWAL = """
            select c.id, c.patient_id, c.chain_id, c.consent_type, c.template_version, c.method, c.signed_at,
                   c.witnessed_by, c.expires_at, w.withdrawn_at, w.withdrawn_by, w.reason as withdrawal_reason
            from consent c left join consent_withdrawal w on w.consent_id = c.id""";

    /** Signed by then, not expired and not withdrawn by then; binds the moment three times. */
    private static final String VALID_AT = """
            c.signed_at <= ? and (c.expires_at is null or c.expires_at > ?) \
            and (w.withdrawn_at is null or w.withdrawn_at > ?)""";

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
        return jdbc.sql(WITH_WITHDRAWAL + " where c.chain_id = ? and c.patient_id = ? and c.id = ?")
                .params(chainId, patientId, consentId).query(Consent.class).optional();
    }

    /**
     * The withdrawal is a row of its own beside the grant, which is never edited; the grant can have only one, so a
     * second (even a concurrent one) finds nothing to write.
     */
    boolean withdraw(UUID consentId, Instant at, String by, String reason) {
        return jdbc.sql("""
                insert into consent_withdrawal (consent_id, withdrawn_at, withdrawn_by, reason) values (?, ?, ?, ?)
                on conflict (consent_id) do nothing""")
                .params(consentId, Timestamp.from(at), by, reason).update() == 1;
    }

    /** A grant of this type valid at {@code at}, if any: the latest signed one. */
    public Optional<Consent> validAt(String chainId, UUID patientId, ConsentType type, Instant at) {
        Timestamp when = Timestamp.from(at);
        return jdbc.sql("""
                %s
                where c.chain_id = ? and c.patient_id = ? and c.consent_type = ? and %s
                order by c.signed_at desc, c.id limit 1""".formatted(WITH_WITHDRAWAL, VALID_AT))
                .params(chainId, patientId, type.name(), when, when, when).query(Consent.class).optional();
    }

    /** Those of {@code patientIds} with a grant of this type valid at {@code at}, in one query. */
    Set<UUID> withValid(String chainId, Collection<UUID> patientIds, ConsentType type, Instant at) {
        Timestamp when = Timestamp.from(at);
        return new HashSet<>(jdbc.sql("""
                select distinct c.patient_id from consent c left join consent_withdrawal w on w.consent_id = c.id
                where c.chain_id = ? and c.patient_id = any (?) and c.consent_type = ? and %s""".formatted(VALID_AT))
                .params(chainId, patientIds.toArray(UUID[]::new), type.name(), when, when, when)
                .query(UUID.class).list());
    }

    public List<Consent> history(String chainId, UUID patientId) {
        return jdbc.sql(WITH_WITHDRAWAL + " where c.chain_id = ? and c.patient_id = ? order by c.signed_at desc, c.id")
                .params(chainId, patientId).query(Consent.class).list();
    }
}
