package com.clinicchain.inventory.clinic;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.inventory.InventoryReadPolicy;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;

import io.swagger.v3.oas.annotations.Operation;

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
    @Operation(operationId = "getInventoryClinic", tags = "Stock", summary = "Read a clinic as inventory knows it",
            description = "The clinic as the inventory service holds it (from the registry's events). Roles: "
            + "receptionist, practitioner, manager, admin. Partner scope: `inventory.read`. Scoped to the "
            + "caller's chain: another chain's record answers 404, as one that does not exist.")
    @GetMapping("/api/inventory/clinics/{clinicId}")
    @PreAuthorize(InventoryReadPolicy.MAY_READ)
    ClinicResponse get(Caller caller, @PathVariable String clinicId) {
        Clinic clinic = clinics.find(caller.chainId(), clinicId)
                .orElseThrow(() -> ProblemException.notFound("clinic " + clinicId));
        return new ClinicResponse(clinic.clinicId(), clinic.name(), clinic.timeZone(), clinic.active());
    }
}
