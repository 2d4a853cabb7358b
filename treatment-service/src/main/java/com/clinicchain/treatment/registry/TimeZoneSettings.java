package com.clinicchain.treatment.registry;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param defaultZone the zone of a clinic the registry does not know */
@ConfigurationProperties("clinic.time-zone")
public record TimeZoneSettings(String defaultZone) {

    public TimeZoneSettings {
        defaultZone = defaultZone == null ? "Europe/London" : defaultZone;
        if (!ClinicTimeZones.isRegion(defaultZone)) {
            // Fail at start-up: every "today" of the service would be wrong otherwise.
            throw new IllegalArgumentException("clinic.time-zone.default-zone must be a region id such as "
                    + "Europe/London, not " + defaultZone);
        }
    }

    public ZoneId zone() {
        return ZoneId.of(defaultZone);
    }
}
