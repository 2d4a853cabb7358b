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

import com.clinicchain.kit.openapi.Created;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.security.Caller;
import com.clinicchain.kit.web.PageRequest;
import com.clinicchain.kit.web.PageResponse;
import com.clinicchain.treatment.refusal.Refusals;
import com.clinicchain.treatment.registry.ClinicCalendar;
import com.clinicchain.treatment.registry.ClinicTimeZones;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Tag(name = "Sessions", description = "Injection sessions: booking, the day's schedule, check-in to completion.")
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

    @Operation(operationId = "bookSession", tags = "Sessions", summary = "Book a session",
            description = "Books a patient's session at a clinic; 422 when a rule refuses it (no valid consent, "
            + "outside opening hours, the practitioner not qualified or busy, stock). Partners get codes, "
            + "never clinical detail. Roles: receptionist, practitioner, admin. Partner scope: "
            + "`sessions.write`. Staff act only at their own clinics (403 elsewhere); admins and partners "
            + "at every clinic of their chain.")
    @Created
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
    @Operation(operationId = "listSessions", tags = "Sessions", summary = "List a clinic's sessions",
            description = "A clinic's schedule between `from` (inclusive) and `to` (exclusive), or of one `date` of "
            + "the clinic's calendar; narrowed by `stockStatus` and `open`. `clinicId` is required. "
            + "Roles: receptionist, practitioner, manager, admin. Not for partner tokens. Staff act only "
            + "at their own clinics (403 elsewhere); admins and partners at every clinic of their chain.")
    @GetMapping
    @PreAuthorize(STAFF)
    PageResponse<SessionLine> list(Caller caller,
                                   @Parameter(required = true, description = "the clinic") @RequestParam(required = false) String clinicId,
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
    @Operation(operationId = "getTreatmentHistory", tags = "Sessions", summary = "Read a patient's treatment history",
            description = "The patient's sessions at every clinic of the chain: all open ones and a page of the "
            + "closed ones; a patient unknown to the chain has an empty history. Roles: receptionist, "
            + "practitioner, manager, admin. Not for partner tokens. Lists only what the caller's chain "
            + "holds.")
    @GetMapping("/history")
    @PreAuthorize(STAFF)
    TreatmentHistory history(Caller caller,
                             @Parameter(required = true, description = "the patient") @RequestParam(required = false) UUID patientId,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (patientId == null) {
            throw ProblemException.invalid("patientId", "is required");
        }
        return history.of(caller, patientId, new PageRequest(page, size));
    }

    @Operation(operationId = "getSession", tags = "Sessions", summary = "Read a session",
            description = "The session with its plan, injections and warnings. Roles: receptionist, practitioner, "
            + "manager, admin. Not for partner tokens. Scoped to the caller's chain: another chain's "
            + "record answers 404, as one that does not exist.")
    @GetMapping("/{id}")
    @PreAuthorize(STAFF)
    SessionResponse get(Caller caller, @PathVariable UUID id) {
        InjectionSession session = sessions.find(caller.chainId(), id)
                .orElseThrow(() -> ProblemException.notFound("session " + id));
        return SessionResponse.of(session, sessions);
    }

    @Operation(operationId = "checkInSession", tags = "Sessions", summary = "Check a patient in",
            description = "The patient has arrived; 409 when the session is not booked. Roles: receptionist, "
            + "practitioner, manager, admin. Not for partner tokens. Scoped to the caller's chain: "
            + "another chain's record answers 404, as one that does not exist. Staff act only at their "
            + "own clinics (403 elsewhere); admins and partners at every clinic of their chain.")
    @PostMapping("/{id}/check-in")
    @PreAuthorize(STAFF)
    SessionResponse checkIn(Caller caller, @PathVariable UUID id) {
        return SessionResponse.of(booking.move(caller, id, SessionStatus.CHECKED_IN, null), sessions);
    }

    /** The practitioner starts the treatment itself. */
    @Operation(operationId = "startSession", tags = "Sessions", summary = "Start the treatment",
            description = "The practitioner starts the treatment of a checked-in session. Roles: practitioner. Not "
            + "for partner tokens. Scoped to the caller's chain: another chain's record answers 404, as "
            + "one that does not exist. Staff act only at their own clinics (403 elsewhere); admins and "
            + "partners at every clinic of their chain.")
    @PostMapping("/{id}/start")
    @PreAuthorize("hasRole('practitioner')")
    SessionResponse start(Caller caller, @PathVariable UUID id) {
        return SessionResponse.of(booking.move(caller, id, SessionStatus.IN_PROGRESS, null), sessions);
    }

    @Operation(operationId = "cancelSession", tags = "Sessions", summary = "Cancel a session",
            description = "Cancels an open session with a reason; its reserved stock is released. Roles: "
            + "receptionist, practitioner, manager, admin. Partner scope: `sessions.write`. Scoped to the "
            + "caller's chain: another chain's record answers 404, as one that does not exist. Staff act "
            + "only at their own clinics (403 elsewhere); admins and partners at every clinic of their "
            + "chain.")
    @PostMapping("/{id}/cancel")
    @PreAuthorize(STAFF + " or hasAuthority('SCOPE_sessions.write')")
    SessionResponse cancel(Caller caller, @PathVariable UUID id, @Valid @RequestBody CancelRequest request) {
        return view(caller, SessionResponse.of(booking.move(caller, id, SessionStatus.CANCELLED, request.reason()),
                sessions));
    }

    @Operation(operationId = "markNoShow", tags = "Sessions", summary = "Mark a session a no-show",
            description = "The patient did not come. Roles: receptionist, practitioner, manager, admin. Not for "
            + "partner tokens. Scoped to the caller's chain: another chain's record answers 404, as one "
            + "that does not exist. Staff act only at their own clinics (403 elsewhere); admins and "
            + "partners at every clinic of their chain.")
    @PostMapping("/{id}/no-show")
    @PreAuthorize(STAFF)
    SessionResponse noShow(Caller caller, @PathVariable UUID id) {
        return SessionResponse.of(booking.move(caller, id, SessionStatus.NO_SHOW, null), sessions);
    }

    /** Only a qualified practitioner completes a session, and only at their own clinic. */
    @Operation(operationId = "completeSession", tags = "Sessions", summary = "Complete a session with its chart",
            description = "A qualified practitioner charts the injections given (vials, units, areas) and completes "
            + "the session, at their own clinic only; 422 when the chart breaks a dosing rule without an "
            + "override. Roles: practitioner. Not for partner tokens. Scoped to the caller's chain: "
            + "another chain's record answers 404, as one that does not exist. Staff act only at their "
            + "own clinics (403 elsewhere); admins and partners at every clinic of their chain.")
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
