package com.clinicchain.treatment.clinic;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Under /api/sessions because that is the path the gateway routes to this service. */
@RestController
@RequestMapping("/api/sessions/clinics/{clinicId}/time-zone")
class ClinicTimeZoneController {

    /** @param usesDefault true while nobody has set the clinic's zone and the configured default applies */
    record ClinicTimeZone(String clinicId, String zoneId, boolean usesDefault) {
    }

    record SetTimeZone(@NotBlank @Size(max = 64) String zoneId) {
    }

    private final ClinicTimeZones zones;
    private final Clock clock = Clock.systemUTC();

    ClinicTimeZoneController(ClinicTimeZones zones) {
        this.zones = zones;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('receptionist', 'practitioner', 'manager', 'admin')")
    ClinicTimeZone get(Caller caller, @PathVariable String clinicId) {
        requireClinicId(clinicId);
        caller.requireActAt(clinicId);
        return describe(caller.chainId(), clinicId);
    }

    /**
     * Dates already given (follow-ups due on a day) keep their day; only what is computed from now on uses the new
     * zone.
     */
    @PutMapping
    @PreAuthorize("hasRole('admin')")
    @Transactional
    ClinicTimeZone set(Caller caller, @PathVariable String clinicId, @Valid @RequestBody SetTimeZone request) {
        requireClinicId(clinicId);
        caller.requireActAt(clinicId);
        if (!ClinicTimeZones.isRegion(request.zoneId())) {
            throw ProblemException.invalid("zoneId", "must be a region time zone such as Europe/London");
        }
        zones.set(caller.chainId(), clinicId, ZoneId.of(request.zoneId()), caller.username(), clock.instant());
        return describe(caller.chainId(), clinicId);
    }

    private ClinicTimeZone describe(String chainId, String clinicId) {
        return zones.configured(chainId, clinicId).map(zone -> new ClinicTimeZone(clinicId, zone.getId(), false))
                .orElseGet(() -> new ClinicTimeZone(clinicId, zones.zoneOf(chainId, clinicId).getId(), true));
    }

    private static void requireClinicId(String clinicId) {
        if (clinicId.isBlank() || clinicId.length() > 64) {
            throw ProblemException.invalid("clinicId", "must be 1–64 characters");
        }
    }
}
