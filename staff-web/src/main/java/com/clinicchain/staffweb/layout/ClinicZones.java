package com.clinicchain.staffweb.layout;

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

    ClinicZones(Gateway gateway, @Value("${CLINIC_DEFAULT_TIME_ZONE:Europe/London}") String defaultZone) {
        this.gateway = gateway;
        this.defaultZone = ZoneId.of(defaultZone);
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
