package com.clinicchain.treatment.session;

/** One reason a session may not go ahead; refusals list every failed rule, not only the first. */
public record FailedRule(String rule, String message) {
}
