package com.clinicchain.treatment.session;

import static com.clinicchain.treatment.session.Eligibility.BLEEDING_RISK;
import static com.clinicchain.treatment.session.Eligibility.CONSENT_MISSING;
import static com.clinicchain.treatment.session.Eligibility.CONTRAINDICATION;
import static com.clinicchain.treatment.session.Eligibility.INTERACTION;
import static com.clinicchain.treatment.session.Eligibility.RETREATMENT_INTERVAL;
import static com.clinicchain.treatment.session.Eligibility.UNITS_PER_90_DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.treatment.refusal.InvalidField;
import com.clinicchain.treatment.screening.Screening;
import com.clinicchain.treatment.session.Eligibility.PastSession;
import com.clinicchain.treatment.session.Eligibility.PatientFacts;
import com.clinicchain.treatment.session.Eligibility.Verdict;

class EligibilityTest {

    static final UUID BOTOX = UUID.randomUUID();
    static final UUID DYSPORT = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final PatientFacts CLEAR = new PatientFacts(true, Screening.NONE, List.of());

    @Test
    void aConsentedScreenedFirstTimePatientPasses() {
        Verdict verdict = check(CLEAR, 40, List.of(), false);
        assertThat(verdict.failed()).isEmpty();
        assertThat(verdict.warnings()).isEmpty();
    }

    @Test
    void bookingNeedsATreatmentConsent() {
        assertThat(rules(check(new PatientFacts(false, Screening.NONE, List.of()), 20, List.of(), false)))
                .containsExactly(CONSENT_MISSING);
    }

    @Test
    void everyContraindicationBlocksAndCannotBeOverridden() {
        PatientFacts facts = screened(new Screening(List.of("MYASTHENIA_GRAVIS", "PREGNANCY"), List.of(), List.of()));
        Verdict verdict = check(facts, 20, List.of(new RuleOverride(CONTRAINDICATION, "insists")), true);
        assertThat(rules(verdict)).containsExactly(CONTRAINDICATION, CONTRAINDICATION);
        assertThat(verdict.failed().get(1).message()).contains("PREGNANCY");
        assertThat(Eligibility.invalidOverrides(List.of(new RuleOverride(CONTRAINDICATION, "x"))))
                .extracting(InvalidField::field).containsExactly("overrides[0].rule");
    }

    @Test
    void anInteractionNeedsAPractitionersOverride() {
        PatientFacts facts = screened(new Screening(List.of(), List.of("AMINOGLYCOSIDES"), List.of()));
        assertThat(rules(check(facts, 20, List.of(), true))).containsExactly(INTERACTION);
        RuleOverride override = new RuleOverride(INTERACTION, "course ended last week, checked with GP");
        Verdict byReceptionist = check(facts, 20, List.of(override), false);
        assertThat(rules(byReceptionist)).containsExactly(INTERACTION);
        assertThat(byReceptionist.failed().get(0).message()).contains("only a practitioner may override");
        Verdict byPractitioner = check(facts, 20, List.of(override), true);
        assertThat(byPractitioner.failed()).isEmpty();
        assertThat(byPractitioner.honoured()).containsExactly(override);
    }

    @Test
    void bleedingRisksWarnWithoutBlocking() {
        Verdict verdict = check(screened(new Screening(List.of(), List.of(), List.of("ASPIRIN", "FISH_OIL"))), 20,
                List.of(), false);
        assertThat(verdict.failed()).isEmpty();
        assertThat(verdict.warnings()).extracting(SessionWarning::rule).containsExactly(BLEEDING_RISK, BLEEDING_RISK);
        assertThat(verdict.warnings().get(0).message()).contains("ASPIRIN").contains("stop it before treatment");
    }

    @Test
    void retreatmentWithin90DaysIsBlockedUnlessOverridden() {
        PatientFacts recent = history(new PastSession(NOW.minus(Duration.ofDays(89)), BOTOX, 20));
        assertThat(rules(check(recent, 20, List.of(), true))).containsExactly(RETREATMENT_INTERVAL);
        RuleOverride override = new RuleOverride(RETREATMENT_INTERVAL, "touch-up of asymmetry");
        assertThat(check(recent, 20, List.of(override), true).failed()).isEmpty();
        assertThat(check(history(new PastSession(NOW.minus(Duration.ofDays(90)), BOTOX, 20)), 20, List.of(), false)
                .failed()).as("exactly 90 days is allowed").isEmpty();
    }

    @Test
    void moreThan400UnitsOfOneBrandIn90DaysIsBlockedButBrandsAreNotAdded() {
        RuleOverride interval = new RuleOverride(RETREATMENT_INTERVAL, "planned split treatment");
        PatientFacts heavy = history(new PastSession(NOW.minus(Duration.ofDays(30)), BOTOX, 380));
        assertThat(rules(check(heavy, 20, List.of(interval), true))).isEmpty();
        assertThat(rules(check(heavy, 21, List.of(interval), true))).containsExactly(UNITS_PER_90_DAYS);
        PatientFacts otherBrand = history(new PastSession(NOW.minus(Duration.ofDays(30)), DYSPORT, 380));
        assertThat(rules(check(otherBrand, 100, List.of(interval), true))).isEmpty();
        assertThat(check(heavy, 100, List.of(interval, new RuleOverride(UNITS_PER_90_DAYS, "hyperhidrosis")), true)
                .honoured()).hasSize(2);
    }

