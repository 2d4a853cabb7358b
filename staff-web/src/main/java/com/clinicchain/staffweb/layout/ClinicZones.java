package com.clinicchain.staffweb.layout;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.clinicchain.staffweb.gateway.Gateway;
import com.clinicchain.staffweb.gateway.GatewayProblem;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A clinic's time zone, from the clinic registry. A clinic the registry does not know uses the platform's default zone
 * (the same CLINIC_DEFAULT_TIME_ZONE the treatment service falls back to), so that days and times agree with it.
 */
@Component
public class ClinicZones {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Clinic(String clinicId, String timeZone) {
    }

    private final Gateway gateway;
    private final ZoneId defaultZone;
    private final Clock clock;

    ClinicZones(Gateway gateway, @Value("${CLINIC_DEFAULT_TIME_ZONE:Europe/London}") String defaultZone, Clock clock) {
        this.gateway = gateway;
        this.clock = clock;
        this.defaultZone = ZoneId.of(defaultZone);
    }

    /** The clinic's date now. */
    public LocalDate today(String clinicId) {
        return LocalDate.now(clock.withZone(of(clinicId)));
    }

    public ZoneId of(String clinicId) {
        if (clinicId == null) {
            return defaultZone;
        }
        try {
            Clinic clinic = gateway.get("/api/clinics/{clinic}", Clinic.class, clinicId);
            return clinic.timeZone() == null ? defaultZone : ZoneId.of(clinic.timeZone());
        } catch (GatewayProblem e) {
            if (e.problem().status() == 404) {
                return defaultZone;
            }
            throw e;
        }
    }
}
