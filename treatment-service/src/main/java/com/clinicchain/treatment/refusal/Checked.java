package com.clinicchain.treatment.refusal;

import java.util.List;
import java.util.Objects;

/**
 * What a rule made of its input: a value, or the fields that stop it. Rules return it; {@link Refusals} turns the
 * fields into the 400 problem at the web edge.
 */
public record Checked<T>(T value, List<InvalidField> invalid) {

    public Checked {
        invalid = List.copyOf(invalid);
        if (invalid.isEmpty()) {
            Objects.requireNonNull(value, "a checked value without refusals");
        }
    }

    public static <T> Checked<T> ok(T value) {
        return new Checked<>(value, List.of());
    }

    public static <T> Checked<T> refused(List<InvalidField> invalid) {
        if (invalid.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one field");
        }
        return new Checked<>(null, invalid);
    }

    public static <T> Checked<T> refused(String field, String message) {
        return refused(List.of(new InvalidField(field, message)));
    }

    public boolean isValid() {
        return invalid.isEmpty();
    }
}