    @Test
    void anOverrideGivenEarlierHoldsForTheSameFactsOnly() {
        UUID screeningId = UUID.randomUUID();
        PatientFacts facts = new PatientFacts(true, new Screening(List.of(), List.of("AMINOGLYCOSIDES"), List.of(),
                screeningId, NOW.minus(Duration.ofDays(30))), List.of(new PastSession(NOW.minus(Duration.ofDays(30)), BOTOX, 350)));
        Verdict booked = check(facts, 60, List.of(new RuleOverride(INTERACTION, "course ended"),
                new RuleOverride(RETREATMENT_INTERVAL, "planned"), new RuleOverride(UNITS_PER_90_DAYS, "hyperhidrosis")), true);
        assertThat(booked.failed()).isEmpty();
        List<Eligibility.StandingOverride> standing = booked.honoured().stream()
                .map(o -> new Eligibility.StandingOverride(o.rule(), booked.basis().get(o.rule()))).toList();

        assertThat(standing(facts, 60, standing).failed()).as("same facts").isEmpty();
        assertThat(standing(facts, 50, standing).failed()).as("fewer units than approved").isEmpty();
        assertThat(rules(standing(facts, 61, standing))).as("more units").containsExactly(UNITS_PER_90_DAYS);
        PatientFacts rescreened = new PatientFacts(true, new Screening(List.of(), List.of("AMINOGLYCOSIDES"), List.of(),
                UUID.randomUUID(), NOW.minus(Duration.ofDays(1))), facts.history());
        Verdict afterNewScreening = standing(rescreened, 60, standing);
        assertThat(rules(afterNewScreening)).containsExactly(INTERACTION);
        assertThat(afterNewScreening.failed().get(0).message()).contains("was for other facts");
        PatientFacts treatedSince = new PatientFacts(true, facts.screening(), List.of(facts.history().get(0),
                new PastSession(NOW.minus(Duration.ofDays(2)), DYSPORT, 10)));
        assertThat(rules(standing(treatedSince, 60, standing))).containsExactly(RETREATMENT_INTERVAL);
    }

    @Test
    void noScreeningOrOneOlderThanTheMaximumAgeIsNamed() {
        ZonedDateTime at = NOW.atZone(ZoneId.of("Europe/London"));
        Period year = Period.ofMonths(12);
        assertThat(Eligibility.screeningCurrency(Screening.NONE, at, year)).get().extracting(FailedRule::rule)
                .isEqualTo(Eligibility.SCREENING_MISSING);
        assertThat(Eligibility.screeningCurrency(screenedAt(at.minusMonths(12).toInstant()), at, year))
                .as("a year to the day is still current").isEmpty();
        Optional<FailedRule> lapsed = Eligibility.screeningCurrency(screenedAt(at.minusMonths(12).minusDays(1)
                .toInstant()), at, year);
        assertThat(lapsed).get().extracting(FailedRule::rule).isEqualTo(Eligibility.SCREENING_OUT_OF_DATE);
        assertThat(lapsed.get().message()).contains("2025-11-25").contains("P12M");
        assertThat(Eligibility.screeningCurrency(screenedAt(at.minusMonths(7).toInstant()), at, Period.ofMonths(6)))
                .as("the age is configurable").get().extracting(FailedRule::rule)
                .isEqualTo(Eligibility.SCREENING_OUT_OF_DATE);
    }

    @Test
    void theMaximumScreeningAgeIsAYearUnlessConfigured() {
        assertThat(new ScreeningSettings(null).maxAge()).isEqualTo(Period.ofMonths(12));
        assertThatThrownBy(() -> new ScreeningSettings(Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Screening screenedAt(Instant at) {
        return new Screening(List.of(), List.of(), List.of(), UUID.randomUUID(), at);
    }

    @Test
    void everyFailedRuleIsListedNotOnlyTheFirst() {
        PatientFacts everything = new PatientFacts(false, new Screening(List.of("ALS"), List.of("AMINOGLYCOSIDES"),
                List.of()), List.of(new PastSession(NOW.minus(Duration.ofDays(10)), BOTOX, 390)));
        assertThat(rules(check(everything, 20, List.of(), false))).containsExactly(CONSENT_MISSING, CONTRAINDICATION,
                INTERACTION, RETREATMENT_INTERVAL, UNITS_PER_90_DAYS);
    }

    @Test
    void theLastSessionsDateIsToldInTheClinicsZone() {
        // Completed at 23:30 UTC on 10 September: already the 11th in London (summer time).
        PatientFacts recent = history(new PastSession(Instant.parse("2026-09-10T23:30:00Z"), BOTOX, 20));
        Verdict london = Eligibility.check(recent, NOW.atZone(ZoneId.of("Europe/London")), BOTOX, 20, List.of(), false);
        assertThat(london.failed().get(0).message()).startsWith("last session on 2026-09-11,");
        assertThat(check(recent, 20, List.of(), false).failed().get(0).message()).startsWith("last session on 2026-09-10,");
    }

    private static Verdict check(PatientFacts facts, int units, List<RuleOverride> overrides, boolean practitioner) {
        return Eligibility.check(facts, NOW.atZone(ZoneOffset.UTC), BOTOX, units, overrides, practitioner);
    }

    private static Verdict standing(PatientFacts facts, int units, List<Eligibility.StandingOverride> standing) {
        return Eligibility.check(facts, NOW.atZone(ZoneOffset.UTC), BOTOX, units, List.of(), standing, true);
    }

    private static PatientFacts screened(Screening screening) {
        return new PatientFacts(true, screening, List.of());
    }

    private static PatientFacts history(PastSession... sessions) {
        return new PatientFacts(true, Screening.NONE, List.of(sessions));
    }

    private static List<String> rules(Verdict verdict) {
        return verdict.failed().stream().map(FailedRule::rule).toList();
    }
}
