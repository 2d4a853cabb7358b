package com.clinicchain.staffweb.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PractitionerDaysTest {

    private static ScheduleController.Row at(String time, String practitioner) {
        return new ScheduleController.Row(new ScheduleController.SessionLine(UUID.randomUUID(), UUID.randomUUID(),
                practitioner, UUID.randomUUID(), Instant.parse("2026-12-08T09:00:00Z"), 30, 20, "BOOKED", "RESERVED",
                false, List.of()), time, null);
    }

    @Test
    void eachPractitionersDayKeepsItsOrderAndSessionsWithoutAPractitionerComeLast() {
        var nina0900 = at("09:00", "nina.nurse");
        var open0930 = at("09:30", null);
        var dan1000 = at("10:00", "dan.doctor");
        var nina1100 = at("11:00", "nina.nurse");

        var days = DaySchedule.byPractitioner(new ArrayList<>(List.of(nina0900, open0930, dan1000, nina1100)));

        assertThat(new ArrayList<>(days.keySet())).containsExactly("dan.doctor", "nina.nurse", null);
        assertThat(days.get("nina.nurse")).containsExactly(nina0900, nina1100);
    }
}
