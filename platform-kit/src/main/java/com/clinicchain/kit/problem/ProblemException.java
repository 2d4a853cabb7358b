package com.clinicchain.kit.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import com.clinicchain.kit.web.CorrelationId;
import com.clinicchain.problems.ProblemType;

/**
 * A refusal the domain can name: thrown anywhere, answered as an RFC 9457 problem whose {@code type} is
 * {@code /problems/<kind>}, a kind of the one catalogue ({@link ProblemType}), whose title it carries. Extra properties
 * (such as the list of failed rules) go into the body as they are; so does the request's correlation id.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String kind;
    private final String title;
    private final Map<String, Object> properties;

    /**
     * The kind names a catalogue entry (a test of the catalogue checks every literal kind thrown); its title is the
     * catalogue's, so that a type has one title wherever it is answered.
     */
    public ProblemException(HttpStatus status, String kind, String title, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.kind = kind;
        this.title = ProblemType.bySlug(kind).map(ProblemType::title).orElse(title);
        this.properties = Map.copyOf(properties);
    }

    public ProblemException(HttpStatus status, String kind, String title, String detail) {
        this(status, kind, title, detail, Map.of());
    }

    public ProblemException(ProblemType type, String detail, Map<String, Object> properties) {
        this(HttpStatus.valueOf(type.status()), type.slug(), type.title(), detail, properties);
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    /** Also used for another chain's resources: existence must not leak. */
    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " not found");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException conflict(String kind, String title, String detail) {
        return new ProblemException(HttpStatus.CONFLICT, kind, title, detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + ": " + message,
                Map.of("errors", List.of(new FieldError(field, message))));
    }

    public ProblemDetail toProblemDetail() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
        problem.setType(URI.create(ProblemType.PREFIX + kind));
        problem.setTitle(title);
        properties.forEach(problem::setProperty);
        withCorrelationId(problem);
        return problem;
    }

    /** The id the kit's filter put in the logging context, so that a caller can quote it and it finds the log lines. */
    static ProblemDetail withCorrelationId(ProblemDetail problem) {
        String correlationId = MDC.get(CorrelationId.MDC_KEY);
        if (correlationId != null) {
            problem.setProperty("correlationId", correlationId);
        }
        return problem;
    }

    public HttpStatus status() {
        return status;
    }

    public record FieldError(String field, String message) {
    }
}
