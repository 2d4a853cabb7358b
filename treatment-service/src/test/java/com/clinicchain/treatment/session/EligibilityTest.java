package com.clinicchain.treatment.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.treatment.vial.KnownVial;

class EligibilityTest {

    static final UUID BOTOX = UUID.randomUUID();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    final InjectionSession session = new InjectionSession(UUID.randomUUID(), "demo-chain", "clinic-north",
            UUID.randomUUID(), "nina.nurse", BOTOX, Instant.parse("2026-11-26T10:00:00Z"), 30, 20,
            SessionStatus.BOOKED, StockStatus.RESERVED, "rita.reception", null, null, 0);

    @Test
    void bookingNeedsATreatmentConsent() {
        assertThat(Eligibility.forBooking(true)).isEmpty();
        assertThat(Eligibility.forBooking(false)).extracting(FailedRule::rule)
                .containsExactly(Eligibility.CONSENT_MISSING);
    }

    @Test
    void aUsableVialOfTheClinicAndProductPasses() {
        KnownVial vial = vial("clinic-north", BOTOX, TODAY.plusMonths(6));
        assertThat(Eligibility.forVials(session, Map.of(vial.vialId(), Optional.of(vial)),
                Map.of(vial.vialId(), 20), TODAY)).isEmpty();
    }

    @Test
    void everyFailedVialRuleIsListedNotOnlyTheFirst() {
        KnownVial wrong = vial("clinic-south", UUID.randomUUID(), TODAY);
        UUID unknown = UUID.randomUUID();
        Map<UUID, Optional<KnownVial>> vials = new LinkedHashMap<>();
        vials.put(wrong.vialId(), Optional.of(wrong));
        vials.put(unknown, Optional.empty());

        List<FailedRule> failed = Eligibility.forVials(session, vials, Map.of(wrong.vialId(), 101, unknown, 4), TODAY);

        assertThat(failed).extracting(FailedRule::rule).containsExactly(Eligibility.VIAL_ELSEWHERE,
                Eligibility.VIAL_WRONG_PRODUCT, Eligibility.LOT_EXPIRED, Eligibility.VIAL_OVERDRAWN,
                Eligibility.VIAL_UNKNOWN);
    }

    @Test
    void aLotExpiringTomorrowIsStillUsableToday() {
        KnownVial vial = vial("clinic-north", BOTOX, TODAY.plusDays(1));
        assertThat(Eligibility.forVials(session, Map.of(vial.vialId(), Optional.of(vial)),
                Map.of(vial.vialId(), 10), TODAY)).isEmpty();
    }

    @Test
    void refusalIsAnUnprocessableProblemListingTheReasons() {
        assertThatThrownBy(() -> Eligibility.require(Eligibility.forBooking(false)))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status().value()).isEqualTo(422);
                    assertThat(problem.toProblemDetail().getProperties()).containsKey("reasons");
                });
    }

    private static KnownVial vial(String clinicId, UUID productId, LocalDate expiry) {
        return new KnownVial(UUID.randomUUID(), "demo-chain", clinicId, productId, UUID.randomUUID(), "LOT-1", expiry, 100);
    }
}
