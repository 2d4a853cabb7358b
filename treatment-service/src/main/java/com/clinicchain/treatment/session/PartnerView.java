package com.clinicchain.treatment.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a partner system may learn of a session or a refusal: reason codes it can act on, never the screening facts
 * behind them (medications, pregnancy, conditions) nor a practitioner's free-text reasons. Staff see the full detail.
 */
final class PartnerView {

    /** Any refusal that rests on the patient's screening, whichever condition or medication it is. */
    static final String NOT_ELIGIBLE_CLINICAL = "NOT_ELIGIBLE_CLINICAL";
    /** Any warning that rests on the patient's screening: a practitioner looks at it before treating. */
    static final String CLINICAL_REVIEW = "CLINICAL_REVIEW";

    private static final Set<String> SCREENING_RULES = Set.of(Eligibility.CONTRAINDICATION, Eligibility.INTERACTION,
            Eligibility.BLEEDING_RISK);
    private static final Map<String, String> MESSAGES = Map.of(
            NOT_ELIGIBLE_CLINICAL, "the patient's screening does not allow this booking: the clinic will contact the patient",
            CLINICAL_REVIEW, "a practitioner will review the patient's screening before treatment",
            Eligibility.CONSENT_MISSING, "the patient has no valid treatment consent",
            Eligibility.RETREATMENT_INTERVAL, "too soon after the patient's last treatment",
            Eligibility.UNITS_PER_90_DAYS, "more units than allowed within 90 days",
            Eligibility.SCREENING_MISSING, "the patient is to be screened at the clinic before treatment",
            Eligibility.SCREENING_OUT_OF_DATE, "the patient is to be screened again at the clinic before treatment");
    private static final String OTHER = "the clinic will review this before treatment";

    private PartnerView() {
    }

    static List<FailedRule> reasons(List<FailedRule> failed) {
        List<FailedRule> codes = new ArrayList<>();
        failed.stream().map(rule -> SCREENING_RULES.contains(rule.rule()) ? NOT_ELIGIBLE_CLINICAL : rule.rule())
                .distinct().forEach(code -> codes.add(new FailedRule(code, MESSAGES.getOrDefault(code, OTHER))));
        return List.copyOf(codes);
    }

    static List<SessionWarning> warnings(List<SessionWarning> warnings) {
        List<SessionWarning> codes = new ArrayList<>();
        warnings.stream().map(w -> SCREENING_RULES.contains(w.rule()) ? CLINICAL_REVIEW : w.rule())
                .distinct().forEach(code -> codes.add(new SessionWarning(code, MESSAGES.getOrDefault(code, OTHER))));
        return List.copyOf(codes);
    }

    /** Overrides are left out: the rule overridden and the practitioner's reason are clinical facts themselves. */
    static SessionResponse of(SessionResponse s) {
        return new SessionResponse(s.id(), s.clinicId(), s.patientId(), s.practitioner(), s.productId(), s.startsAt(),
                s.durationMinutes(), s.expectedUnits(), s.status(), s.stockStatus(), s.cancelReason(),
                s.consentWithdrawn(), s.areas(), warnings(s.warnings()), List.of(), s.completedBy(), s.completedAt(),
                List.of());
    }
}
