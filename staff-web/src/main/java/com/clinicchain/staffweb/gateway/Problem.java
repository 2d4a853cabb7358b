package com.clinicchain.staffweb.gateway;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.clinicchain.staffweb.layout.Words;

/**
 * An RFC 9457 problem as the platform answers it: its kind is the last part of {@code type}
 * ({@code /problems/possible-duplicate}), bad input names fields in {@code errors}.
 */
public record Problem(int status, String kind, String title, String detail, List<FieldError> errors,
                      Map<String, Object> properties) {

    public record FieldError(String field, String message) {
    }

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    /** Reads a problem body; anything else (an HTML error page of a proxy, nothing at all) becomes a plain one. */
    static Problem of(int status, Map<String, Object> body) {
        if (body == null) {
            return new Problem(status, "http-" + status, null, null, List.of(), Map.of());
        }
        String type = body.get("type") instanceof String t ? t : "";
        String kind = type.isEmpty() ? "http-" + status : type.substring(type.lastIndexOf('/') + 1);
        List<FieldError> errors = body.get("errors") instanceof List<?> list ? list.stream()
                .filter(Map.class::isInstance).map(Map.class::cast)
                .map(error -> new FieldError(String.valueOf(error.get("field")), String.valueOf(error.get("message"))))
                .toList() : List.of();
        Map<String, Object> properties = new java.util.HashMap<>(body);
        List.of("type", "title", "status", "detail", "instance", "errors").forEach(properties::remove);
        properties.values().removeIf(java.util.Objects::isNull);
        return new Problem(status, kind, body.get("title") instanceof String t ? t : null,
                body.get("detail") instanceof String d ? d : null, errors, properties);
    }

    public boolean is(String problemKind) {
        return kind.equals(problemKind);
    }

    public Optional<String> property(String name) {
        Object value = properties.get(name);
        return value == null ? Optional.empty() : Optional.of(String.valueOf(value));
    }

    /** What to tell the person: the detail when the platform gave one, else the title, else the status. */
    public String message() {
        if (detail != null && !detail.isBlank()) {
            return Words.capitalised(detail);
        }
        return title != null && !title.isBlank() ? title : "The request failed (HTTP " + status + ")";
    }

    /**
     * The field errors keyed by the form's input each belongs to ({@code inputs} maps a field the service names to
     * the input's id); errors naming no input of the form are kept under {@code form}, with the field's name.
     */
    public Map<String, String> byInput(Map<String, String> inputs) {
        Map<String, String> messages = new java.util.LinkedHashMap<>();
        for (FieldError error : errors) {
            String input = inputs.getOrDefault(error.field(), "form");
            String message = input.equals("form") ? error.field() + " " + error.message() : error.message();
            messages.merge(input, message, (a, b) -> a + "; " + b);
        }
        return messages;
    }

    /**
     * One sentence for a form without a place per field: the fields the platform named with their messages ("Reason
     * must not be blank"), else what the role may not do, else {@link #message()}.
     */
    public String inWords() {
        if (!errors.isEmpty()) {
            return errors.stream().map(error -> Words.capitalised(error.field()) + " " + error.message())
                    .collect(java.util.stream.Collectors.joining("; "));
        }
        return status == 403 ? "Your role may not do this: " + message() : message();
    }
}
