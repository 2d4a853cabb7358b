package com.clinicchain.treatment.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.treatment.registry.ClinicCalendar;
import com.clinicchain.treatment.vial.KnownVial;

class VialRulesTest {

    static final UUID BOTOX = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    final InjectionSession session = new InjectionSession(UUID.randomUUID(), "demo-chain", "clinic-north",
            UUID.randomUUID(), "nina.nurse", BOTOX, NOW, 30, 20, SessionStatus.BOOKED, StockStatus.RESERVED,
            "rita.reception", null, null, 0, null, false);

    @Test
    void aUsableVialOfTheClinicAndProductPasses() {
        KnownVial vial = vial("clinic-north", BOTOX, TODAY.plusMonths(6));
        assertThat(rules(vial, 20)).isEmpty();
    }

    @Test
    void everyFailedVialRuleIsListedNotOnlyTheFirst() {
        KnownVial wrong = vial("clinic-south", UUID.randomUUID(), TODAY);
        UUID unknown = UUID.randomUUID();
        Map<UUID, Optional<KnownVial>> vials = new LinkedHashMap<>();
        vials.put(wrong.vialId(), Optional.of(wrong));
        vials.put(unknown, Optional.empty());

        List<FailedRule> failed = Eligibility.forVials(session, vials, Map.of(wrong.vialId(), 101, unknown, 4), NOW,
                TODAY);

        assertThat(failed).extracting(FailedRule::rule).containsExactly(Eligibility.VIAL_ELSEWHERE,
                Eligibility.VIAL_WRONG_PRODUCT, Eligibility.LOT_EXPIRED, Eligibility.VIAL_OVERDRAWN,
                Eligibility.VIAL_UNKNOWN);
    }

    @Test
    void aLotExpiringTomorrowIsStillUsableToday() {
        assertThat(rules(vial("clinic-north", BOTOX, TODAY.plusDays(1)), 10)).isEmpty();
    }

    @Test
    void recalledQuarantinedAndDiscardedVialsAreRefusedByName() {
        KnownVial base = vial("clinic-north", BOTOX, TODAY.plusMonths(6));
        KnownVial blocked = new KnownVial(base.vialId(), base.chainId(), base.clinicId(), BOTOX, base.lotId(),
                base.lotNumber(), base.expiryDate(), 100, base.reconstitutedAt(), NOW.minusSeconds(60), true, true, false, 100);
        assertThat(rules(blocked, 10)).containsExactly(Eligibility.LOT_RECALLED, Eligibility.LOT_QUARANTINED,
                Eligibility.VIAL_DISCARDED);
    }

    @Test
    void aVialQuarantinedOnItsOwnIsRefusedByName() {
        KnownVial base = vial("clinic-north", BOTOX, TODAY.plusMonths(6));
        KnownVial warm = new KnownVial(base.vialId(), base.chainId(), base.clinicId(), BOTOX, base.lotId(),
                base.lotNumber(), base.expiryDate(), 100, base.reconstitutedAt(), null, false, false, true, 100);
        assertThat(rules(warm, 10)).containsExactly(Eligibility.VIAL_QUARANTINED);
    }

    @Test
    void aVialInTransitIsAtNoClinic() {
        assertThat(rules(vial(null, BOTOX, TODAY.plusMonths(6)), 10)).containsExactly(Eligibility.VIAL_IN_TRANSIT);
    }

    @Test
    void aReconstitutedVialIsUsableFor24Hours() {
        assertThat(rules(reconstituted(Duration.ofHours(24)), 10)).isEmpty();
        assertThat(rules(reconstituted(Duration.ofHours(24).plusMinutes(1)), 10))
                .containsExactly(Eligibility.VIAL_BEYOND_24H);
    }

    private KnownVial reconstituted(Duration ago) {
        KnownVial base = vial("clinic-north", BOTOX, TODAY.plusMonths(6));
        return new KnownVial(base.vialId(), base.chainId(), base.clinicId(), BOTOX, base.lotId(), base.lotNumber(),
                base.expiryDate(), 100, NOW.minus(ago), null, false, false, false, 100);
    }

    @Test
    void aSealedVialIsNotInjected() {
        KnownVial base = vial("clinic-north", BOTOX, TODAY.plusMonths(6));
        KnownVial sealed = new KnownVial(base.vialId(), base.chainId(), base.clinicId(), BOTOX, base.lotId(),
                base.lotNumber(), base.expiryDate(), 100, null, null, false, false, false, 100);
        assertThat(rules(sealed, 10)).containsExactly(Eligibility.VIAL_NOT_RECONSTITUTED);
    }

    @Test
    void aVialGivesNoMoreThanItHasLeft() {
        KnownVial base = vial("clinic-north", BOTOX, TODAY.plusMonths(6));
        KnownVial opened = new KnownVial(base.vialId(), base.chainId(), base.clinicId(), BOTOX, base.lotId(),
                base.lotNumber(), base.expiryDate(), 100, NOW.minusSeconds(600), null, false, false, false, 36);
        assertThat(rules(opened, 36)).isEmpty();
        assertThat(rules(opened, 37)).containsExactly(Eligibility.VIAL_OVERDRAWN);
    }

    @Test
    void expiryIsJudgedOnTheClinicsDayNotTheUtcDay() {
        // 23:30 UTC on 10 July is already 11 July in a London summer: a lot expiring on the 11th is not used.
        Instant lateEvening = Instant.parse("2026-07-10T23:30:00Z");
        KnownVial vial = vial("clinic-north", BOTOX, LocalDate.of(2026, 7, 11), lateEvening.minusSeconds(600));
        assertThat(rules(vial, 10, lateEvening, ClinicCalendar.dayOf(lateEvening, ZoneId.of("Europe/London"))))
                .containsExactly(Eligibility.LOT_EXPIRED);
        assertThat(rules(vial, 10, lateEvening, ClinicCalendar.dayOf(lateEvening, ZoneId.of("America/New_York"))))
                .isEmpty();
    }

    private List<String> rules(KnownVial vial, int units) {
        return rules(vial, units, NOW, TODAY);
    }

    private List<String> rules(KnownVial vial, int units, Instant now, LocalDate today) {
        return Eligibility.forVials(session, Map.of(vial.vialId(), Optional.of(vial)), Map.of(vial.vialId(), units), now,
                today).stream().map(FailedRule::rule).toList();
    }

    /** A full 100 U vial, reconstituted an hour ago. */
    private static KnownVial vial(String clinicId, UUID productId, LocalDate expiry) {
        return vial(clinicId, productId, expiry, NOW.minus(Duration.ofHours(1)));
    }

    private static KnownVial vial(String clinicId, UUID productId, LocalDate expiry, Instant reconstitutedAt) {
        return new KnownVial(UUID.randomUUID(), "demo-chain", clinicId, productId, UUID.randomUUID(), "LOT-1", expiry,
                100, reconstitutedAt, null, false, false, false, 100);
    }
}
