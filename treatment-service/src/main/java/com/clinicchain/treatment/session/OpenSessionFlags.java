package com.clinicchain.treatment.session;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.clinicchain.treatment.screening.Screening;
import com.clinicchain.treatment.session.Eligibility.PatientFacts;
import com.clinicchain.treatment.session.Eligibility.Verdict;

/**
 * How open sessions follow news about their patient. Completion re-checks every rule anyway; these flags let the
 * clinic see the problem before the patient is in the chair. Runs inside the inbox transaction of the event.
 */
@Component
public class OpenSessionFlags {

    /** The warnings a screening decides; the others (dosing, charting) stay. */
    private static final List<String> SCREENING_RULES = List.of(Eligibility.BLEEDING_RISK,
            Eligibility.CONTRAINDICATION, Eligibility.INTERACTION, Eligibility.SCREENING_MISSING,
            Eligibility.SCREENING_OUT_OF_DATE);

    private final Sessions sessions;
    private final ScreeningSettings screeningSettings;

    OpenSessionFlags(Sessions sessions, ScreeningSettings screeningSettings) {
        this.sessions = sessions;
        this.screeningSettings = screeningSettings;
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
        sessions.setConsentWithdrawn(chainId, patientId, withdrawn);
    }

    /** Re-evaluates the screening rules for the patient's open sessions and replaces their screening warnings. */
    public void screeningChanged(String chainId, UUID patientId, Screening screening, Instant now) {
        // No history is given, so no date is told and the zone does not matter.
        Verdict verdict = Eligibility.check(new PatientFacts(true, screening, List.of()), now.atZone(ZoneOffset.UTC),
                UUID.randomUUID(), 0, List.of(), false);
        List<SessionWarning> warnings = new ArrayList<>(verdict.warnings());
        verdict.failed().forEach(rule -> warnings.add(new SessionWarning(rule.rule(), rule.message()
                + (rule.rule().equals(Eligibility.CONTRAINDICATION) ? ": the session cannot be completed" : ""))));
        for (InjectionSession session : sessions.openOfPatient(chainId, patientId)) {
            sessions.removeWarnings(session.id(), SCREENING_RULES);
            List<SessionWarning> forSession = new ArrayList<>(warnings);
            // still out of date on the day of a session far ahead; a day's zone does not matter against months
            Eligibility.screeningCurrency(screening, session.startsAt().atZone(ZoneOffset.UTC),
                    screeningSettings.maxAge())
                    .ifPresent(rule -> forSession.add(new SessionWarning(rule.rule(), rule.message())));
            sessions.addWarnings(session.id(), forSession);
        }
    }
}
