package com.clinicchain.inventory.consistency;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The chain's admins ask whether its records agree; an empty list of differences means they do. */
@Tag(name = "Administration", description = "Checks for the chain's administrators.")
@RestController
class ConsistencyController {

    private final ConsistencyCheck check;

    ConsistencyController(ConsistencyCheck check) {
        this.check = check;
    }

    @Operation(operationId = "checkConsistency", tags = "Administration", summary = "Check that the stock records agree",
            description = "Compares the stock with the movements that made it; an empty list of differences means "
            + "they agree. Roles: admin. Not for partner tokens. Lists only what the caller's chain "
            + "holds.")
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
