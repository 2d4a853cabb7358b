package com.clinicchain.inventory.consistency;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;

/** The chain's admins ask whether its records agree; an empty list of differences means they do. */
@RestController
class ConsistencyController {

    private final ConsistencyCheck check;

    ConsistencyController(ConsistencyCheck check) {
        this.check = check;
    }

    @GetMapping("/api/inventory/admin/consistency")
    @PreAuthorize("hasRole('admin')")
    ConsistencyCheck.Consistency consistency(Caller caller, @RequestParam(required = false) String clinicId) {
        if (caller.partner()) {
            throw ProblemException.forbidden("the consistency check is for the chain's admins");
        }
        if (clinicId != null && clinicId.isBlank()) {
            throw ProblemException.invalid("clinicId", "must not be blank");
        }
        return check.run(caller.chainId(), clinicId);
    }
}
