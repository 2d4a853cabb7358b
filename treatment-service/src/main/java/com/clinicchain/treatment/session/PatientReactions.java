package com.clinicchain.treatment.session;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.clinicchain.treatment.screening.Screening;
import com.clinicchain.treatment.session.Eligibility.PatientFacts;
import com.clinicchain.treatment.session.Eligibility.Verdict;

/**
 * How open sessions follow news about their patient. Completion re-checks every rule anyway; these flags let the
 * clinic see the problem before the patient is in the chair. Runs inside the inbox transaction of the event.
 */
@Component
public class PatientReactions {

    private final JdbcClient jdbc;

    PatientReactions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Flags the patient's open sessions: they cannot be completed until a treatment consent is given again. */
    public void treatmentConsentWithdrawn(String chainId, UUID patientId) {
        setConsentWithdrawn(chainId, patientId, true);
    }

    /** Clears the flag; whether the new consent is valid at completion is checked again then. */
    public void treatmentConsentGranted(String chainId, UUID patientId) {
        setConsentWithdrawn(chainId, patientId, false);
    }

    private void setConsentWithdrawn(String chainId, UUID patientId, boolean withdrawn) {
        jdbc.sql("""
                update injection_session set consent_withdrawn = ?
                where chain_id = ? and patient_id = ? and status in ('BOOKED', 'CHECKED_IN', 'IN_PROGRESS')""")
                .params(withdrawn, chainId, patientId).update();
    }

    /** Re-evaluates the screening rules for the patient's open sessions and replaces their screening warnings. */
    public void screeningChanged(String chainId, UUID patientId, Screening screening, Instant now) {
        // No history is given, so no date is told and the zone does not matter.
        Verdict verdict = Eligibility.check(new PatientFacts(true, screening, List.of()), now.atZone(ZoneOffset.UTC),
                UUID.randomUUID(), 0, List.of(), false);
        List<SessionWarning> warnings = new ArrayList<>(verdict.warnings());
        verdict.failed().forEach(rule -> warnings.add(new SessionWarning(rule.rule(), rule.message()
                + (rule.rule().equals(Eligibility.CONTRAINDICATION) ? ": the session cannot be completed" : ""))));
        List<UUID> open = jdbc.sql("""
                select id from injection_session
                where chain_id = ? and patient_id = ? and status in ('BOOKED', 'CHECKED_IN', 'IN_PROGRESS')""")
                .params(chainId, patientId).query(UUID.class).list();
        for (UUID sessionId : open) {
            jdbc.sql("delete from session_warning where session_id = ? and rule in (?, ?, ?)")
                    .params(sessionId, Eligibility.BLEEDING_RISK, Eligibility.CONTRAINDICATION, Eligibility.INTERACTION)
                    .update();
            warnings.forEach(w -> jdbc.sql("insert into session_warning (session_id, rule, message) values (?, ?, ?)")
                    .params(sessionId, w.rule(), w.message()).update());
        }
    }
}
