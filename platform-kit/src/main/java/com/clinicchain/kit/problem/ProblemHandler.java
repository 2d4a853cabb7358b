package com.clinicchain.kit.problem;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.beans.TypeMismatchException;

import com.clinicchain.kit.problem.ProblemException.FieldError;
import com.clinicchain.kit.security.AuthorizationFirst;
import com.clinicchain.kit.web.BodyTooLargeException;
import com.clinicchain.problems.ProblemType;

import tools.jackson.databind.DatabindException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Every error leaves a service as {@code application/problem+json}. Bad input names its field; nothing
 * internal (stack traces, SQL, class names) reaches the body.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final AuthorizationFirst authorizationFirst = new AuthorizationFirst();

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> domainProblem(ProblemException e) {
        return ResponseEntity.status(e.status()).body(e.toProblemDetail());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException e) {
        return forbidden();
    }

    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> busy(PessimisticLockingFailureException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem(ProblemType.BUSY, "the record is busy, try again"));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> conflict(DataIntegrityViolationException e) {
        log.info("integrity violation: {}", e.getMostSpecificCause().getClass().getSimpleName());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problem(ProblemType.CONFLICT, "the change conflicts with stored data"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("unexpected error", e);
        return ResponseEntity.internalServerError().body(problem(ProblemType.INTERNAL_ERROR,
                "the request could not be completed"));
    }

    /** The body limit counted as a chunked body streamed in: thrown from under the JSON reader or a filter. */
    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<Object> tooLarge(BodyTooLargeException e) {
        return tooLargeAnswer(e);
    }

    private static ResponseEntity<Object> tooLargeAnswer(BodyTooLargeException e) {
        // the rest of the body is not read: the connection is closed rather than drained
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                .body(problem(ProblemType.PAYLOAD_TOO_LARGE, e.getMessage()));
    }

    /** A missing query parameter names itself like any other invalid field (Spring's default has no type, no errors). */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (refusedWhateverTheInput(request)) {
            return forbidden();
        }
        return ResponseEntity.badRequest().body(validation(List.of(new FieldError(e.getParameterName(), "is required"))));
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (refusedWhateverTheInput(request)) {
            return forbidden();
        }
        if (e instanceof MissingRequestHeaderException missing) {
            return ResponseEntity.badRequest().body(validation(List.of(new FieldError(missing.getHeaderName(),
                    "is required"))));
        }
        return super.handleServletRequestBindingException(e, headers, status, request);
    }

    /**
     * Every other framework answer (405, 406, 415, 404 of an unknown path, ...) gets its catalogue type and title
     * in place of Spring's {@code about:blank}, and the correlation id.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail detail) {
            body = ProblemHandler.catalogued(detail);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    /** A problem the framework made, typed from the catalogue by its status; one already typed is left as it is. */
    static ProblemDetail catalogued(ProblemDetail detail) {
        if (detail.getType() == null || "about:blank".equals(detail.getType().toString())) {
            ProblemType type = ProblemType.forStatus(detail.getStatus());
            detail.setType(java.net.URI.create(type.type()));
            detail.setTitle(type.title());
        }
        return ProblemException.withCorrelationId(detail);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (refusedWhateverTheInput(request)) {
            return forbidden();
        }
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage())).toList();
        return ResponseEntity.badRequest().body(validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (refusedWhateverTheInput(request)) {
            return forbidden();
        }
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldError(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        if (refusedWhateverTheInput(request)) {
            return forbidden();
        }
        String field = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        return ResponseEntity.badRequest().body(validation(List.of(new FieldError(field, "has an invalid value"))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (refusedWhateverTheInput(request)) {
            return forbidden();
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return tooLargeAnswer(tooLarge);
            }
        }
        Throwable cause = e.getMostSpecificCause();
        DatabindException databind = databindCause(e);
        if (databind != null && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
            String message = databind.getClass().getSimpleName().startsWith("Unrecognized")
                    ? "is not a known field" : "has an invalid value";
            return ResponseEntity.badRequest().body(validation(List.of(new FieldError(field, message))));
        }
        // a number too large for its field: the parser knows where it stood, the databind layer never saw the value
        String field = cause instanceof InputCoercionException outOfRange ? fieldOf(outOfRange) : null;
        if (field != null) {
            return ResponseEntity.badRequest().body(validation(List.of(new FieldError(field, "is out of range"))));
        }
        String message = cause instanceof JacksonException ? "is not valid JSON" : "is missing or unreadable";
        return ResponseEntity.badRequest().body(validation(List.of(new FieldError("body", message))));
    }

    /** The operation the request was for refuses the caller's role, so what they sent does not matter. */
    private boolean refusedWhateverTheInput(WebRequest request) {
        return request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
                RequestAttributes.SCOPE_REQUEST) instanceof HandlerMethod operation
                && authorizationFirst.refuses(operation);
    }

    private static ResponseEntity<Object> forbidden() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemException.forbidden(
                "your role does not allow this action").toProblemDetail());
    }

    /** Where the parser stood when it failed, as the field errors name it ({@code injections[0].points}); or null. */
    static String fieldOf(StreamReadException e) {
        if (e.processor() == null) {
            return null;
        }
        List<String> segments = new ArrayList<>();
        for (TokenStreamContext at = e.processor().streamReadContext(); at != null && !at.inRoot();
             at = at.getParent()) {
            if (at.inObject() && at.currentName() != null) {
                segments.add(0, at.currentName());
            } else if (at.inArray()) {
                segments.add(0, "[" + at.getCurrentIndex() + "]");
            }
        }
        return segments.stream().reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(null);
    }

    /** The databind error knows the JSON path even when a parser (dates, numbers) threw underneath it. */
    private static DatabindException databindCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabindException databind) {
                return databind;
            }
        }
        return null;
    }

    private static ProblemDetail validation(List<FieldError> errors) {
        ProblemDetail problem = problem(ProblemType.VALIDATION,
                errors.stream().map(error -> error.field() + ": " + error.message()).reduce((a, b) -> a + "; " + b)
                        .orElse("invalid request"));
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ProblemDetail problem(ProblemType type, String detail) {
        return new ProblemException(type, detail).toProblemDetail();
    }
}
