package com.clinicchain.treatment.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.treatment.vial.KnownVial;

/** The clinical rules a session must pass, in plain Java so that they are unit-tested on their own. */
public final class Eligibility {

    public static final String CONSENT_MISSING = "CONSENT_MISSING";
    public static final String VIAL_UNKNOWN = "VIAL_UNKNOWN";
    public static final String VIAL_ELSEWHERE = "VIAL_AT_ANOTHER_CLINIC";
    public static final String VIAL_WRONG_PRODUCT = "VIAL_OF_ANOTHER_PRODUCT";
    public static final String LOT_EXPIRED = "LOT_EXPIRED";
    public static final String VIAL_OVERDRAWN = "VIAL_OVERDRAWN";

    private Eligibility() {
    }

    static List<FailedRule> forBooking(boolean treatmentConsentValid) {
        return treatmentConsentValid ? List.of()
                : List.of(new FailedRule(CONSENT_MISSING, "no valid, unwithdrawn treatment consent"));
    }

    /**
     * @param vials what this service knows of each vial named in the injection log, empty when unknown
     * @param unitsPerVial units charted against each vial in this session
     */
    static List<FailedRule> forVials(InjectionSession session, Map<UUID, Optional<KnownVial>> vials,
                                     Map<UUID, Integer> unitsPerVial, LocalDate today) {
        List<FailedRule> failed = new ArrayList<>();
        vials.forEach((vialId, known) -> {
            if (known.isEmpty()) {
                failed.add(new FailedRule(VIAL_UNKNOWN, "vial " + vialId + " is not known"));
                return;
            }
            KnownVial vial = known.get();
            if (!vial.clinicId().equals(session.clinicId())) {
                failed.add(new FailedRule(VIAL_ELSEWHERE, "vial " + vialId + " is at " + vial.clinicId()));
            }
            if (!vial.productId().equals(session.productId())) {
                failed.add(new FailedRule(VIAL_WRONG_PRODUCT, "vial " + vialId + " holds another product"));
            }
            if (vial.isExpiredOn(today)) {
                failed.add(new FailedRule(LOT_EXPIRED, "lot " + vial.lotNumber() + " expired on " + vial.expiryDate()));
            }
            if (unitsPerVial.getOrDefault(vialId, 0) > vial.unitsPerVial()) {
                failed.add(new FailedRule(VIAL_OVERDRAWN, "vial " + vialId + " holds " + vial.unitsPerVial() + " U"));
            }
        });
        return failed;
    }

    static void require(List<FailedRule> failed) {
        if (!failed.isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "not-eligible", "Session not allowed",
                    failed.stream().map(FailedRule::message).reduce((a, b) -> a + "; " + b).orElseThrow(),
                    Map.of("reasons", failed));
        }
    }
}
