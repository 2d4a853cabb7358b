package com.clinicchain.problems;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every problem type an app of the platform answers with, in one place: the gateway and the services name each error
 * the same ({@code type} is {@code /problems/<slug>}, {@code title} is the same for every occurrence, as RFC 9457
 * wants). The first group are the HTTP-level errors any app can raise, the second the domain's refusals.
 * The docs page lists this catalogue; a test checks that every kind the services throw is in it.
 */
public enum ProblemType {

    // HTTP level: raised by the servers, the frameworks or our filters, in any app
    BAD_REQUEST("bad-request", 400, "Bad request",
            "The request itself is malformed: characters not allowed in the path or headers, a broken request line."),
    VALIDATION("validation", 400, "Invalid request",
            "A field, parameter or header has a wrong value; errors[] names each (field, message)."),
    UNAUTHORIZED("unauthorized", 401, "Unauthorized",
            "A valid bearer token is required; WWW-Authenticate says why the one sent was refused."),
    FORBIDDEN("forbidden", 403, "Forbidden",
            "The token's roles or clinics do not allow this request."),
    NOT_FOUND("not-found", 404, "Not found",
            "No such resource, or it belongs to another chain (existence is not revealed), or no route for the path."),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed",
            "The path exists but not with this method; Allow lists the methods it takes."),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable",
            "The Accept header asks for a media type the operation cannot produce."),
    REQUEST_TIMEOUT("request-timeout", 408, "Request timeout",
            "The request was not received in time."),
    CONFLICT("conflict", 409, "Conflict",
            "The change conflicts with stored data."),
    STALE_VERSION("stale-version", 412, "Changed meanwhile",
            "If-Match names an older version than the stored one: read the resource again and retry."),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Content too large",
            "The request body is larger than the limit (1 MiB by default), declared or counted as it streams."),
    URI_TOO_LONG("uri-too-long", 414, "URI too long",
            "The request line is longer than the server accepts."),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type",
            "The Content-Type is not one the operation reads (bodies are application/json)."),
    PRECONDITION_REQUIRED("precondition-required", 428, "If-Match required",
            "The update needs If-Match with the ETag of the version it changes."),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests",
            "The caller's rate limit is used up; Retry-After says how many seconds to wait."),
    HEADERS_TOO_LARGE("headers-too-large", 431, "Request header fields too large",
            "The request's headers are larger than the server accepts."),
    INTERNAL_ERROR("internal-error", 500, "Internal error",
            "The request could not be completed; nothing internal is told. The correlationId finds it in the logs."),
    NOT_IMPLEMENTED("not-implemented", 501, "Not implemented",
            "The server does not know the request's method."),
    BUSY("busy", 503, "Try again",
            "The record is locked by another change right now; Retry-After says when to retry."),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service unavailable",
            "The service behind the gateway, or the sign-in server, is not reachable right now."),
    GATEWAY_TIMEOUT("gateway-timeout", 504, "Gateway timeout",
            "The service behind the gateway did not answer in time."),

    // the domain's refusals
    IDEMPOTENCY_KEY_IN_USE("idempotency-key-in-use", 409, "Request in progress",
            "A request with this Idempotency-Key is still being processed, or has just failed; retry it."),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency-Key reused",
            "This Idempotency-Key was already used for a different request."),
    NOT_REGISTERED("not-registered", 422, "Not registered",
            "A clinic or practitioner named in the request is not in the chain's registry; errors[] names each."),
    NOT_ELIGIBLE("not-eligible", 422, "Session not allowed",
            "The clinic's rules refuse this session; reasons[] lists each failed rule."),
    POSSIBLE_DUPLICATE("possible-duplicate", 409, "Possible duplicate",
            "A patient with the same name and birth date exists; confirm a different person to register anyway."),
    PATIENT_ERASED("patient-erased", 409, "Patient erased",
            "The patient's personal data was erased (GDPR); the record cannot change any more."),
    CONSENT_ALREADY_WITHDRAWN("consent-already-withdrawn", 409, "Already withdrawn",
            "The consent was withdrawn already."),
    CLINIC_ALREADY_REGISTERED("clinic-already-registered", 409, "Clinic already registered",
            "The chain's registry holds this clinic id already."),
    PRACTITIONER_ALREADY_REGISTERED("practitioner-already-registered", 409, "Practitioner already registered",
            "The chain's registry holds this practitioner already."),
    PATIENT_DOUBLE_BOOKED("patient-double-booked", 409, "Patient already booked",
            "The patient has another session at that time."),
    PRACTITIONER_DOUBLE_BOOKED("practitioner-double-booked", 409, "Practitioner already booked",
            "The practitioner has another session at that time."),
    ILLEGAL_TRANSITION("illegal-transition", 409, "Illegal transition",
            "The session's status does not allow this step."),
    SESSION_NOT_COMPLETED("session-not-completed", 409, "Session not completed",
            "Adverse events are reported on completed sessions only."),
    ADVERSE_EVENT_CLOSED("adverse-event-closed", 409, "Adverse event already closed",
            "The adverse event is closed and takes no more changes."),
    FOLLOW_UP_CLOSED("follow-up-closed", 409, "Follow-up already closed",
            "The follow-up is closed and takes no more changes."),
    LOT_RECALLED("lot-recalled", 409, "Lot recalled",
            "The lot is recalled: no vial of it may be received or used."),
    LOT_BLOCKED("lot-blocked", 409, "Lot is blocked",
            "The lot is blocked (quarantine or recall): its vials may not be used."),
    LOT_EXPIRED("lot-expired", 409, "Lot has expired",
            "The lot is past its expiry date."),
    LOT_STATUS("lot-status", 409, "Lot status cannot change",
            "The lot's current status does not allow this change."),
    VIAL_STATE("vial-state", 409, "Vial not in a state for this",
            "The vial's state does not allow this action (reconstitute, discard, release)."),
    VIAL_QUARANTINED("vial-quarantined", 409, "Vial is quarantined",
            "The vial is quarantined and may not be used."),
    VIAL_NOT_TRANSFERABLE("vial-not-transferable", 409, "Vial cannot be transferred",
            "The vial is not on the shelf of the sending clinic, or not sealed."),
    TRANSFER_STATE("transfer-state", 409, "Transfer cannot change",
            "The transfer's state does not allow this step."),
    STOCK_RESERVED("stock-reserved", 409, "Units are reserved",
            "The units asked for are reserved for booked sessions.");

    /** Where the types live; a type URI is this prefix and the slug (relative, resolved against the API's host). */
    public static final String PREFIX = "/problems/";

    private static final Map<String, ProblemType> BY_SLUG = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ProblemType::slug, Function.identity()));
    private static final Map<Integer, ProblemType> GENERAL = Arrays.stream(new ProblemType[] {BAD_REQUEST,
                    UNAUTHORIZED, FORBIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, REQUEST_TIMEOUT, CONFLICT,
                    PAYLOAD_TOO_LARGE, URI_TOO_LONG, UNSUPPORTED_MEDIA_TYPE, PRECONDITION_REQUIRED, TOO_MANY_REQUESTS,
                    HEADERS_TOO_LARGE, INTERNAL_ERROR, NOT_IMPLEMENTED, SERVICE_UNAVAILABLE, GATEWAY_TIMEOUT})
            .collect(Collectors.toUnmodifiableMap(ProblemType::status, Function.identity()));

    private final String slug;
    private final int status;
    private final String title;
    private final String meaning;

    ProblemType(String slug, int status, String title, String meaning) {
        this.slug = slug;
        this.status = status;
        this.title = title;
        this.meaning = meaning;
    }

    public String slug() {
        return slug;
    }

    /** The RFC 9457 {@code type}: {@code /problems/<slug>}. */
    public String type() {
        return PREFIX + slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** One line for the docs page: when the type is answered and what the client can do. */
    public String meaning() {
        return meaning;
    }

    public static Optional<ProblemType> bySlug(String slug) {
        return Optional.ofNullable(BY_SLUG.get(slug));
    }

    /**
     * The general type for a bare status a server or framework raised without saying more (Tomcat's 400 for a bad
     * path, Netty's 414, Spring's 405); for a status without one, {@link #BAD_REQUEST} for a 4xx and
     * {@link #INTERNAL_ERROR} for anything else.
     */
    public static ProblemType forStatus(int status) {
        ProblemType general = GENERAL.get(status);
        if (general != null) {
            return general;
        }
        return status >= 400 && status < 500 ? BAD_REQUEST : INTERNAL_ERROR;
    }
}
