package com.clinicchain.treatment.adverse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;

import jakarta.validation.Valid;

@RestController
class AdverseEventController {

    private final AdverseEvents adverseEvents;

    AdverseEventController(AdverseEvents adverseEvents) {
        this.adverseEvents = adverseEvents;
    }

    @PostMapping("/api/sessions/{id}/adverse-events")
    @PreAuthorize("hasAnyRole('practitioner', 'manager', 'admin')")
    ResponseEntity<AdverseEvent.Response> report(Caller caller, @PathVariable UUID id,
                                                 @Valid @RequestBody ReportAdverseEventRequest request) {
        AdverseEvent reported = adverseEvents.report(caller, id, request);
        return ResponseEntity.created(URI.create("/api/sessions/" + id + "/adverse-events"))
                .body(reported.response());
    }

    @GetMapping("/api/sessions/{id}/adverse-events")
    @PreAuthorize("hasAnyRole('practitioner', 'manager', 'admin')")
    List<AdverseEvent.Response> ofSession(Caller caller, @PathVariable UUID id) {
        return adverseEvents.ofSession(caller.chainId(), id).stream().map(AdverseEvent::response).toList();
    }

    /** The alert list: {@code serious=true} gives the eyelid ptosis and dysphagia cases. */
    @GetMapping("/api/sessions/adverse-events")
    @PreAuthorize("hasAnyRole('manager', 'admin')")
    PageResponse<AdverseEvent.Response> list(Caller caller, @RequestParam(required = false) Boolean serious,
                                             @RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = "20") int size) {
        return adverseEvents.list(caller, serious, new PageRequest(page, size)).map(AdverseEvent::response);
    }
}
