package com.clinicchain.treatment.session;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.clinicchain.treatment.refusal.InvalidField;
import com.clinicchain.treatment.screening.Screening;
import com.clinicchain.treatment.vial.KnownVial;

/** The clinical rules a session must pass, in plain Java so that they are unit-tested on their own. */
public final class Eligibility {

    public static final String CONSENT_MISSING = "CONSENT_MISSING";
    public static final String CONTRAINDICATION = "CONTRAINDICATION";
    public static final String INTERACTION = "INTERACTION";
    public static final String BLEEDING_RISK = "BLEEDING_RISK";
    public static final String RETREATMENT_INTERVAL = "RETREATMENT_INTERVAL";
    public static final String UNITS_PER_90_DAYS = "UNITS_PER_90_DAYS";
    public static final String VIAL_UNKNOWN = "VIAL_UNKNOWN";
    public static final String VIAL_ELSEWHERE = "VIAL_AT_ANOTHER_CLINIC";
    public static final String VIAL_IN_TRANSIT = "VIAL_IN_TRANSIT";
    public static final String VIAL_WRONG_PRODUCT = "VIAL_OF_ANOTHER_PRODUCT";
    public static final String LOT_EXPIRED = "LOT_EXPIRED";
    public static final String LOT_RECALLED = "LOT_RECALLED";
    public static final String LOT_QUARANTINED = "LOT_QUARANTINED";
    public static final String VIAL_QUARANTINED = "VIAL_QUARANTINED";
    public static final String VIAL_DISCARDED = "VIAL_DISCARDED";
    public static final String VIAL_BEYOND_24H = "VIAL_RECONSTITUTED_OVER_24H";
    public static final String VIAL_NOT_RECONSTITUTED = "VIAL_NOT_RECONSTITUTED";
    public static final String VIAL_OVERDRAWN = "VIAL_OVERDRAWN";
    public static final String SCREENING_MISSING = "SCREENING_MISSING";
    public static final String SCREENING_OUT_OF_DATE = "SCREENING_OUT_OF_DATE";

    /** Rules a practitioner may take responsibility for; contraindications and consent are never overridable. */
    public static final Set<String> OVERRIDABLE = Set.of(INTERACTION, RETREATMENT_INTERVAL, UNITS_PER_90_DAYS);
    static final Duration WINDOW = Duration.ofDays(90);
    static final int MAX_UNITS_PER_WINDOW = 400;
    static final Duration RECONSTITUTED_USE = Duration.ofHours(24);

    /** A completed session of the patient, anywhere in the chain. */
    public record PastSession(Instant completedAt, UUID productId, int units) {
    }

    public record PatientFacts(boolean consentValid, Screening screening, List<PastSession> history) {
    }

    /**
     * @param honoured the overrides given now that actually let a failing rule pass, to be recorded on the session
     * @param basis    for each rule honoured, the facts it failed on (see {@link StandingOverride})
     */
    public record Verdict(List<FailedRule> failed, List<SessionWarning> warnings, List<RuleOverride> honoured,
                          Map<String, String> basis) {
    }

    /**
     * An override already recorded on the session, with the facts its rule failed on then: the screening for an
     * interaction, the last session for the interval, the units in the 90 days for the maximum. It keeps holding while
     * those facts are the same (for units: no more than then), so that the practitioner does not type it twice.
     */
    public record StandingOverride(String rule, String basis) {
    }

    private record Overridable(FailedRule rule, String basis) {
    }

    private Eligibility() {
    }

    /**
     * Every patient rule at once, for a session of {@code units} of {@code productId} at {@code at}.
     *
     * @param at when the session takes place, in the clinic's zone, in which dates are told to the clinician
     * @param byPractitioner overrides count only when a practitioner gives them
     */
    static Verdict check(PatientFacts facts, ZonedDateTime at, UUID productId, int units, List<RuleOverride> overrides,
                         boolean byPractitioner) {
        return check(facts, at, productId, units, overrides, List.of(), byPractitioner);
    }

