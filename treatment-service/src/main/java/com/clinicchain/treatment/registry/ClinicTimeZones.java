package com.clinicchain.treatment.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Each clinic's time zone, as the registry holds it. A clinic the registry does not know (sessions booked before
 * the registry existed) uses {@code clinic.time-zone.default-zone}.
 */
@Service
public class ClinicTimeZones {

    private final JdbcClient jdbc;
    private final ZoneId defaultZone;

    ClinicTimeZones(JdbcClient jdbc, TimeZoneSettings settings) {
        this.jdbc = jdbc;
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
        return jdbc.sql("select time_zone from clinic where chain_id = ? and clinic_id = ?")
                .params(chainId, clinicId).query(String.class).optional().map(ZoneId::of).orElse(defaultZone);
    }

    public LocalDate today(String chainId, String clinicId, Instant now) {
        return ClinicCalendar.dayOf(now, zoneOf(chainId, clinicId));
    }
}
