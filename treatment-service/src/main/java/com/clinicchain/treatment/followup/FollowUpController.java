package com.clinicchain.treatment.followup;

import java.time.Clock;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.treatment.followup.FollowUps.Due;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Tag(name = "Follow-ups", description = "Calls to patients after their treatment.")
@RestController
@RequestMapping("/api/follow-ups")
class FollowUpController {

    private static final String STAFF = "hasAnyRole('receptionist', 'practitioner', 'manager', 'admin')";

    private final FollowUps followUps;
    private final Clock clock;

    FollowUpController(FollowUps followUps, Clock clock) {
        this.clock = clock;
        this.followUps = followUps;
    }

    @Operation(operationId = "listFollowUps", tags = "Follow-ups", summary = "List a clinic's follow-ups",
            description = "A clinic's follow-ups, a page at a time, optionally by `status`. `clinicId` is required. "
            + "Roles: receptionist, practitioner, manager, admin. Not for partner tokens. Staff act only "
            + "at their own clinics (403 elsewhere); admins and partners at every clinic of their chain.")
    @GetMapping
    @PreAuthorize(STAFF)
    PageResponse<FollowUp> list(Caller caller,
                                @Parameter(required = true, description = "the clinic") @RequestParam(required = false) String clinicId,
                                @RequestParam(required = false) Due status,
                                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (clinicId == null || clinicId.isBlank()) {
            throw ProblemException.invalid("clinicId", "is required");
        }
        caller.requireActAt(clinicId);
        return followUps.open(caller.chainId(), clinicId, status, clock.instant(),
                new PageRequest(page, size));
    }

    /** One follow-up, for the staff of its clinic and admins; another chain's answers 404. */
    @Operation(operationId = "getFollowUp", tags = "Follow-ups", summary = "Read a follow-up",
            description = "One follow-up, for the staff of its clinic and admins. Roles: receptionist, practitioner, "
            + "manager, admin. Not for partner tokens. Scoped to the caller's chain: another chain's "
            + "record answers 404, as one that does not exist. Staff act only at their own clinics (403 "
            + "elsewhere); admins and partners at every clinic of their chain.")
    @GetMapping("/{id}")
    @PreAuthorize(STAFF)
    FollowUp one(Caller caller, @PathVariable UUID id) {
        FollowUp followUp = followUps.find(caller.chainId(), id)
                .orElseThrow(() -> ProblemException.notFound("follow-up " + id));
        caller.requireActAt(followUp.clinicId());
        return followUp;
    }

    @Operation(operationId = "completeFollowUp", tags = "Follow-ups", summary = "Mark a follow-up done",
            description = "The patient was called; 409 when the follow-up is closed already. Roles: receptionist, "
            + "practitioner, manager, admin. Not for partner tokens. Scoped to the caller's chain: "
            + "another chain's record answers 404, as one that does not exist. Staff act only at their "
            + "own clinics (403 elsewhere); admins and partners at every clinic of their chain.")
    @PostMapping("/{id}/done")
    @PreAuthorize(STAFF)
    @Transactional
    FollowUp done(Caller caller, @PathVariable UUID id,
                  @RequestBody(required = false) @Valid CloseFollowUpRequest request) {
        return close(caller, id, "DONE", request);
    }

    @Operation(operationId = "skipFollowUp", tags = "Follow-ups", summary = "Skip a follow-up",
            description = "The call will not be made, with a note why; 409 when the follow-up is closed already. "
            + "Roles: receptionist, practitioner, manager, admin. Not for partner tokens. Scoped to the "
            + "caller's chain: another chain's record answers 404, as one that does not exist. Staff act "
            + "only at their own clinics (403 elsewhere); admins and partners at every clinic of their "
            + "chain.")
    @PostMapping("/{id}/skip")
    @PreAuthorize(STAFF)
    @Transactional
    FollowUp skip(Caller caller, @PathVariable UUID id,
                  @RequestBody(required = false) @Valid CloseFollowUpRequest request) {
        return close(caller, id, "SKIPPED", request);
    }

    private FollowUp close(Caller caller, UUID id, String status, CloseFollowUpRequest request) {
        FollowUp followUp = followUps.findForUpdate(caller.chainId(), id)
                .orElseThrow(() -> ProblemException.notFound("follow-up " + id));
        caller.requireActAt(followUp.clinicId());
        if (!"OPEN".equals(followUp.status())) {
            throw ProblemException.conflict("follow-up-closed", "Follow-up already closed",
                    "the follow-up is already " + followUp.status());
        }
        followUps.close(id, status, caller.username(), clock.instant(),
                request == null ? null : request.noteOrNone());
        return followUps.findForUpdate(caller.chainId(), id).orElseThrow();
    }
}
