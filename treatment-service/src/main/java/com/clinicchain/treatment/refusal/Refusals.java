package com.clinicchain.treatment.refusal;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.problem.ProblemException.FieldError;

/**
 * The one place where the rules' decisions become RFC 9457 problems: rule classes return values
 * ({@link Checked}, {@link InvalidField}, failed rules), and the services call these at their edge.
 */
public final class Refusals {

    private Refusals() {
    }

    /** The value, or a 400 naming every invalid field. */
    public static <T> T orBadRequest(Checked<T> checked) {
        requireValid(checked.invalid());
        return checked.value();
    }

    /** Nothing when the list is empty; else a 400 naming every invalid field. */
    public static void requireValid(List<InvalidField> invalid) {
        if (!invalid.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", "Invalid request", joined(invalid),
                    Map.of("errors", fieldErrors(invalid)));
        }
    }

    /**
     * A 422: the request is well formed, but the clinic's rules do not allow it. {@code reasons} go into the body
     * under {@code property} as they are, so that a client can act on each.
     */
    public static void requireNone(String kind, String title, List<String> messages, String property,
                                   List<?> reasons) {
        if (!reasons.isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, kind, title, String.join("; ", messages),
                    Map.of(property, reasons));
        }
    }

    /** A 422 naming the fields the registry does not know (a clinic or practitioner). */
    public static void requireRegistered(List<InvalidField> unknown) {
        if (!unknown.isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "not-registered", "Not registered",
                    joined(unknown), Map.of("errors", fieldErrors(unknown)));
        }
    }

    /** A 409: the thing is not in a state that allows the change. */
    public static ProblemException conflict(String kind, String title, String detail) {
        return ProblemException.conflict(kind, title, detail);
    }

    private static String joined(List<InvalidField> invalid) {
        return String.join("; ", invalid.stream().map(e -> e.field() + ": " + e.message()).toList());
    }

    private static List<FieldError> fieldErrors(List<InvalidField> invalid) {
        return invalid.stream().map(e -> new FieldError(e.field(), e.message())).toList();
    }
}
