package com.clinicchain.treatment.refusal;

/** Bad input a rule found: the request's field (as the client named it, e.g. {@code areas[1].area}) and why. */
public record InvalidField(String field, String message) {
}
