package com.clinicchain.treatment.clinic;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Each clinic's time zone. No event tells this service about clinics (they are only ids in tokens), so a chain admin
 * sets the zone here; a clinic nobody has set uses {@code clinic.time-zone.default-zone}.
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
        return configured(chainId, clinicId).orElse(defaultZone);
    }

    public LocalDate today(String chainId, String clinicId, Instant now) {
        return ClinicCalendar.dayOf(now, zoneOf(chainId, clinicId));
    }

    Optional<ZoneId> configured(String chainId, String clinicId) {
        return jdbc.sql("select zone_id from clinic_time_zone where chain_id = ? and clinic_id = ?")
                .params(chainId, clinicId).query(String.class).optional().map(ZoneId::of);
    }

    void set(String chainId, String clinicId, ZoneId zone, String setBy, Instant at) {
        jdbc.sql("""
                insert into clinic_time_zone (chain_id, clinic_id, zone_id, set_by, set_at) values (?, ?, ?, ?, ?)
                on conflict (chain_id, clinic_id) do update
                    set zone_id = excluded.zone_id, set_by = excluded.set_by, set_at = excluded.set_at""")
                .params(chainId, clinicId, zone.getId(), setBy, Timestamp.from(at)).update();
    }
}
