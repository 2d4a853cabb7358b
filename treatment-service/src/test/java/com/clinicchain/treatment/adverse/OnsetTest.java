package com.clinicchain.treatment.adverse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.clinicchain.kit.problem.ProblemException;

class OnsetTest {

    static final Instant START = Instant.parse("2026-11-20T10:00:00Z");
    static final Instant COMPLETED = Instant.parse("2026-11-20T10:40:00Z");
    static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    @Test
    void anOnsetFromTheSessionsStartUntilNowIsAccepted() {
        assertThatCode(() -> Onset.require(START, START, COMPLETED, NOW)).doesNotThrowAnyException();
        assertThatCode(() -> Onset.require(START.plusSeconds(600), START, COMPLETED, NOW)).doesNotThrowAnyException();
        assertThatCode(() -> Onset.require(NOW, START, COMPLETED, NOW)).doesNotThrowAnyException();
    }

    @Test
    void anOnsetBeforeTheSessionStartedIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Onset.require(START.minusSeconds(60), START, COMPLETED, NOW))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status().value()).isEqualTo(400);
                    assertThat(problem.getMessage()).startsWith("onsetAt: must not be before");
                });
    }

    @Test
    void anOnsetInTheFutureIsRefused() {
        assertThatThrownBy(() -> Onset.require(NOW.plusSeconds(60), START, COMPLETED, NOW))
                .hasMessageStartingWith("onsetAt: must not be in the future");
    }

    @Test
    void aSessionCompletedAheadOfItsBookedTimeAcceptsOnsetsFromItsCompletion() {
        Instant early = START.minusSeconds(1800);
        assertThatCode(() -> Onset.require(early, START, early, NOW)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Onset.require(early.minusSeconds(1), START, early, NOW))
                .hasMessageStartingWith("onsetAt: must not be before");
    }
}
