package com.clinicchain.staffweb.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    static final LocalDate TODAY = LocalDate.parse("2026-12-07");

    @Test
    void missingEndsAreTheLastThirtyDaysUpToToday() {
        ReportPeriod period = ReportPeriod.parse(null, "", TODAY);
        assertThat(period.valid()).isTrue();
        assertThat(period.from()).isEqualTo(LocalDate.parse("2026-11-08"));
        assertThat(period.to()).isEqualTo(TODAY);
        assertThat(ReportPeriod.parse("2026-12-01", null, TODAY).to()).isEqualTo(TODAY);
        assertThat(ReportPeriod.parse(null, "2026-06-30", TODAY).from()).isEqualTo(LocalDate.parse("2026-06-01"));
    }

    @Test
    void oneDayIsFromEqualToTo() {
        ReportPeriod period = ReportPeriod.parse("2026-12-07", "2026-12-07", TODAY);
        assertThat(period.valid()).isTrue();
        assertThat(period.from()).isEqualTo(period.to());
    }

    @Test
    void aBadDateIsSaidBesideItsInput() {
        assertThat(ReportPeriod.parse("07/12/2026", "2026-12-07", TODAY).errors())
                .containsOnlyKeys("from").containsValue("must be a date like 2026-12-07");
        assertThat(ReportPeriod.parse("2026-12-01", "2026-02-30", TODAY).errors()).containsOnlyKeys("to");
        assertThat(ReportPeriod.parse("x", "y", TODAY).errors()).containsOnlyKeys("from", "to");
    }

    @Test
    void fromAfterToOrMoreThan366DaysIsRefused() {
        assertThat(ReportPeriod.parse("2026-12-08", "2026-12-07", TODAY).errors()).containsOnlyKeys("from");
        assertThat(ReportPeriod.parse("2025-12-06", "2026-12-07", TODAY).errors()).containsOnlyKeys("to");
        assertThat(ReportPeriod.parse("2025-12-07", "2026-12-07", TODAY).valid()).as("366 days").isTrue();
    }
}