    /** @param standing the overrides already on the session (given at booking), which hold for the same facts */
    static Verdict check(PatientFacts facts, ZonedDateTime at, UUID productId, int units, List<RuleOverride> overrides,
                         List<StandingOverride> standing, boolean byPractitioner) {
        List<FailedRule> failed = new ArrayList<>();
        List<SessionWarning> warnings = new ArrayList<>();
        List<RuleOverride> honoured = new ArrayList<>();
        Map<String, String> basis = new HashMap<>();
        if (!facts.consentValid()) {
            failed.add(new FailedRule(CONSENT_MISSING, "no valid, unwithdrawn treatment consent"));
        }
        Screening screening = facts.screening() == null ? Screening.NONE : facts.screening();
        screening.contraindications().forEach(code ->
                failed.add(new FailedRule(CONTRAINDICATION, "contraindication " + code)));
        screening.bleedingRisks().forEach(code -> warnings.add(new SessionWarning(BLEEDING_RISK,
                code + " raises bruising risk: ask the patient to stop it before treatment if their doctor agrees")));

        List<Overridable> overridable = new ArrayList<>();
        String screeningBasis = screening.id() == null ? null : screening.id().toString();
        screening.interactions().forEach(code -> overridable.add(new Overridable(
                new FailedRule(INTERACTION, "interaction with " + code), screeningBasis)));
        Instant windowStart = at.toInstant().minus(WINDOW);
        facts.history().stream().filter(past -> past.completedAt().isAfter(windowStart))
                .map(PastSession::completedAt).max(Instant::compareTo)
                .ifPresent(last -> overridable.add(new Overridable(new FailedRule(RETREATMENT_INTERVAL, "last session on "
                        + LocalDate.ofInstant(last, at.getZone()) + ", less than 90 days before"), last.toString())));
        // Units of different brands are never added together.
        int inWindow = facts.history().stream()
                .filter(past -> past.productId().equals(productId) && past.completedAt().isAfter(windowStart))
                .mapToInt(PastSession::units).sum();
        if (inWindow + units > MAX_UNITS_PER_WINDOW) {
            overridable.add(new Overridable(new FailedRule(UNITS_PER_90_DAYS, inWindow + " U in the last 90 days plus "
                    + units + " U exceeds " + MAX_UNITS_PER_WINDOW + " U"), String.valueOf(inWindow + units)));
        }
        for (Overridable o : overridable) {
            FailedRule rule = o.rule();
            Optional<RuleOverride> given = overrides.stream().filter(g -> g.rule().equals(rule.rule())).findFirst();
            List<StandingOverride> earlier = standing.stream().filter(s -> s.rule().equals(rule.rule())).toList();
            if (given.isPresent() && byPractitioner) {
                if (!honoured.contains(given.get())) {
                    honoured.add(given.get());
                }
                if (o.basis() != null) {
                    basis.put(rule.rule(), o.basis());
                }
            } else if (earlier.stream().noneMatch(s -> holds(rule.rule(), s.basis(), o.basis()))) {
                failed.add(new FailedRule(rule.rule(), rule.message() + (given.isPresent()
                        ? " (only a practitioner may override)" : earlier.isEmpty()
                        ? " (a practitioner may override with a reason)"
                        : " (the override given earlier was for other facts: a practitioner may override again)")));
            }
        }
        return new Verdict(List.copyOf(failed), List.copyOf(warnings), List.copyOf(honoured), Map.copyOf(basis));
    }

    /** Whether an override given when the rule failed on {@code givenFor} still covers it failing on {@code now}. */
    static boolean holds(String rule, String givenFor, String now) {
        if (givenFor == null || now == null) {
            return false;
        }
        return rule.equals(UNITS_PER_90_DAYS) ? Integer.parseInt(now) <= Integer.parseInt(givenFor) : givenFor.equals(now);
    }

