package com.clinicchain.treatment.recall;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.treatment.session.RecalledPatient;
import com.clinicchain.treatment.session.Sessions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Recall tracing for chain admins: every completed session, at any clinic of the chain, that used the lot. The lot
 * number was copied onto each injection when it was charted, so this needs no other service; it is looked up in
 * the form it was stored in, whatever case and spaces the admin types.
 */
@Tag(name = "Recalls", description = "Patients treated from a recalled lot.")
@RestController
class RecallController {

    private final Sessions sessions;

    RecallController(Sessions sessions) {
        this.sessions = sessions;
    }

    @Operation(operationId = "listRecalledPatients", tags = "Recalls", summary = "List the patients treated from a lot",
            description = "The patients injected from vials of the lot, for a recall, a page at a time. Roles: admin. "
            + "Not for partner tokens. Lists only what the caller's chain holds.")
    @GetMapping("/api/sessions/recalls/{lotNumber}/patients")
    @PreAuthorize("hasRole('admin')")
    PageResponse<RecalledPatient> patients(Caller caller, @PathVariable String lotNumber,
                                           @RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "100") int size) {
        if (lotNumber.isBlank() || lotNumber.length() > 64) {
            throw ProblemException.invalid("lotNumber", "must be 1–64 characters");
        }
        return sessions.recalledPatients(caller.chainId(), lotNumber, new PageRequest(page, size));
    }
}
