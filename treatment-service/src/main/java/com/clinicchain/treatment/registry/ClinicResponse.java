package com.clinicchain.treatment.registry;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A clinic as the API shows it; times of day as {@code "HH:mm"}, as they are given.
 *
 * @param address null only for a clinic carried over from the former time-zone settings, until an admin gives it
 */
public record ClinicResponse(String clinicId, String name, Address address, String phone, String timeZone,
                             List<Hours> openingHours, boolean active, long revision) {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    public record Address(List<String> lines, String postalCode, String city, String countryCode) {
    }

    public record Hours(DayOfWeek day, String opens, String closes) {
    }

    static ClinicResponse of(Clinic clinic) {
        Clinic.Address address = clinic.address();
        return new ClinicResponse(clinic.clinicId(), clinic.name(), address == null ? null
                : new Address(address.lines(), address.postalCode(), address.city(), address.countryCode()),
                clinic.phone(), clinic.timeZone().getId(), clinic.openingHours().stream()
                        .map(h -> new Hours(h.day(), HH_MM.format(h.opens()), HH_MM.format(h.closes()))).toList(),
                clinic.active(), clinic.revision());
    }
}
