package com.clinicchain.patient.patient;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.patient.audit.AccessAction;
import com.clinicchain.patient.audit.AccessEntry;
import com.clinicchain.patient.audit.AccessLog;

import io.swagger.v3.oas.annotations.Operation;

/**
 * The audit trail of one patient, oldest first; chain admins only. Reading it is itself audited. It sits with the
 * patient's record, whose access rules it uses: the audit package only keeps the log.
 */
@RestController
class AccessLogController {

    private final PatientAccess access;
    private final AccessLog log;

    AccessLogController(PatientAccess access, AccessLog log) {
        this.access = access;
        this.log = log;
    }

    @PatientRecordAccess(action = AccessAction.ACCESS_LOG_READ, allowed = AllowedRoles.ADMIN_ONLY)
    @Operation(operationId = "getPatientAccessLog", tags = "Patients", summary = "Read who accessed a patient's record",
            description = "The audit of every access to the patient's record (reads, searches, changes, refusals), "
            + "newest first. Roles: admin. Not for partner tokens. Scoped to the caller's chain: another "
            + "chain's record answers 404, as one that does not exist.")
    @GetMapping("/api/patients/{id}/access-log")
    PageResponse<AccessEntry> accessLog(Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "20") int size) {
        PageRequest pageRequest = new PageRequest(page, size);
        access.open(caller, id, AccessAction.ACCESS_LOG_READ, PatientAccess.ADMIN_ONLY);
        return log.page(caller.chainId(), id, pageRequest);
    }
}
