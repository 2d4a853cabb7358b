package com.clinicchain.staffweb.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScreeningViewTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static ScreeningView screenedAt(String instant, List<String> medications,
                                            List<ScreeningView.Finding> bleeding) {
        return new ScreeningView(null, Instant.parse(instant), "nina.nurse", List.of(), medications, null, " ginseng ",
                List.of(), List.of(), bleeding);
    }

    @Test
    void aScreeningGoesOutOfDateAYearToTheDayOnTheClinicsCalendar() {
        // 23:30 UTC on 31 Dec 2025 is already 1 Jan 2026 in Oslo
        ScreeningView screening = screenedAt("2025-12-31T23:30:00Z", List.of(), List.of());

        assertThat(screening.recordedOn(OSLO)).hasToString("2026-01-01");
        assertThat(screening.outOfDate(Instant.parse("2026-12-31T23:00:00Z"), OSLO, Period.ofMonths(12))).isFalse();
        assertThat(screening.outOfDate(Instant.parse("2027-01-01T23:00:00Z"), OSLO, Period.ofMonths(12))).isTrue();
    }

    @Test
    void findingsAndAnswersReadInWords() {
        ScreeningView screening = screenedAt("2026-01-01T10:00:00Z", List.of("FISH_OIL"), List.of(
                new ScreeningView.Finding("FISH_OIL", "raises bruising risk: stop before treatment (7 days)")));

        assertThat(screening.clear()).isFalse();
        assertThat(screening.bleedingRisks().get(0).inWords())
                .isEqualTo("Fish oil: raises bruising risk: stop before treatment (7 days)");
        assertThat(screening.answersInWords()).isEqualTo("Fish oil; other medications: ginseng");
    }

    @Test
    void nothingTickedIsNothingToDeclareAndAnUnknownCodeStillReads() {
        assertThat(screenedAt("2026-01-01T10:00:00Z", List.of(), List.of()).clear()).isTrue();
        assertThat(new ScreeningView(null, Instant.EPOCH, "x", null, null, null, null, null, null, null)
                .answersInWords()).isEqualTo("Nothing to declare");
        assertThat(ScreeningCodes.label("ST_JOHNS_WORT")).isEqualTo("St johns wort");
    }

    @Test
    void onlyOfferedCodesAreSent() {
        assertThat(ScreeningCodes.known(List.of("GINKGO", "DROP_TABLE", "ASPIRIN"), ScreeningCodes.medications()))
                .containsExactly("ASPIRIN", "GINKGO");
        assertThat(ScreeningCodes.known(null, ScreeningCodes.conditions())).isEmpty();
    }
}
