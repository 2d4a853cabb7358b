package com.clinicchain.treatment.registry;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import com.clinicchain.contracts.registry.ClinicChanged;

/**
 * A clinic of the chain as the registry holds it.
 *
 * @param address  null only for a clinic carried over from the former time-zone table, until an admin gives it
 * @param revision 1 at registration, one more with each change
 */
public record Clinic(String chainId, String clinicId, String name, Address address, String phone, ZoneId timeZone,
                     List<OpeningHours> openingHours, boolean active, long revision) {

    public record Address(List<String> lines, String postalCode, String city, String countryCode) {
    }

    public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
    }

    /** The whole state, so that a consumer keeps the newest revision and needs nothing else. */
    ClinicChanged changed() {
        return new ClinicChanged(clinicId, name, address == null ? null : new ClinicChanged.Address(address.lines(),
                address.postalCode(), address.city(), address.countryCode()), phone, timeZone.getId(),
                openingHours.stream().map(h -> new ClinicChanged.OpeningHours(h.day(), h.opens(), h.closes())).toList(),
                active, revision);
    }
}