    /**
     * Whether the patient was screened, and recently enough, for a session at {@code at}: a warning at booking (there
     * is time to screen before the day), a refusal at completion. Ages are counted in the clinic's calendar, so that
     * "12 months" is a year to the day.
     */
    static Optional<FailedRule> screeningCurrency(Screening screening, ZonedDateTime at, Period maxAge) {
        if (screening == null || screening.isNone()) {
            return Optional.of(new FailedRule(SCREENING_MISSING, "the patient has no medical screening: screen before"
                    + " treating"));
        }
        ZonedDateTime screenedAt = screening.recordedAt().atZone(at.getZone());
        if (screenedAt.plus(maxAge).isBefore(at)) {
            return Optional.of(new FailedRule(SCREENING_OUT_OF_DATE, "the patient's screening of "
                    + screenedAt.toLocalDate() + " is older than " + maxAge + ": screen again before treating"));
        }
        return Optional.empty();
    }

    /** Bad input, not a refusal: an override of a rule that cannot be overridden is a field to name. */
    static List<InvalidField> invalidOverrides(List<RuleOverride> overrides) {
        List<InvalidField> invalid = new ArrayList<>();
        for (int i = 0; i < overrides.size(); i++) {
            if (!OVERRIDABLE.contains(overrides.get(i).rule())) {
                invalid.add(new InvalidField("overrides[" + i + "].rule", "must be one of " + OVERRIDABLE));
            }
        }
        return List.copyOf(invalid);
    }

    /**
     * @param vials what this service knows of each vial named in the injection log, empty when unknown
     * @param unitsPerVial units charted against each vial in this session
     * @param today the day at the session's clinic: a lot expiring today is not used today
     */
    static List<FailedRule> forVials(InjectionSession session, Map<UUID, Optional<KnownVial>> vials,
                                     Map<UUID, Integer> unitsPerVial, Instant now, LocalDate today) {
        List<FailedRule> failed = new ArrayList<>();
        vials.forEach((vialId, known) -> {
            if (known.isEmpty()) {
                failed.add(new FailedRule(VIAL_UNKNOWN, "vial " + vialId + " is not known"));
                return;
            }
            KnownVial vial = known.get();
            if (vial.isInTransit()) {
                failed.add(new FailedRule(VIAL_IN_TRANSIT, "vial " + vialId
                        + " is in transit between clinics: it may be used once received"));
            } else if (!vial.clinicId().equals(session.clinicId())) {
                failed.add(new FailedRule(VIAL_ELSEWHERE, "vial " + vialId + " is at " + vial.clinicId()));
            }
            if (!vial.productId().equals(session.productId())) {
                failed.add(new FailedRule(VIAL_WRONG_PRODUCT, "vial " + vialId + " holds another product"));
            }
            if (vial.isExpiredOn(today)) {
                failed.add(new FailedRule(LOT_EXPIRED, "lot " + vial.lotNumber() + " expired on " + vial.expiryDate()));
            }
            if (vial.recalled()) {
                failed.add(new FailedRule(LOT_RECALLED, "lot " + vial.lotNumber() + " is recalled"));
            }
            if (vial.quarantined()) {
                failed.add(new FailedRule(LOT_QUARANTINED, "lot " + vial.lotNumber() + " is quarantined"));
            }
            if (vial.vialQuarantined()) {
                failed.add(new FailedRule(VIAL_QUARANTINED, "vial " + vialId
                        + " is quarantined (its fridge ran warm) until a manager releases it"));
            }
            if (vial.discardedAt() != null) {
                failed.add(new FailedRule(VIAL_DISCARDED, "vial " + vialId + " was discarded"));
            }
            // Refused rather than reconstituted here: the dilution is recorded where it is done, in inventory, and the
            // 24 h clock starts then.
            if (vial.reconstitutedAt() == null) {
                failed.add(new FailedRule(VIAL_NOT_RECONSTITUTED, "vial " + vialId
                        + " is still sealed: reconstitute it before injecting"));
            } else if (now.isAfter(vial.reconstitutedAt().plus(RECONSTITUTED_USE))) {
                failed.add(new FailedRule(VIAL_BEYOND_24H, "vial " + vialId + " was reconstituted more than 24 h ago"));
            }
            int charted = unitsPerVial.getOrDefault(vialId, 0);
            if (charted > vial.unitsLeft()) {
                failed.add(new FailedRule(VIAL_OVERDRAWN, "vial " + vialId + " has " + vial.unitsLeft() + " U left of "
                        + vial.unitsPerVial() + " U, not the " + charted + " U charted"));
            }
        });
        return failed;
    }
}
