package com.clinicchain.treatment.consent;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicchain.contracts.patient.ConsentGranted;
import com.clinicchain.contracts.patient.ConsentWithdrawn;

/** This service's copy of patients' consents, kept from the patient service's events. */
@Repository
public class PatientConsents {

    public static final String TREATMENT = "TREATMENT_BOTULINUM_TOXIN";
    /** While valid, partner systems may act for the patient (book, cancel); never see screening facts. */
    public static final String PARTNER_DATA_SHARING = "PARTNER_DATA_SHARING";

    private final JdbcClient jdbc;

    PatientConsents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void granted(String chainId, ConsentGranted consent) {
        jdbc.sql("""
                insert into patient_consent (consent_id, chain_id, patient_id, consent_type, signed_at, expires_at)
                values (?, ?, ?, ?, ?, ?) on conflict (consent_id) do nothing""")
                .params(consent.consentId(), chainId, consent.patientId(), consent.consentType(),
                        Timestamp.from(consent.signedAt()), timestamp(consent.expiresAt()))
                .update();
    }

    public void withdrawn(String chainId, ConsentWithdrawn withdrawal) {
        jdbc.sql("update patient_consent set withdrawn_at = ? where consent_id = ? and chain_id = ?")
                .params(Timestamp.from(withdrawal.withdrawnAt()), withdrawal.consentId(), chainId).update();
    }

    public void erased(String chainId, UUID patientId) {
        jdbc.sql("delete from patient_consent where chain_id = ? and patient_id = ?").params(chainId, patientId).update();
    }

    public boolean isValid(String chainId, UUID patientId, String consentType, Instant at) {
        return jdbc.sql("""
                select exists (select 1 from patient_consent
                               where chain_id = ? and patient_id = ? and consent_type = ? and signed_at <= ?
                                 and (expires_at is null or expires_at > ?) and (withdrawn_at is null or withdrawn_at > ?))""")
                .params(chainId, patientId, consentType, Timestamp.from(at), Timestamp.from(at), Timestamp.from(at))
                .query(Boolean.class).single();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
