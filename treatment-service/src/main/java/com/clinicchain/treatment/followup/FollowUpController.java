package com.clinicchain.treatment.followup;

import java.time.Clock;
import java.util.UUID;

import jakarta.validation.Valid;

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

    @GetMapping
    @PreAuthorize(STAFF)
    PageResponse<FollowUp> list(Caller caller, @RequestParam(required = false) String clinicId,
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
    @GetMapping("/{id}")
    @PreAuthorize(STAFF)
    FollowUp one(Caller caller, @PathVariable UUID id) {
        FollowUp followUp = followUps.find(caller.chainId(), id)
                .orElseThrow(() -> ProblemException.notFound("follow-up " + id));
        caller.requireActAt(followUp.clinicId());
        return followUp;
    }

    @PostMapping("/{id}/done")
    @PreAuthorize(STAFF)
    @Transactional
    FollowUp done(Caller caller, @PathVariable UUID id,
                  @RequestBody(required = false) @Valid CloseFollowUpRequest request) {
        return close(caller, id, "DONE", request);
    }

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
