package com.clinicchain.treatment.adverse;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.kit.openapi.Created;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Tag(name = "Adverse events", description = "Adverse events after a treatment and their follow-up.")
@RestController
class AdverseEventController {

    private static final String CLINICIANS = "hasAnyRole('practitioner', 'manager', 'admin')";

    private final AdverseEvents adverseEvents;

    AdverseEventController(AdverseEvents adverseEvents) {
        this.adverseEvents = adverseEvents;
    }

    @Operation(operationId = "reportAdverseEvent", tags = "Adverse events", summary = "Report an adverse event",
            description = "Reports an adverse event of a completed session; serious ones (eyelid ptosis, dysphagia) "
            + "raise an alert. Roles: practitioner, manager, admin. Not for partner tokens. Scoped to the "
            + "caller's chain: another chain's record answers 404, as one that does not exist. Staff act "
            + "only at their own clinics (403 elsewhere); admins and partners at every clinic of their "
            + "chain.")
    @Created
    @PostMapping("/api/sessions/{id}/adverse-events")
    @PreAuthorize("hasAnyRole('practitioner', 'manager', 'admin')")
    ResponseEntity<AdverseEvent.Response> report(Caller caller, @PathVariable UUID id,
                                                 @Valid @RequestBody ReportAdverseEventRequest request) {
        AdverseEvent reported = adverseEvents.report(caller, id, request);
        return ResponseEntity.created(URI.create("/api/sessions/adverse-events/" + reported.id()))
                .body(reported.response(List.of()));
    }

    @Operation(operationId = "listSessionAdverseEvents", tags = "Adverse events", summary = "List a session's adverse events",
            description = "The adverse events reported for the session. Roles: practitioner, manager, admin. Not for "
            + "partner tokens. Scoped to the caller's chain: another chain's record answers 404, as one "
            + "that does not exist.")
    @GetMapping("/api/sessions/{id}/adverse-events")
    @PreAuthorize("hasAnyRole('practitioner', 'manager', 'admin')")
    List<AdverseEvent.Response> ofSession(Caller caller, @PathVariable UUID id) {
        return responses(adverseEvents.ofSession(caller.chainId(), id));
    }

    /** The alert list: {@code serious=true} gives the eyelid ptosis and dysphagia cases. */
    @Operation(operationId = "listAdverseEvents", tags = "Adverse events", summary = "List adverse events",
            description = "The alert list of the chain, a page at a time; `serious=true` gives the serious cases "
            + "only. Roles: manager, admin. Not for partner tokens. Lists only what the caller's chain "
            + "holds.")
    @GetMapping("/api/sessions/adverse-events")
    @PreAuthorize("hasAnyRole('manager', 'admin')")
    PageResponse<AdverseEvent.Response> list(Caller caller, @RequestParam(required = false) Boolean serious,
                                             @RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = "20") int size) {
        PageResponse<AdverseEvent> events = adverseEvents.list(caller, serious, new PageRequest(page, size));
        return new PageResponse<>(responses(events.items()), events.page(), events.size(), events.totalItems());
    }

    /** One event with its course, for the clinicians of its clinic and admins. */
    @Operation(operationId = "getAdverseEvent", tags = "Adverse events", summary = "Read an adverse event",
            description = "One event with its course, for the clinicians of its clinic and admins. Roles: "
            + "practitioner, manager, admin. Not for partner tokens. Scoped to the caller's chain: "
            + "another chain's record answers 404, as one that does not exist. Staff act only at their "
            + "own clinics (403 elsewhere); admins and partners at every clinic of their chain.")
    @GetMapping("/api/sessions/adverse-events/{id}")
    @PreAuthorize(CLINICIANS)
    AdverseEvent.Response one(Caller caller, @PathVariable UUID id) {
        return response(adverseEvents.one(caller, id));
    }

    @Operation(operationId = "addAdverseEventNote", tags = "Adverse events", summary = "Add a note to an adverse event",
            description = "Adds a note to the course of an open event; 409 when it is closed. Roles: practitioner, "
            + "manager, admin. Not for partner tokens. Scoped to the caller's chain: another chain's "
            + "record answers 404, as one that does not exist. Staff act only at their own clinics (403 "
            + "elsewhere); admins and partners at every clinic of their chain.")
    @PostMapping("/api/sessions/adverse-events/{id}/notes")
    @PreAuthorize(CLINICIANS)
    AdverseEvent.Response note(Caller caller, @PathVariable UUID id,
                               @Valid @RequestBody AdverseEventNoteRequest request) {
        return response(adverseEvents.note(caller, id, request));
    }

    @Operation(operationId = "closeAdverseEvent", tags = "Adverse events", summary = "Close an adverse event",
            description = "Closes the event with its outcome; 409 when it is closed already. Roles: practitioner, "
            + "manager, admin. Not for partner tokens. Scoped to the caller's chain: another chain's "
            + "record answers 404, as one that does not exist. Staff act only at their own clinics (403 "
            + "elsewhere); admins and partners at every clinic of their chain.")
    @PostMapping("/api/sessions/adverse-events/{id}/close")
    @PreAuthorize(CLINICIANS)
    AdverseEvent.Response close(Caller caller, @PathVariable UUID id,
                                @Valid @RequestBody CloseAdverseEventRequest request) {
        return response(adverseEvents.close(caller, id, request));
    }

    private AdverseEvent.Response response(AdverseEvent event) {
        return responses(List.of(event)).get(0);
    }

    private List<AdverseEvent.Response> responses(List<AdverseEvent> events) {
        Map<UUID, List<AdverseEventEntry>> history = adverseEvents.historyOf(events);
        return events.stream().map(event -> event.response(history.getOrDefault(event.id(), List.of()))).toList();
    }
}
