package com.clinicchain.staffweb.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BookingTest {

    private static final Map<String, String> FORM = Map.of("clinicId", "clinic-north", "practitioner", "",
            "date", "2026-07-01", "time", "09:30", "productId", "00000000-0000-4000-8000-000000000001",
            "area.GLABELLAR_LINES", "on", "units.GLABELLAR_LINES", "20", "units.FOREHEAD_LINES", "20",
            "area.LATERAL_CANTHAL_LINES", "on", "units.LATERAL_CANTHAL_LINES", "");

    @Test
    void theStartIsTheClinicsLocalTimeAndOnlyTickedAreasAreBooked() {
        Map<String, Object> request = Booking.of(FORM).toRequest("p-1", ZoneId.of("Europe/Oslo"));

        assertThat(request).containsEntry("startsAt", "2026-07-01T09:30+02:00").containsEntry("practitioner", null)
                .containsEntry("clinicId", "clinic-north");
        assertThat(request.get("areas")).isEqualTo(List.of(Map.of("area", "GLABELLAR_LINES", "plannedUnits", 20),
                Map.of("area", "LATERAL_CANTHAL_LINES")));
    }

    @Test
    void aTimeThatIsNoTimeIsLeftForTheServiceToName() {
        Map<String, String> form = new java.util.HashMap<>(FORM);
        form.put("time", "half past nine");

        assertThat(Booking.of(form).toRequest("p-1", ZoneId.of("UTC"))).containsEntry("startsAt", null);
    }

    @Test
    void theFormShowsTheLabelDoseUntilSomethingIsTyped() {
        Booking booking = Booking.of(FORM);

        assertThat(booking.units("FOREHEAD_LINES")).isEqualTo("20");
        assertThat(booking.units("LATERAL_CANTHAL_LINES")).isEmpty();
        assertThat(booking.units("STATIC_WRINKLES")).isEmpty();
        assertThat(booking.ticked("FOREHEAD_LINES")).isFalse();
    }
}
