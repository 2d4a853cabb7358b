package com.clinicchain.staffweb.layout;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

import com.clinicchain.staffweb.StaffWebProperties;
import com.clinicchain.staffweb.gateway.Gateway;
import com.clinicchain.staffweb.gateway.GatewayProblem;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A clinic's time zone, from the clinic registry. A clinic the registry does not know uses the platform's default zone
 * ({@link StaffWebProperties#defaultTimeZone()}).
 */
@Component
public class ClinicZones {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Clinic(String clinicId, String timeZone) {
    }

    private final Gateway gateway;
    private final ZoneId defaultZone;
    private final Clock clock;

    ClinicZones(Gateway gateway, StaffWebProperties properties, Clock clock) {
        this.gateway = gateway;
        this.defaultZone = properties.defaultTimeZone();
        this.clock = clock;
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
