package com.clinicchain.treatment.adverse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.clinicchain.treatment.refusal.InvalidField;

class OnsetTest {

    static final Instant START = Instant.parse("2026-11-20T10:00:00Z");
    static final Instant COMPLETED = Instant.parse("2026-11-20T10:40:00Z");
    static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    @Test
    void anOnsetFromTheSessionsStartUntilNowIsAccepted() {
        assertThat(Onset.invalid(START, START, COMPLETED, NOW)).isEmpty();
        assertThat(Onset.invalid(START.plusSeconds(600), START, COMPLETED, NOW)).isEmpty();
        assertThat(Onset.invalid(NOW, START, COMPLETED, NOW)).isEmpty();
    }

    @Test
    void anOnsetBeforeTheSessionStartedIsRefusedNamingTheField() {
        assertThat(Onset.invalid(START.minusSeconds(60), START, COMPLETED, NOW)).hasValueSatisfying(field -> {
            assertThat(field.field()).isEqualTo("onsetAt");
            assertThat(field.message()).startsWith("must not be before");
        });
    }

    @Test
    void anOnsetInTheFutureIsRefused() {
        assertThat(Onset.invalid(NOW.plusSeconds(60), START, COMPLETED, NOW)).map(InvalidField::message)
                .hasValue("must not be in the future");
    }

    @Test
    void aSessionCompletedAheadOfItsBookedTimeAcceptsOnsetsFromItsCompletion() {
        Instant early = START.minusSeconds(1800);
        assertThat(Onset.invalid(early, START, early, NOW)).isEmpty();
        assertThat(Onset.invalid(early.minusSeconds(1), START, early, NOW)).map(InvalidField::message)
                .hasValueSatisfying(message -> assertThat(message).startsWith("must not be before"));
    }
}
