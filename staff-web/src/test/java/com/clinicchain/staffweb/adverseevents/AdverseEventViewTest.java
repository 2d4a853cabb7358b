package com.clinicchain.staffweb.adverseevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class AdverseEventViewTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Test
    void aSeriousEventSaysSoAndItsCourseReadsInWords() {
        var closed = new AdverseEventView.Entry("CLOSED", "RESOLVING", "better", "nina.nurse",
                Instant.parse("2026-06-02T08:00:00Z"));
        var event = new AdverseEventView(null, null, "EYELID_PTOSIS", "SEVERE", true,
                Instant.parse("2026-06-01T20:30:00Z"), null, List.of("C1234"), "nina.nurse", null, "CLOSED",
                "RESOLVING", List.of(closed));

        assertThat(event.inWords()).isEqualTo("Eyelid ptosis, severe — serious");
        assertThat(event.open()).isFalse();
        assertThat(event.onsetInZone(OSLO)).isEqualTo("2026-06-01 22:30");
        assertThat(closed.inWords(OSLO)).isEqualTo("Closed, resolving (2026-06-02 10:00, nina.nurse): better");
    }

    @Test
    void anOpenEventWithoutCourse() {
        var event = new AdverseEventView(null, null, "BRUISING", "MILD", false, Instant.EPOCH, null, null, "x", null,
                "OPEN", null, null);

        assertThat(event.open()).isTrue();
        assertThat(event.inWords()).isEqualTo("Bruising, mild");
        assertThat(event.lotNumbers()).isEmpty();
    }

    @Test
    void theTypedOnsetIsTheClinicsClock() {
        assertThat(AdverseEventView.onsetAt(LocalDateTime.parse("2026-06-01T22:30"), OSLO))
                .isEqualTo("2026-06-01T22:30+02:00");
    }
}
