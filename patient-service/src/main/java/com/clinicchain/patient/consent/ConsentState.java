package com.clinicchain.patient.consent;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One type of consent at one moment, with the grant that makes it so: the valid grant, or else the latest grant
 * that has ended (withdrawn or expired); none when the patient never gave it. Plain Java, unit-tested.
 */
public record ConsentState(ConsentType type, ConsentStatus status, Consent grant) {

    // Latest signed wins; the id only keeps the choice stable between two grants signed at the same instant.
    private static final Comparator<Consent> LATEST = Comparator.comparing(Consent::signedAt)
            .thenComparing(Consent::id);

    /** Every type, in the order of {@link ConsentType}, so that a screen can show all four even when none was given. */
    public static List<ConsentState> of(List<Consent> history, Instant at) {
        return Arrays.stream(ConsentType.values()).map(type -> of(type, history, at)).toList();
    }

    static ConsentState of(ConsentType type, List<Consent> history, Instant at) {
        List<Consent> signed = history.stream()
                .filter(c -> c.consentType() == type && !c.signedAt().isAfter(at)).toList();
        Optional<Consent> valid = signed.stream().filter(c -> c.isValidAt(at)).max(LATEST);
        if (valid.isPresent()) {
            return new ConsentState(type, ConsentStatus.VALID, valid.get());
        }
        return signed.stream().max(LATEST)
                .map(latest -> new ConsentState(type, endedBy(latest, at), latest))
                .orElse(new ConsentState(type, ConsentStatus.NEVER_GIVEN, null));
    }

    /** A grant both withdrawn and expired ended by whichever came first. */
    private static ConsentStatus endedBy(Consent grant, Instant at) {
        boolean withdrawn = grant.withdrawnAt() != null && !grant.withdrawnAt().isAfter(at);
        boolean expiredFirst = grant.expiresAt() != null && !grant.expiresAt().isAfter(at)
                && (!withdrawn || grant.expiresAt().isBefore(grant.withdrawnAt()));
        return expiredFirst ? ConsentStatus.EXPIRED : ConsentStatus.WITHDRAWN;
    }
}
