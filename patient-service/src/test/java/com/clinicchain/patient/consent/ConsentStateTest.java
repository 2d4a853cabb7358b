package com.clinicchain.patient.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ConsentStateTest {

    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    static final Duration DAY = Duration.ofDays(1);

    @Test
    void everyTypeIsAnsweredEvenWhenNeverGiven() {
        List<ConsentState> states = ConsentState.of(List.of(), NOW);

        assertThat(states).extracting(ConsentState::type).containsExactly(ConsentType.values());
        assertThat(states).allSatisfy(state -> {
            assertThat(state.status()).isEqualTo(ConsentStatus.NEVER_GIVEN);
            assertThat(state.grant()).isNull();
        });
    }

    @Test
    void aValidGrantWinsOverAnOlderWithdrawnOne() {
        Consent withdrawn = grant(ConsentType.TREATMENT_BOTULINUM_TOXIN, NOW.minus(DAY.multipliedBy(30)), null,
                NOW.minus(DAY.multipliedBy(20)));
        Consent renewed = grant(ConsentType.TREATMENT_BOTULINUM_TOXIN, NOW.minus(DAY.multipliedBy(10)), null, null);

        ConsentState state = ConsentState.of(ConsentType.TREATMENT_BOTULINUM_TOXIN, List.of(renewed, withdrawn), NOW);

        assertThat(state.status()).isEqualTo(ConsentStatus.VALID);
        assertThat(state.grant()).isEqualTo(renewed);
    }

    @Test
    void theLatestGrantSaysWhyConsentEnded() {
        Consent expired = grant(ConsentType.PHOTOGRAPHY, NOW.minus(DAY.multipliedBy(400)),
                NOW.minus(DAY.multipliedBy(35)), null);
        Consent withdrawn = grant(ConsentType.PHOTOGRAPHY, NOW.minus(DAY.multipliedBy(30)), null, NOW.minus(DAY));
        assertThat(ConsentState.of(ConsentType.PHOTOGRAPHY, List.of(expired, withdrawn), NOW))
                .isEqualTo(new ConsentState(ConsentType.PHOTOGRAPHY, ConsentStatus.WITHDRAWN, withdrawn));

        Consent lapsed = grant(ConsentType.MARKETING, NOW.minus(DAY.multipliedBy(400)), NOW.minus(DAY), null);
        assertThat(ConsentState.of(ConsentType.MARKETING, List.of(lapsed), NOW).status())
                .isEqualTo(ConsentStatus.EXPIRED);
    }

    @Test
    void aGrantBothWithdrawnAndExpiredEndedByWhicheverCameFirst() {
        Consent withdrawnFirst = grant(ConsentType.MARKETING, NOW.minus(DAY.multipliedBy(10)), NOW.minus(DAY),
                NOW.minus(DAY.multipliedBy(5)));
        Consent expiredFirst = grant(ConsentType.PHOTOGRAPHY, NOW.minus(DAY.multipliedBy(10)),
                NOW.minus(DAY.multipliedBy(5)), NOW.minus(DAY));

        assertThat(ConsentState.of(ConsentType.MARKETING, List.of(withdrawnFirst), NOW).status())
                .isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(ConsentState.of(ConsentType.PHOTOGRAPHY, List.of(expiredFirst), NOW).status())
                .isEqualTo(ConsentStatus.EXPIRED);
    }

    @Test
    void theStateAtAMomentIgnoresWhatCameLater() {
        Consent grant = grant(ConsentType.PARTNER_DATA_SHARING, NOW.minus(DAY.multipliedBy(10)), null, NOW.minus(DAY));

        assertThat(ConsentState.of(ConsentType.PARTNER_DATA_SHARING, List.of(grant), NOW.minus(DAY.multipliedBy(2)))
                .status()).isEqualTo(ConsentStatus.VALID);
        assertThat(ConsentState.of(ConsentType.PARTNER_DATA_SHARING, List.of(grant), NOW.minus(DAY.multipliedBy(11)))
                .status()).isEqualTo(ConsentStatus.NEVER_GIVEN);
    }

    private static Consent grant(ConsentType type, Instant signedAt, Instant expiresAt, Instant withdrawnAt) {
        return new Consent(UUID.randomUUID(), UUID.randomUUID(), "demo-chain", type, 1, ConsentMethod.IN_CLINIC,
                signedAt, "nina.nurse", expiresAt, withdrawnAt, withdrawnAt == null ? null : "nina.nurse",
                withdrawnAt == null ? null : "changed her mind");
    }
}
