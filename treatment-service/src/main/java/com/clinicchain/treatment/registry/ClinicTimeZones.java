package com.clinicchain.treatment.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Service;

/**
 * Each clinic's time zone, as the registry holds it. A clinic the registry does not know (sessions booked before
 * the registry existed) uses {@code clinic.time-zone.default-zone}.
 */
@Service
public class ClinicTimeZones {

    private final Clinics clinics;
    private final ZoneId defaultZone;

    ClinicTimeZones(Clinics clinics, TimeZoneSettings settings) {
        this.clinics = clinics;
        this.defaultZone = settings.zone();
    }

    /**
     * Only region ids (Europe/London) follow a place's daylight saving time; a fixed offset such as +01:00 would put
     * a London clinic's midnight an hour off for half the year.
     */
    public static boolean isRegion(String zoneId) {
        return zoneId != null && ZoneId.getAvailableZoneIds().contains(zoneId);
    }

    public ZoneId zoneOf(String chainId, String clinicId) {
        return clinics.timeZoneOf(chainId, clinicId).map(ZoneId::of).orElse(defaultZone);
    }

    public LocalDate today(String chainId, String clinicId, Instant now) {
        return ClinicCalendar.dayOf(now, zoneOf(chainId, clinicId));
    }
}
