package com.clinicchain.treatment.session;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;

import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/sessions")
class SessionController {

    private final SessionBooking booking;
    private final Sessions sessions;

    SessionController(SessionBooking booking, Sessions sessions) {
        this.booking = booking;
        this.sessions = sessions;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('receptionist', 'practitioner', 'admin') or hasAuthority('SCOPE_sessions.write')")
    ResponseEntity<SessionResponse> book(Caller caller, @Valid @RequestBody BookSessionRequest request) {
        InjectionSession session = booking.book(caller, request);
        return ResponseEntity.created(URI.create("/api/sessions/" + session.id()))
                .body(SessionResponse.of(session, List.of()));
    }

    /** Only a qualified practitioner completes a session, and only at their own clinic. */
    @PostMapping("/{id}/complete")
    @PreAuthorize("hasRole('practitioner')")
    SessionResponse complete(Caller caller, @PathVariable UUID id, @Valid @RequestBody CompleteSessionRequest request) {
        InjectionSession session = booking.complete(caller, id, request);
        return SessionResponse.of(session, sessions.injections(id));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('receptionist', 'practitioner', 'manager', 'admin')")
    SessionResponse get(Caller caller, @PathVariable UUID id) {
        InjectionSession session = sessions.find(caller.chainId(), id)
                .orElseThrow(() -> ProblemException.notFound("session " + id));
        return SessionResponse.of(session, sessions.injections(id));
    }
}
