package com.clinicchain.treatment.session;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
import com.clinicchain.treatment.refusal.Refusals;
import com.clinicchain.treatment.registry.ClinicCalendar;
import com.clinicchain.treatment.registry.ClinicTimeZones;

import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/sessions")
class SessionController {

    static final String STAFF = "hasAnyRole('receptionist', 'practitioner', 'manager', 'admin')";
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

    private final SessionBooking booking;
    private final Sessions sessions;
    private final ClinicTimeZones zones;
    private final PatientHistory history;

    SessionController(SessionBooking booking, Sessions sessions, ClinicTimeZones zones, PatientHistory history) {
        this.booking = booking;
        this.sessions = sessions;
        this.zones = zones;
        this.history = history;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('receptionist', 'practitioner', 'admin') or hasAuthority('SCOPE_sessions.write')")
    ResponseEntity<SessionResponse> book(Caller caller, @Valid @RequestBody BookSessionRequest request) {
        // a retry with the same Idempotency-Key never gets here: the platform kit answers it with the first reply
        InjectionSession session = booking.book(caller, request);
        return ResponseEntity.created(URI.create("/api/sessions/" + session.id()))
                .body(view(caller, SessionResponse.of(session, sessions)));
    }

    /**
     * A clinic's schedule between {@code from} (inclusive) and {@code to} (exclusive), by start time; or of one
     * {@code date}, a day of the clinic's calendar (its time zone), whatever its length when the clocks change;
     * narrowed by {@code stockStatus} (PENDING, RESERVED, SHORT) and {@code open=true} (booked, checked in, in progress).
     */
    @GetMapping
    @PreAuthorize(STAFF)
    PageResponse<SessionLine> list(Caller caller, @RequestParam(required = false) String clinicId,
                                   @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) OffsetDateTime from,
                                   @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) OffsetDateTime to,
                                   @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date,
                                   @RequestParam(required = false) String stockStatus,
                                   @RequestParam(required = false) String open,
                                   @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (clinicId == null || clinicId.isBlank()) {
            throw ProblemException.invalid("clinicId", "is required");
        }
        if (date != null && (from != null || to != null)) {
            throw ProblemException.invalid("date", "give either date or from/to, not both");
        }
        Instant start = from == null ? EARLIEST : from.toInstant();
        Instant end = to == null ? LATEST : to.toInstant();
        if (date != null) {
            ClinicCalendar.Span day = ClinicCalendar.day(date, zones.zoneOf(caller.chainId(), clinicId));
            start = day.from();
            end = day.to();
        }
        if (!end.isAfter(start)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        SessionFilter filter = Refusals.orBadRequest(SessionFilter.parse(stockStatus, open));
        PageRequest pageRequest = new PageRequest(page, size);
        caller.requireActAt(clinicId);
        PageResponse<InjectionSession> found = sessions.atClinic(caller.chainId(), clinicId, start, end, filter,
                pageRequest);
        // the page's plans in one query, not one per session
        Map<UUID, List<PlannedArea>> plans = sessions.plans(found.items().stream().map(InjectionSession::id).toList());
        return found.map(s -> SessionLine.of(s, plans.getOrDefault(s.id(), List.of())));
    }

    /**
     * The patient's sessions at every clinic of the caller's chain: all open ones, and a page of the closed ones. A
     * patient of another chain, or none, has an empty history here (nothing of theirs is held for this chain).
     */
    @GetMapping("/history")
    @PreAuthorize(STAFF)
    TreatmentHistory history(Caller caller, @RequestParam(required = false) UUID patientId,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (patientId == null) {
            throw ProblemException.invalid("patientId", "is required");
        }
        return history.of(caller, patientId, new PageRequest(page, size));
    }

    @GetMapping("/{id}")
    @PreAuthorize(STAFF)
    SessionResponse get(Caller caller, @PathVariable UUID id) {
        InjectionSession session = sessions.find(caller.chainId(), id)
                .orElseThrow(() -> ProblemException.notFound("session " + id));
        return SessionResponse.of(session, sessions);
    }

    @PostMapping("/{id}/check-in")
    @PreAuthorize(STAFF)
    SessionResponse checkIn(Caller caller, @PathVariable UUID id) {
        return SessionResponse.of(booking.move(caller, id, SessionStatus.CHECKED_IN, null), sessions);
    }

    /** The practitioner starts the treatment itself. */
    @PostMapping("/{id}/start")
    @PreAuthorize("hasRole('practitioner')")
    SessionResponse start(Caller caller, @PathVariable UUID id) {
        return SessionResponse.of(booking.move(caller, id, SessionStatus.IN_PROGRESS, null), sessions);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize(STAFF + " or hasAuthority('SCOPE_sessions.write')")
    SessionResponse cancel(Caller caller, @PathVariable UUID id, @Valid @RequestBody CancelRequest request) {
        return view(caller, SessionResponse.of(booking.move(caller, id, SessionStatus.CANCELLED, request.reason()),
                sessions));
    }

    @PostMapping("/{id}/no-show")
    @PreAuthorize(STAFF)
    SessionResponse noShow(Caller caller, @PathVariable UUID id) {
        return SessionResponse.of(booking.move(caller, id, SessionStatus.NO_SHOW, null), sessions);
    }

    /** Only a qualified practitioner completes a session, and only at their own clinic. */
    @PostMapping("/{id}/complete")
    @PreAuthorize("hasRole('practitioner')")
    SessionResponse complete(Caller caller, @PathVariable UUID id, @Valid @RequestBody CompleteSessionRequest request) {
        return SessionResponse.of(booking.complete(caller, id, request), sessions);
    }

    /** Partners (the only callers of book and cancel without a staff role) get codes, never clinical detail. */
    private static SessionResponse view(Caller caller, SessionResponse response) {
        return caller.partner() ? PartnerView.of(response) : response;
    }
}
