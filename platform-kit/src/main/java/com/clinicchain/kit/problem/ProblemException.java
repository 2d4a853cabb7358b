package com.clinicchain.kit.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A refusal the domain can name: thrown anywhere, answered as an RFC 9457 problem whose {@code type} is
 * {@code /problems/<kind>}. Extra properties (such as the list of failed rules) go into the body as they are.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String kind;
    private final String title;
    private final Map<String, Object> properties;

    public ProblemException(HttpStatus status, String kind, String title, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.kind = kind;
        this.title = title;
        this.properties = Map.copyOf(properties);
    }

    public ProblemException(HttpStatus status, String kind, String title, String detail) {
        this(status, kind, title, detail, Map.of());
    }

    /** Also used for another chain's resources: existence must not leak. */
    public static ProblemException notFound(String what) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", "Not found", what + " not found");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
    }

    public static ProblemException conflict(String kind, String title, String detail) {
        return new ProblemException(HttpStatus.CONFLICT, kind, title, detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "validation", "Invalid request", field + ": " + message,
                Map.of("errors", List.of(new FieldError(field, message))));
    }

    public ProblemDetail toProblemDetail() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
        problem.setType(URI.create("/problems/" + kind));
        problem.setTitle(title);
        properties.forEach(problem::setProperty);
        return problem;
    }

    public HttpStatus status() {
        return status;
    }

    public record FieldError(String field, String message) {
    }
}
