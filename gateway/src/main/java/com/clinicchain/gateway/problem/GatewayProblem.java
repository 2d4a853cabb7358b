package com.clinicchain.gateway.problem;

import org.springframework.http.HttpStatus;

/** The kinds of error the gateway answers itself; each has a stable problem type URI. */
public enum GatewayProblem {

    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "/problems/unauthorized", "Unauthorized",
            "A valid bearer token is required."),
    FORBIDDEN(HttpStatus.FORBIDDEN, "/problems/forbidden", "Forbidden",
            "The token does not allow this request."),
    NOT_FOUND(HttpStatus.NOT_FOUND, "/problems/not-found", "Not Found",
            "No resource or route matches this path."),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "/problems/method-not-allowed", "Method Not Allowed",
            "The method is not allowed for this path."),
    BAD_REQUEST(HttpStatus.BAD_REQUEST, "/problems/bad-request", "Bad Request",
            "The request could not be understood."),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "/problems/payload-too-large", "Content Too Large",
            "The request body is too large."),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "/problems/too-many-requests", "Too Many Requests",
            "This client sent too many requests; retry later."),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "/problems/service-unavailable", "Service Unavailable",
            "The service behind this path is not reachable right now; try again later."),
    GATEWAY_TIMEOUT(HttpStatus.GATEWAY_TIMEOUT, "/problems/gateway-timeout", "Gateway Timeout",
            "The service behind this path did not answer in time."),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "/problems/internal-error", "Internal Server Error",
            "The gateway could not handle the request.");

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final String defaultDetail;

    GatewayProblem(HttpStatus status, String type, String title, String defaultDetail) {
        this.status = status;
        this.type = type;
        this.title = title;
        this.defaultDetail = defaultDetail;
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String defaultDetail() {
        return defaultDetail;
    }

    /** The problem for a status code the gateway did not classify more precisely. */
    public static GatewayProblem forStatus(int status) {
        for (GatewayProblem problem : values()) {
            if (problem.status.value() == status) {
                return problem;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
    }
}
