package com.clinicchain.inventory.clinic;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.inventory.InventoryReaders;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;

@RestController
class ClinicController {

    private final Clinics clinics;

    ClinicController(Clinics clinics) {
        this.clinics = clinics;
    }

    record ClinicResponse(String id, String name, String timeZone, boolean active) {
    }

    /**
     * A clinic of the caller's chain as inventory knows it. Any clinic of the chain, not only the caller's own: a
     * transfer names the other clinic, and its name and time zone are no secret within the chain.
     */
    @GetMapping("/api/inventory/clinics/{clinicId}")
    @PreAuthorize(InventoryReaders.MAY_READ)
    ClinicResponse get(Caller caller, @PathVariable String clinicId) {
        Clinic clinic = clinics.find(caller.chainId(), clinicId)
                .orElseThrow(() -> ProblemException.notFound("clinic " + clinicId));
        return new ClinicResponse(clinic.clinicId(), clinic.name(), clinic.timeZone(), clinic.active());
    }
}
