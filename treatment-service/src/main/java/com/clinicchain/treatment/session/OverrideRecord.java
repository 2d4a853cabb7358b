package com.clinicchain.treatment.session;

import java.time.Instant;

/** An override as recorded on the session: who took responsibility for which rule, and why. */
public record OverrideRecord(String rule, String reason, String givenBy, Instant givenAt) {
}
