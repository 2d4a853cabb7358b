package com.clinicchain.inventory.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.clinicchain.kit.problem.ProblemException;

class PeriodTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-26");

    @Test
    void withoutEndsItIsTheLastThirtyDays() {
        assertThat(Period.of(null, null, TODAY)).isEqualTo(new Period(LocalDate.parse("2026-10-28"), TODAY));
        assertThat(Period.of(null, LocalDate.parse("2026-01-31"), TODAY).from()).isEqualTo("2026-01-02");
    }

    @Test
    void bothDaysAreIncludedAndFromEqualToIsOneDay() {
        Period oneDay = Period.of(TODAY, TODAY, TODAY);
        assertThat(oneDay).isEqualTo(new Period(TODAY, TODAY));
        // the coarse range spans every time zone's version of the day; the clinic's own day decides
        assertThat(oneDay.parameters()).containsExactly(
                java.sql.Timestamp.from(Instant.parse("2026-11-25T00:00:00Z")),
                java.sql.Timestamp.from(Instant.parse("2026-11-28T00:00:00Z")), TODAY, TODAY);
    }

    @Test
    void fromAfterToIsRefusedNamingFrom() {
        assertThatThrownBy(() -> Period.of(TODAY.plusDays(1), TODAY, TODAY)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(field(e)).isEqualTo("from"));
    }

    @Test
    void atMostThreeHundredSixtySixDays() {
        assertThat(Period.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"), TODAY).from())
                .isEqualTo("2024-01-01");
        assertThatThrownBy(() -> Period.of(LocalDate.parse("2023-12-31"), LocalDate.parse("2024-12-31"), TODAY))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(field(e)).isEqualTo("to"));
    }

    /** The field the 400 names. */
    static String field(Throwable problem) {
        var errors = (java.util.List<?>) ((ProblemException) problem).toProblemDetail().getProperties().get("errors");
        return ((ProblemException.FieldError) errors.get(0)).field();
    }
}
